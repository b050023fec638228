import { checkEmail, createLinkToken, DomainEvent, hashLinkToken, invalid, Links, notFound, Principal, Throttle, UnitOfWork } from '@channelgraph/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { checkCancellable, effectiveStatus, RequestKind } from '../domain/requests';
import { checkRoles, RelationshipRole } from '../domain/roles';
import { RequestEvents } from '../events/published';
import { actingPartner, Facts } from '../store/facts';
import { indirectLinkEntity, relationshipRequestEntity, RelationshipRequestRow } from '../store/entities';

export interface InvitationDeps {
  unitOfWork: UnitOfWork;
  links: Links;
  requestTtlDays: number;
  /** Invitations of every kind per partner tenant (DESIGN §8). */
  invitationThrottle: Throttle;
}

/** The request as its creator sees it once: with the link and a draft email to edit and send (R17). */
export interface CreatedRequest {
  request: RelationshipRequestRow;
  invitationUrl: string;
  emailDraft: { subject: string; body: string };
}

const ROLE_WORDS: Record<string, string> = {
  RESELLER: 'reseller',
  DELEGATED_ADMIN: 'delegated administrator',
  PARTNER: 'partner',
  ADVISOR: 'advisor',
  MPSA: 'multi-partner purchase (MPSA) partner',
  OEM_PC: 'PC device (OEM) partner',
  LINE_OF_BUSINESS: 'line-of-business app partner',
};

export function emailDraftFor(kind: string, roles: readonly string[], senderName: string, providerName: string | null, invitationUrl: string) {
  if (kind === 'INDIRECT_RESELLER') {
    return {
      subject: `${senderName} invites you to authorise it as your indirect provider`,
      body: `Hello,\n\n${senderName} would like to become your indirect provider, so it can place orders and add subscriptions for your customers and support you with billing.\n\nTo authorise ${senderName}, sign in with your partner account and open:\n${invitationUrl}\n\nRegards,\n${senderName}`,
    };
  }
  const who = providerName ? `${senderName} and ${providerName}` : senderName;
  const asWhat = roles.map((role) => ROLE_WORDS[role] ?? role).join(' and ');
  return {
    subject: `${senderName} invites you to a partner relationship`,
    body:
      `Hello,\n\n${who} would like to work with your organisation as your ${asWhat}${providerName ? 's' : ''}.\n\n` +
      `To accept, a global admin of your organisation opens this link, reads the Customer Agreement if asked, and selects "Accept & authorize":\n${invitationUrl}\n\n` +
      `The link is personal to your organisation; please keep it in this email.\n\nRegards,\n${senderName}`,
  };
}

async function create(
  deps: InvitationDeps,
  manager: EntityManager,
  raise: (event: DomainEvent) => void,
  fields: { kind: RequestKind; partnerId: string; partnerTenantId: string; partnerName: string; provider: { id: string; tenantId: string; name: string } | null; roles: RelationshipRole[]; inviteeEmail: string },
): Promise<CreatedRequest> {
  const { token, hash } = createLinkToken();
  const now = new Date();
  const request: RelationshipRequestRow = {
    id: randomUUID(),
    kind: fields.kind,
    partnerId: fields.partnerId,
    partnerTenantId: fields.partnerTenantId,
    indirectProviderId: fields.provider?.id ?? null,
    indirectProviderTenantId: fields.provider?.tenantId ?? null,
    roles: fields.roles,
    status: 'PENDING',
    inviteeEmail: fields.inviteeEmail,
    tokenHash: hash,
    expiresAt: new Date(now.getTime() + deps.requestTtlDays * 24 * 3600 * 1000),
    respondedByTenantId: null,
    createdAt: now,
    updatedAt: now,
  };
  await manager.getRepository(relationshipRequestEntity).insert(request);
  const names = { partnerName: fields.partnerName, indirectProviderName: fields.provider?.name };
  raise(RequestEvents.requested(request, names));
  raise(RequestEvents.linkIssued(request, names, token));
  const invitationUrl = deps.links.invitation(request.kind, token);
  return { request, invitationUrl, emailDraft: emailDraftFor(request.kind, request.roles, fields.partnerName, fields.provider?.name ?? null, invitationUrl) };
}

/** R2, R17: an ACTIVE partner invites a customer to a relationship with the chosen roles. */
export async function requestRelationship(deps: InvitationDeps, principal: Principal, input: { roles: string[]; customerEmail: string }): Promise<CreatedRequest> {
  const roles = checkRoles('roles', input.roles);
  const inviteeEmail = checkEmail('customerEmail', input.customerEmail);
  await deps.invitationThrottle.take(principal.tenantId);
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const partner = await actingPartner(manager, principal.tenantId, ['INDIRECT_RESELLER', 'DIRECT', 'INDIRECT_PROVIDER']);
    return create(deps, manager, raise, { kind: 'CUSTOMER', partnerId: partner.partnerId, partnerTenantId: partner.tenantId, partnerName: partner.legalName, provider: null, roles, inviteeEmail });
  });
}

