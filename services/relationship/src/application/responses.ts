import { DomainError, invalid, Principal, UnitOfWork } from '@channelgraph/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { checkAgreementForAcceptance, checkOpenForInvitee } from '../domain/requests';
import { mergeRoles } from '../domain/roles';
import { LinkEvents, RelationshipEvents, RequestEvents } from '../events/published';
import { actingPartner, Facts } from '../store/facts';
import { customerAcceptanceEntity, indirectLinkEntity, IndirectLinkRow, relationshipEntity, relationshipRequestEntity, RelationshipRequestRow, RelationshipRow } from '../store/entities';
import { namesOf, requestByToken } from './invitations';

type Raise = (event: ReturnType<typeof RelationshipEvents.established>) => void;

/** Creates the relationship, or adds the roles to the existing one (re-activating a terminated one). */
export async function establish(manager: EntityManager, raise: Raise, partnerId: string, customerTenantId: string, roles: readonly string[], requestId: string | null): Promise<RelationshipRow> {
  const partner = await Facts.partner(manager, partnerId);
  if (!partner) throw new DomainError('CONFLICT', 'The inviting partner is not known yet; try again in a moment.');
  const customer = await Facts.tenant(manager, customerTenantId);
  const relationships = manager.getRepository(relationshipEntity);
  const existing = await relationships.findOne({ where: { partnerId, customerTenantId }, lock: { mode: 'pessimistic_write' } });
  const now = new Date();
  const relationship: RelationshipRow = existing
    ? { ...existing, roles: mergeRoles(existing.status === 'ACTIVE' ? existing.roles : [], roles), status: 'ACTIVE', updatedAt: now, establishedAt: existing.status === 'ACTIVE' ? existing.establishedAt : now }
    : {
        id: randomUUID(),
        partnerId,
        partnerTenantId: partner.tenantId,
        customerTenantId,
        customerName: customer?.displayName ?? '',
        customerDomain: customer?.domain ?? '',
        roles: mergeRoles([], roles),
        status: 'ACTIVE',
        establishedAt: now,
        updatedAt: now,
      };
  await relationships.save(relationship);
  raise(RelationshipEvents.established(relationship, partner.legalName, requestId));
  return relationship;
}

/**
 * R3, R4, R19: the customer's global admin accepts. A RESELLER request needs
 * the current Customer Agreement accepted (before, or now). One acceptance of
 * a combined invitation makes both the reseller and its provider resellers of
 * record, in the same transaction.
 */
export function acceptRelationshipRequest(
  deps: { unitOfWork: UnitOfWork },
  principal: Principal,
  input: { token: string; acceptAgreement?: { templateId: string; confirmRead: boolean } | null },
): Promise<RelationshipRow> {
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const request = await requestByToken(manager, input.token, true);
    if (request.kind === 'INDIRECT_RESELLER') throw invalid('token', 'This invitation is for a reseller: authorise the provider with authorizeIndirectProvider.');
    checkOpenForInvitee({ ...request, senderTenantIds: senderTenants(request) }, principal.tenantId);
    const accepted = await Facts.acceptedCurrent(manager, [principal.tenantId]);
    const agreement = checkAgreementForAcceptance(request.roles, accepted.has(principal.tenantId), await Facts.currentCustomerAgreement(manager), input.acceptAgreement);
    if (agreement) {
      // Known here at once, so canTransact and authorize need not wait for the agreement service's event.
      await manager.getRepository(customerAcceptanceEntity).upsert({ customerTenantId: principal.tenantId, templateId: agreement.templateId, acceptedAt: new Date() }, ['customerTenantId', 'templateId']);
    }
    const done = await respond(manager, request, 'ACCEPTED', principal.tenantId);
    raise(RequestEvents.accepted(done, principal.userId, agreement));
    const relationship = await establish(manager, raise, request.partnerId, principal.tenantId, request.roles, request.id);
    if (request.indirectProviderId) await establish(manager, raise, request.indirectProviderId, principal.tenantId, ['RESELLER'], request.id);
    return relationship;
  });
}

/** R5: the invitee declines; nothing is established. */
export function declineRelationshipRequest(deps: { unitOfWork: UnitOfWork }, principal: Principal, token: string): Promise<RelationshipRequestRow> {
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const request = await requestByToken(manager, token, true);
    checkOpenForInvitee({ ...request, senderTenantIds: senderTenants(request) }, principal.tenantId);
    const declined = await respond(manager, request, 'DECLINED', principal.tenantId);
    raise(RequestEvents.declined(declined, await namesOf(manager, declined)));
    return declined;
  });
}

/** R13: the reseller's admin agent authorises the provider: an ACTIVE link with provider admin access. */
export function authorizeIndirectProvider(deps: { unitOfWork: UnitOfWork }, principal: Principal, input: { token: string; confirm: boolean }): Promise<IndirectLinkRow> {
  if (input.confirm !== true) throw invalid('confirm', 'Tick the box to confirm you authorise this provider.');
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const request = await requestByToken(manager, input.token, true);
    if (request.kind !== 'INDIRECT_RESELLER') throw invalid('token', 'This invitation is for a customer relationship, not for authorising a provider.');
    checkOpenForInvitee({ ...request, senderTenantIds: senderTenants(request) }, principal.tenantId);
    const reseller = await actingPartner(manager, principal.tenantId, ['INDIRECT_RESELLER']);
    const provider = await Facts.partner(manager, request.partnerId);
    if (!provider || provider.status !== 'ACTIVE') throw new DomainError('CONFLICT', 'This provider is no longer an active partner.');
    const links = manager.getRepository(indirectLinkEntity);
    const existing = await links.findOne({ where: { providerId: provider.partnerId, resellerId: reseller.partnerId }, lock: { mode: 'pessimistic_write' } });
    if (existing?.status === 'ACTIVE') throw new DomainError('CONFLICT', `${provider.legalName} is already your indirect provider.`);
    const now = new Date();
    const link: IndirectLinkRow = {
      id: existing?.id ?? randomUUID(),
      providerId: provider.partnerId,
      providerTenantId: provider.tenantId,
      resellerId: reseller.partnerId,
      resellerTenantId: reseller.tenantId,
      status: 'ACTIVE',
      providerAdminAccess: true,
      establishedAt: now,
      updatedAt: now,
    };
    await links.save(link);
    await respond(manager, request, 'ACCEPTED', principal.tenantId);
    raise(LinkEvents.authorized(link, { providerName: provider.legalName, resellerName: reseller.legalName }, request.id));
    return link;
  });
}

function senderTenants(request: RelationshipRequestRow): string[] {
  return [request.partnerTenantId, ...(request.indirectProviderTenantId ? [request.indirectProviderTenantId] : [])];
}

async function respond(manager: EntityManager, request: RelationshipRequestRow, status: 'ACCEPTED' | 'DECLINED', tenantId: string): Promise<RelationshipRequestRow & { respondedByTenantId: string }> {
  const responded = { ...request, status, respondedByTenantId: tenantId, updatedAt: new Date() };
  await manager.getRepository(relationshipRequestEntity).update({ id: request.id }, { status, respondedByTenantId: tenantId, updatedAt: responded.updatedAt });
  return responded;
}
