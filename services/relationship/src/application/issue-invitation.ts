import { createLinkToken, Links, Throttle, Transaction, UnitOfWork } from '@channelgraph/common';
import { randomUUID } from 'node:crypto';
import { AdminAccessAsk } from '../domain/admin-access';
import { emailDraftFor } from '../domain/invitation-email';
import { RequestKind } from '../domain/requests';
import { providerRolesOf, RelationshipRole } from '../domain/roles';
import { sourceOfRequest } from '../domain/sources';
import { RequestEvents } from '../events/published';
import { RelationshipRequestRow } from '../store/entities';
import { insertRequest } from '../store/requests.repository';

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

export interface InvitationFields {
  kind: RequestKind;
  partnerId: string;
  partnerTenantId: string;
  partnerName: string;
  provider: { id: string; tenantId: string; name: string } | null;
  roles: RelationshipRole[];
  /** Null for a change of admin access, which goes to the customer's admins. */
  inviteeEmail: string | null;
  /** B1: what delegated admin access it asks for (nothing without DELEGATED_ADMIN). */
  adminAccess: AdminAccessAsk;
  /** B2: the relationship and customer a change of admin access is about. */
  change?: { relationshipId: string; customerTenantId: string } | null;
  /** R18: the directory lead or vendor referral the invitation answers, checked by the inviting use case. */
  leadId?: string | null;
  referralId?: string | null;
}

/**
 * Stores a new PENDING request with the hash of a fresh link token, and raises
 * the public fact and, for notification alone, the link: the step every kind of
 * invitation shares, inside the inviting use case's transaction.
 */
export async function issueInvitation(
  deps: InvitationDeps,
  { manager, raise }: Pick<Transaction, 'manager' | 'raise'>,
  fields: InvitationFields,
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
    ...fields.adminAccess,
    relationshipId: fields.change?.relationshipId ?? null,
    customerTenantId: fields.change?.customerTenantId ?? null,
    tokenHash: hash,
    expiresAt: new Date(now.getTime() + deps.requestTtlDays * 24 * 3600 * 1000),
    respondedByTenantId: null,
    source: sourceOfRequest(fields.kind, fields),
    leadId: fields.leadId ?? null,
    referralId: fields.referralId ?? null,
    createdAt: now,
    updatedAt: now,
  };
  await insertRequest(manager, request);
  const names = { partnerName: fields.partnerName, indirectProviderName: fields.provider?.name };
  // A change of admin access states its public fact itself (AdminAccessChangeRequested), with the relationship.
  if (request.kind !== 'ADMIN_ACCESS_CHANGE') raise(RequestEvents.requested(request, names));
  raise(RequestEvents.linkIssued(request, names, token));
  const invitationUrl = deps.links.invitation(request.kind, token);
  const providerRoles = providerRolesOf(request);
  const provider = fields.provider && providerRoles ? { name: fields.provider.name, roles: providerRoles } : null;
  return { request, invitationUrl, emailDraft: emailDraftFor(request.kind, request.roles, fields.partnerName, provider, invitationUrl) };
}
