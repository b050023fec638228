import type { DomainEvent } from '@channelgraph/common';
import type { IndirectLinkRow, RelationshipRequestRow, RelationshipRow } from '../store/entities';

/** The one place where relationship's rows become published events (schema/events). */
const type = (name: string, version = 1) => `channelgraph.relationship.${name}.v${version}`;

export interface Names {
  partnerName: string;
  indirectProviderName?: string | null;
}

function requestFacts(request: RelationshipRequestRow, names: Names) {
  return {
    requestId: request.id,
    kind: request.kind,
    partnerId: request.partnerId,
    partnerTenantId: request.partnerTenantId,
    partnerName: names.partnerName,
    indirectProviderId: request.indirectProviderId,
    indirectProviderName: names.indirectProviderName ?? null,
    roles: request.roles,
    inviteeEmail: request.inviteeEmail,
  };
}

const requestEvent = (name: string, request: RelationshipRequestRow, names: Names, data: Record<string, unknown>, version = 1): DomainEvent => ({
  type: type(name, version),
  subject: request.id,
  tenantId: request.partnerTenantId,
  data: { ...requestFacts(request, names), ...data },
});

const invitationDates = (request: RelationshipRequestRow) => ({ expiresAt: request.expiresAt.toISOString(), requestedAt: request.createdAt.toISOString() });

export const RequestEvents = {
  /** The public fact, on the shared request topic: no token (DESIGN §8). */
  requested: (request: RelationshipRequestRow, names: Names) =>
    requestEvent(request.kind === 'INDIRECT_RESELLER' ? 'IndirectResellerInvited' : 'RelationshipRequested', request, names, invitationDates(request), 2),
  /** The link for notification alone: on channelgraph.relationship.links, which no other consumer may read. */
  linkIssued: (request: RelationshipRequestRow, names: Names, token: string) =>
    requestEvent('InvitationLinkIssued', request, names, { invitationToken: token, ...invitationDates(request) }),
  declined: (request: RelationshipRequestRow, names: Names) =>
    requestEvent('RelationshipRequestDeclined', request, names, { declinedByTenantId: request.respondedByTenantId, declinedAt: request.updatedAt.toISOString() }),
  cancelled: (request: RelationshipRequestRow, names: Names) => requestEvent('RelationshipRequestCancelled', request, names, { cancelledAt: request.updatedAt.toISOString() }),
  expired: (request: RelationshipRequestRow, names: Names) => requestEvent('RelationshipRequestExpired', request, names, { expiredAt: request.updatedAt.toISOString() }),
  accepted: (request: RelationshipRequestRow, acceptedByUserId: string, agreementAcceptance: { templateId: string } | null): DomainEvent => ({
    type: type('RelationshipRequestAccepted'),
    subject: request.id,
    tenantId: request.respondedByTenantId ?? undefined,
    data: {
      requestId: request.id,
      kind: request.kind,
      partnerId: request.partnerId,
      indirectProviderId: request.indirectProviderId,
      customerTenantId: request.respondedByTenantId,
      roles: request.roles,
      acceptedByUserId,
      acceptedAt: request.updatedAt.toISOString(),
      agreementAcceptance: agreementAcceptance ? { templateId: agreementAcceptance.templateId, confirmRead: true } : null,
    },
  }),
};

const relationshipEvent = (name: string, relationship: RelationshipRow, partnerName: string, data: Record<string, unknown>): DomainEvent => ({
  type: type(name),
  subject: relationship.id,
  tenantId: relationship.customerTenantId,
  data: {
    relationshipId: relationship.id,
    partnerId: relationship.partnerId,
    partnerTenantId: relationship.partnerTenantId,
    partnerName,
    customerTenantId: relationship.customerTenantId,
    customerName: relationship.customerName || null,
    roles: relationship.roles,
    ...data,
  },
});

export const RelationshipEvents = {
  established: (relationship: RelationshipRow, partnerName: string, requestId: string | null) =>
    relationshipEvent('RelationshipEstablished', relationship, partnerName, { requestId, establishedAt: relationship.updatedAt.toISOString() }),
  adminPrivilegesRemoved: (relationship: RelationshipRow, partnerName: string, byUserId: string) =>
    relationshipEvent('AdminPrivilegesRemoved', relationship, partnerName, { removedByUserId: byUserId, removedAt: relationship.updatedAt.toISOString() }),
  deleted: (relationship: RelationshipRow, partnerName: string, byUserId: string) =>
    relationshipEvent('RelationshipDeleted', relationship, partnerName, { deletedByUserId: byUserId, deletedAt: relationship.updatedAt.toISOString() }),
  terminated: (relationship: RelationshipRow, partnerName: string, byUserId: string) =>
    relationshipEvent('RelationshipTerminated', relationship, partnerName, { terminatedByUserId: byUserId, terminatedAt: relationship.updatedAt.toISOString() }),
};

const linkEvent = (name: string, link: IndirectLinkRow, names: { providerName: string; resellerName: string }, data: Record<string, unknown>): DomainEvent => ({
  type: type(name),
  subject: link.id,
  tenantId: link.resellerTenantId,
  data: {
    linkId: link.id,
    providerId: link.providerId,
    providerTenantId: link.providerTenantId,
    providerName: names.providerName,
    resellerId: link.resellerId,
    resellerTenantId: link.resellerTenantId,
    resellerName: names.resellerName,
    ...data,
  },
});

export const LinkEvents = {
  authorized: (link: IndirectLinkRow, names: { providerName: string; resellerName: string }, requestId: string) =>
    linkEvent('IndirectProviderAuthorized', link, names, { requestId, authorizedAt: link.updatedAt.toISOString() }),
  adminAccessRemoved: (link: IndirectLinkRow, names: { providerName: string; resellerName: string }) =>
    linkEvent('ProviderAdminAccessRemoved', link, names, { removedAt: link.updatedAt.toISOString() }),
  revoked: (link: IndirectLinkRow, names: { providerName: string; resellerName: string }, byPartnerId: string) =>
    linkEvent('IndirectLinkRevoked', link, names, { revokedByPartnerId: byPartnerId, revokedAt: link.updatedAt.toISOString() }),
};

export const importEvent = (importId: string, rows: number, mpnIds: string[], activated: number): DomainEvent => ({
  type: type('ExistingRelationshipsImported'),
  subject: importId,
  data: { importId, rows, mpnIds, activated, importedAt: new Date().toISOString() },
});
