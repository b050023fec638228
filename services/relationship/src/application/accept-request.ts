import { invalid, Principal, UnitOfWork } from '@channelgraph/common';
import { checkAgreementForAcceptance, checkLinkOpensRequest, checkOpenForInvitee, senderTenantsOf } from '../domain/requests';
import { providerRolesOf } from '../domain/roles';
import { RequestEvents } from '../events/published';
import { agreementStandings, currentCustomerAgreement, recordAcceptance, versionOfTemplate } from '../store/agreements.repository';
import { RelationshipRow } from '../store/entities';
import { recordAnswer, requestOfLinkToken } from '../store/requests.repository';
import { establishRelationship } from './establish-relationship';

/**
 * R3, R4, R19: the customer's global admin accepts. A RESELLER request needs
 * the current Customer Agreement accepted (before, or now). One acceptance of
 * a combined invitation makes both the reseller and its provider resellers of
 * record, the reseller also delegated admin (R19), in the same transaction.
 */
export function acceptRelationshipRequest(
  deps: { unitOfWork: UnitOfWork },
  principal: Principal,
  input: { token: string; acceptAgreement?: { templateId: string; confirmRead: boolean } | null },
): Promise<RelationshipRow> {
  return deps.unitOfWork.run(async (tx) => {
    const { manager, raise } = tx;
    const request = checkLinkOpensRequest(await requestOfLinkToken(manager, input.token, true));
    if (request.kind === 'INDIRECT_RESELLER')
      throw invalid('token', 'This invitation is for a reseller: authorise the provider with authorizeIndirectProvider.');
    checkOpenForInvitee({ ...request, senderTenantIds: senderTenantsOf(request) }, principal.tenantId);
    const standing = (await agreementStandings(manager, [principal.tenantId])).get(principal.tenantId)!;
    const current = await currentCustomerAgreement(manager);
    const agreement = checkAgreementForAcceptance(
      request.roles,
      standing.acceptedCurrent,
      current?.version ?? null,
      input.acceptAgreement,
      input.acceptAgreement ? await versionOfTemplate(manager, input.acceptAgreement.templateId) : null,
    );
    if (agreement) {
      // Known here at once, so canTransact and authorize need not wait for the agreement service's event.
      await recordAcceptance(manager, { customerTenantId: principal.tenantId, ...agreement, acceptedAt: new Date() });
    }
    const answered = { ...request, status: 'ACCEPTED' as const, respondedByTenantId: principal.tenantId, updatedAt: new Date() };
    await recordAnswer(manager, request.id, answered.status, principal.tenantId, answered.updatedAt);
    raise(RequestEvents.accepted(answered, principal.userId, agreement));
    const relationship = await establishRelationship(tx, request.partnerId, principal.tenantId, request.roles, {
      requestId: request.id,
      source: request.source,
    });
    const providerRoles = providerRolesOf(request);
    if (request.indirectProviderId && providerRoles)
      await establishRelationship(tx, request.indirectProviderId, principal.tenantId, providerRoles, { requestId: request.id, source: request.source });
    return relationship;
  });
}