/** R13: an ACTIVE indirect provider invites a reseller to authorise it. */
export async function inviteIndirectReseller(deps: InvitationDeps, principal: Principal, input: { resellerEmail: string }): Promise<CreatedRequest> {
  const inviteeEmail = checkEmail('resellerEmail', input.resellerEmail);
  await deps.invitationThrottle.take(principal.tenantId);
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const provider = await actingPartner(manager, principal.tenantId, ['INDIRECT_PROVIDER']);
    return create(deps, manager, raise, { kind: 'INDIRECT_RESELLER', partnerId: provider.partnerId, partnerTenantId: provider.tenantId, partnerName: provider.legalName, provider: null, roles: [], inviteeEmail });
  });
}

/** R14, R19: a reseller invites a customer to reseller relationships with itself and its provider, in one link. */
export async function inviteCustomerWithProvider(deps: InvitationDeps, principal: Principal, input: { providerId: string; customerEmail: string }): Promise<CreatedRequest> {
  const inviteeEmail = checkEmail('customerEmail', input.customerEmail);
  await deps.invitationThrottle.take(principal.tenantId);
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const reseller = await actingPartner(manager, principal.tenantId, ['INDIRECT_RESELLER']);
    const link = await manager.getRepository(indirectLinkEntity).findOneBy({ providerId: input.providerId, resellerId: reseller.partnerId, status: 'ACTIVE' });
    const provider = link ? await Facts.partner(manager, input.providerId) : null;
    if (!link || !provider) throw invalid('providerId', 'This provider is not one of your active indirect providers (Indirect providers page).');
    if (provider.status !== 'ACTIVE') throw invalid('providerId', 'This provider is no longer an active partner.');
    return create(deps, manager, raise, {
      kind: 'CUSTOMER_WITH_PROVIDER',
      partnerId: reseller.partnerId,
      partnerTenantId: reseller.tenantId,
      partnerName: reseller.legalName,
      provider: { id: provider.partnerId, tenantId: provider.tenantId, name: provider.legalName },
      roles: ['RESELLER'],
      inviteeEmail,
    });
  });
}

/** The sender withdraws a pending invitation; others' invitations do not exist for it. */
export function cancelRelationshipRequest(deps: InvitationDeps, principal: Principal, id: string): Promise<RelationshipRequestRow> {
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const requests = manager.getRepository(relationshipRequestEntity);
    const request = await requests.findOne({ where: { id, partnerTenantId: principal.tenantId }, lock: { mode: 'pessimistic_write' } });
    if (!request) throw notFound('No invitation with this id was sent by your organisation.');
    checkCancellable(request.status, request.expiresAt);
    const cancelled: RelationshipRequestRow = { ...request, status: 'CANCELLED', updatedAt: new Date() };
    await requests.update({ id }, { status: cancelled.status, updatedAt: cancelled.updatedAt });
    raise(RequestEvents.cancelled(cancelled, await namesOf(manager, cancelled)));
    return cancelled;
  });
}

/** The request a link token opens, locked for the caller's transaction; unknown tokens are a clear error. */
export async function requestByToken(manager: EntityManager, token: string, lock = false): Promise<RelationshipRequestRow> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) throw invalid('token', 'This invitation link is not valid; open the link from the email you received.');
  const request = await manager.getRepository(relationshipRequestEntity).findOne({ where: { tokenHash: hashLinkToken(token) }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!request) throw invalid('token', 'This invitation link is not valid; open the link from the email you received.');
  return request;
}

export async function namesOf(manager: EntityManager, request: RelationshipRequestRow) {
  const partner = await Facts.partner(manager, request.partnerId);
  const provider = request.indirectProviderId ? await Facts.partner(manager, request.indirectProviderId) : null;
  return { partnerName: partner?.legalName ?? 'Your partner', indirectProviderName: provider?.legalName ?? null };
}

/** Marks PENDING requests past their expiry as EXPIRED, with their event; reads already treat them as expired. */
export async function expireRequests(unitOfWork: UnitOfWork, batch = 100): Promise<number> {
  return unitOfWork.run(async ({ manager, raise }) => {
    const requests = manager.getRepository(relationshipRequestEntity);
    const due = await requests
      .createQueryBuilder('r')
      .where("r.status = 'PENDING' AND r.expires_at <= :now", { now: new Date() })
      .orderBy('r.expires_at')
      .take(batch)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
    for (const request of due) {
      const expired = { ...request, status: effectiveStatus(request.status, request.expiresAt), updatedAt: new Date() };
      await requests.update({ id: request.id }, { status: expired.status, updatedAt: expired.updatedAt });
      raise(RequestEvents.expired(expired, await namesOf(manager, expired)));
    }
    return due.length;
  });
}

