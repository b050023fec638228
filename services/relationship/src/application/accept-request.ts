import { DomainError, invalid, Principal, Transaction, UnitOfWork } from '@channelgraph/common';
import { AdminClock, durationDays, grantOf, hasLiveAdminAccess } from '../domain/admin-access';
import { checkApprovedAdminRoles } from '../domain/admin-roles';
import { checkChangeForCustomer, grantAfterChange } from '../domain/admin-change';
import { checkAgreementForAcceptance, checkLinkOpensRequest, checkOpenForInvitee, needsCustomerAgreement, senderTenantsOf } from '../domain/requests';
import { providerRolesOf } from '../domain/roles';
import { ChangeRequestEvents, RequestEvents } from '../events/published';
import { agreementStandings, currentCustomerAgreement, recordAcceptance, versionOfTemplate } from '../store/agreements.repository';
import { RelationshipRequestRow, RelationshipRow } from '../store/entities';
import { partnerName } from '../store/partners.repository';
import { relationshipOfTenantForUpdate, saveRelationship } from '../store/relationships.repository';
import { recordAnswer, requestOfLinkToken } from '../store/requests.repository';
import { establishRelationship } from './establish-relationship';
import { adminAccessChanged } from './admin-access-assignments';

export interface AcceptInput {
  token: string;
  acceptAgreement?: { templateId: string; confirmRead: boolean } | null;
  /** B2: the admin roles the customer approves, a subset of those asked (default all). */
  approvedAdminRoles?: string[] | null;
}

/**
 * R3, R4, R19: the customer's global admin (or, B4, its relationship admin) accepts. A RESELLER request needs
 * the current Customer Agreement accepted (before, or now: only a global admin accepts it). One acceptance of
 * a combined invitation makes both the reseller and its provider resellers of record, the reseller also
 * delegated admin (R19), in the same transaction. B1, B2: delegated admin is granted with the admin roles the
 * customer approves, for the duration asked; a change of admin access is applied to the relationship in place.
 */
export function acceptRelationshipRequest(
  deps: { unitOfWork: UnitOfWork; adminClock: AdminClock },
  principal: Principal,
  input: AcceptInput,
): Promise<RelationshipRow> {
  return deps.unitOfWork.run(async (tx) => {
    const { manager, raise } = tx;
    const request = checkLinkOpensRequest(await requestOfLinkToken(manager, input.token, true));
    if (request.kind === 'INDIRECT_RESELLER')
      throw invalid('token', 'This invitation is for a reseller: authorise the provider with authorizeIndirectProvider.');
    checkOpenForInvitee({ ...request, senderTenantIds: senderTenantsOf(request) }, principal.tenantId);
    if (request.kind === 'ADMIN_ACCESS_CHANGE') return approveChange(tx, deps.adminClock, principal, request, input.approvedAdminRoles);
    const approvedAdminRoles = request.roles.includes('DELEGATED_ADMIN') ? checkApprovedAdminRoles(request.adminRoles, input.approvedAdminRoles) : null;
    if (!approvedAdminRoles && input.approvedAdminRoles?.length) {
      throw invalid('approvedAdminRoles', 'This invitation asks for no delegated admin: there are no admin roles to approve.');
    }
    const standing = (await agreementStandings(manager, [principal.tenantId])).get(principal.tenantId)!;
    const agreementDue = needsCustomerAgreement(request.roles) && !standing.acceptedCurrent;
    if ((agreementDue || input.acceptAgreement) && !principal.roles.includes('GLOBAL_ADMIN')) {
      // B4: a relationship admin answers invitations; agreeing to the vendor's terms stays with a global admin.
      throw new DomainError(
        'FORBIDDEN',
        'Accepting this invitation means accepting the Customer Agreement, which only a global admin of your organisation can do: ask one to accept it.',
        'acceptAgreement',
      );
    }
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
    const adminGrant = approvedAdminRoles
      ? grantOf(
          {
            adminRoles: approvedAdminRoles,
            days: durationDays('adminAccessDuration', request.adminAccessDuration ?? 'P2Y'),
            autoExtend: request.autoExtend && !approvedAdminRoles.includes('GLOBAL_ADMINISTRATOR'),
          },
          deps.adminClock,
        )
      : null;
    const relationship = await establishRelationship(tx, request.partnerId, principal.tenantId, request.roles, {
      requestId: request.id,
      source: request.source,
      adminGrant,
      byUserId: principal.userId,
    });
    const providerRoles = providerRolesOf(request);
    if (request.indirectProviderId && providerRoles)
      await establishRelationship(tx, request.indirectProviderId, principal.tenantId, providerRoles, { requestId: request.id, source: request.source });
    return relationship;
  });
}

/** B2: the customer approves a change of admin access (all or some of the roles asked); the relationship changes in place. */
async function approveChange(
  tx: Transaction,
  clock: AdminClock,
  principal: Principal,
  request: RelationshipRequestRow,
  approvedAdminRoles: string[] | null | undefined,
): Promise<RelationshipRow> {
  const { manager, raise } = tx;
  checkChangeForCustomer(request, principal.tenantId);
  const relationship = await relationshipOfTenantForUpdate(manager, request.relationshipId as string, 'customer', principal.tenantId);
  if (!relationship || relationship.status !== 'ACTIVE' || !hasLiveAdminAccess(relationship)) {
    throw new DomainError('CONFLICT', 'The partner no longer holds admin access to your organisation, so this change cannot apply; it must invite you again.');
  }
  const approved = checkApprovedAdminRoles(request.adminRoles, approvedAdminRoles);
  const now = new Date();
  const changed: RelationshipRow = { ...relationship, ...grantAfterChange(relationship, approved, request.adminAccessDuration, clock, now), updatedAt: now };
  await saveRelationship(manager, changed);
  const answered = { ...request, status: 'ACCEPTED' as const, respondedByTenantId: principal.tenantId, updatedAt: now };
  await recordAnswer(manager, request.id, answered.status, principal.tenantId, now);
  const name = await partnerName(manager, relationship.partnerId);
  raise(ChangeRequestEvents.closed(answered, relationship, name, approved));
  await adminAccessChanged({ manager, raise }, 'CHANGE_APPROVED', changed, name, relationship, { byUserId: principal.userId, requestId: request.id });
  return changed;
}
