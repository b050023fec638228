import type { ContractEvent, EventPayloads, EventType } from '@channelgraph/common';
import type { AssignmentEnd } from '../domain/partner-assignment';
import type { RequestKind } from '../domain/requests';
import type { IndirectLinkRow, ReferralRow, RelationshipRequestRow, RelationshipRow } from '../store/entities';
import type { AssignmentRecord } from '../store/admin-access-assignments.repository';
import type { ProjectedUser } from '../store/users.repository';

// The one place where relationship's rows become published events (schema/events), each
// payload its contract's generated type.

type Payload<K extends EventType> = EventPayloads[K];

export interface Names {
  partnerName: string;
  indirectProviderName?: string | null;
}

type RequestEventType = Extract<
  EventType,
  `channelgraph.relationship.${'RelationshipRequested' | 'IndirectResellerInvited' | 'InvitationLinkIssued' | 'RelationshipRequestDeclined' | 'RelationshipRequestCancelled' | 'RelationshipRequestExpired'}.${string}`
>;
type RequestFacts = Pick<
  Payload<'channelgraph.relationship.RelationshipRequestDeclined.v1'>,
  'requestId' | 'kind' | 'partnerId' | 'partnerTenantId' | 'partnerName' | 'indirectProviderId' | 'indirectProviderName' | 'roles' | 'inviteeEmail'
>;

/**
 * The kind and invitee of an invitation. A change of admin access (B2), which has no invitee address, has events of
 * its own (ChangeRequestEvents): reaching here with one is a programming error.
 */
function invitationOf(request: RelationshipRequestRow): { kind: Exclude<RequestKind, 'ADMIN_ACCESS_CHANGE'>; inviteeEmail: string } {
  if (request.kind === 'ADMIN_ACCESS_CHANGE' || request.inviteeEmail === null) {
    throw new Error(`Request ${request.id} is a change of admin access: it has no invitation events.`);
  }
  return { kind: request.kind, inviteeEmail: request.inviteeEmail };
}

function requestFacts(request: RelationshipRequestRow, names: Names): RequestFacts {
  return {
    requestId: request.id,
    ...invitationOf(request),
    partnerId: request.partnerId,
    partnerTenantId: request.partnerTenantId,
    partnerName: names.partnerName,
    indirectProviderId: request.indirectProviderId,
    indirectProviderName: names.indirectProviderName ?? null,
    roles: request.roles,
  };
}

/** A request's event, keyed by the request: the facts every one carries and its own. */
function requestEvent<K extends RequestEventType>(
  type: K,
  request: RelationshipRequestRow,
  names: Names,
  data: Omit<Payload<K>, keyof RequestFacts>,
): ContractEvent<K> {
  return { type, subject: request.id, tenantId: request.partnerTenantId, data: { ...requestFacts(request, names), ...data } as Payload<K> };
}

const invitationDates = (request: RelationshipRequestRow) => ({ expiresAt: request.expiresAt.toISOString(), requestedAt: request.createdAt.toISOString() });

/** A request once the invitee answered it: the tenant that did is known. */
type AnsweredRequest = RelationshipRequestRow & { respondedByTenantId: string };

export const RequestEvents = {
  /** The public fact, on the shared request topic: no token (DESIGN §8). */
  requested: (request: RelationshipRequestRow, names: Names) =>
    request.kind === 'INDIRECT_RESELLER'
      ? requestEvent('channelgraph.relationship.IndirectResellerInvited.v2', request, names, invitationDates(request))
      : requestEvent('channelgraph.relationship.RelationshipRequested.v3', request, names, {
          ...invitationDates(request),
          source: request.source,
          leadId: request.leadId,
          referralId: request.referralId,
        }),
  /**
   * The link for notification alone: on channelgraph.relationship.links, which no other consumer may read. Every
   * kind, a change of admin access too (B2), with what admin access it asks for.
   */
  linkIssued: (request: RelationshipRequestRow, names: Names, token: string): ContractEvent<'channelgraph.relationship.InvitationLinkIssued.v2'> => ({
    type: 'channelgraph.relationship.InvitationLinkIssued.v2',
    subject: request.id,
    tenantId: request.partnerTenantId,
    data: {
      requestId: request.id,
      kind: request.kind,
      partnerId: request.partnerId,
      partnerTenantId: request.partnerTenantId,
      partnerName: names.partnerName,
      indirectProviderId: request.indirectProviderId,
      indirectProviderName: names.indirectProviderName ?? null,
      roles: request.roles,
      inviteeEmail: request.inviteeEmail,
      invitationToken: token,
      ...invitationDates(request),
      adminRoles: request.adminRoles,
      adminAccessDuration: request.adminAccessDuration,
      autoExtend: request.autoExtend,
      relationshipId: request.relationshipId,
      customerTenantId: request.customerTenantId,
    },
  }),
  declined: (request: AnsweredRequest, names: Names) =>
    requestEvent('channelgraph.relationship.RelationshipRequestDeclined.v1', request, names, {
      declinedByTenantId: request.respondedByTenantId,
      declinedAt: request.updatedAt.toISOString(),
    }),
  cancelled: (request: RelationshipRequestRow, names: Names) =>
    requestEvent('channelgraph.relationship.RelationshipRequestCancelled.v1', request, names, { cancelledAt: request.updatedAt.toISOString() }),
  expired: (request: RelationshipRequestRow, names: Names) =>
    requestEvent('channelgraph.relationship.RelationshipRequestExpired.v1', request, names, { expiredAt: request.updatedAt.toISOString() }),
  accepted: (
    request: AnsweredRequest,
    acceptedByUserId: string,
    agreementAcceptance: { templateId: string } | null,
  ): ContractEvent<'channelgraph.relationship.RelationshipRequestAccepted.v1'> => ({
    type: 'channelgraph.relationship.RelationshipRequestAccepted.v1',
    subject: request.id,
    tenantId: request.respondedByTenantId,
    data: {
      requestId: request.id,
      kind: invitationOf(request).kind,
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

type RelationshipEventType = Extract<
  EventType,
  `channelgraph.relationship.${'RelationshipEstablished' | 'AdminPrivilegesRemoved' | 'RelationshipDeleted' | 'RelationshipTerminated' | 'PartnerUserAssigned' | 'PartnerUserUnassigned'}.v${1 | 2}`
>;
type RelationshipFacts = Pick<
  Payload<'channelgraph.relationship.RelationshipDeleted.v1'>,
  'relationshipId' | 'partnerId' | 'partnerTenantId' | 'partnerName' | 'customerTenantId' | 'customerName' | 'roles'
>;

/** A relationship's event, keyed by the relationship. */
/** What every relationship event says of the relationship. */
const relationshipFactsOf = (relationship: RelationshipRow, partnerName: string): RelationshipFacts => ({
  relationshipId: relationship.id,
  partnerId: relationship.partnerId,
  partnerTenantId: relationship.partnerTenantId,
  partnerName,
  customerTenantId: relationship.customerTenantId,
  customerName: relationship.customerName || null,
  roles: relationship.roles,
});

function relationshipEvent<K extends RelationshipEventType>(
  type: K,
  relationship: RelationshipRow,
  partnerName: string,
  data: Omit<Payload<K>, keyof RelationshipFacts>,
): ContractEvent<K> {
  const facts = relationshipFactsOf(relationship, partnerName);
  return { type, subject: relationship.id, tenantId: relationship.customerTenantId, data: { ...facts, ...data } as Payload<K> };
}

export const RelationshipEvents = {
  established: (relationship: RelationshipRow, partnerName: string, requestId: string | null) =>
    relationshipEvent('channelgraph.relationship.RelationshipEstablished.v2', relationship, partnerName, {
      requestId,
      source: relationship.source,
      establishedAt: relationship.updatedAt.toISOString(),
    }),
  adminPrivilegesRemoved: (relationship: RelationshipRow, partnerName: string, byUserId: string) =>
    relationshipEvent('channelgraph.relationship.AdminPrivilegesRemoved.v1', relationship, partnerName, {
      removedByUserId: byUserId,
      removedAt: relationship.updatedAt.toISOString(),
    }),
  deleted: (relationship: RelationshipRow, partnerName: string, byUserId: string) =>
    relationshipEvent('channelgraph.relationship.RelationshipDeleted.v1', relationship, partnerName, {
      deletedByUserId: byUserId,
      deletedAt: relationship.updatedAt.toISOString(),
    }),
  terminated: (relationship: RelationshipRow, partnerName: string, byUserId: string) =>
    relationshipEvent('channelgraph.relationship.RelationshipTerminated.v1', relationship, partnerName, {
      terminatedByUserId: byUserId,
      terminatedAt: relationship.updatedAt.toISOString(),
    }),
  /** R2 PARTNER role: the user the customer assigned, with the name and address notification writes to. */
  partnerUserAssigned: (relationship: RelationshipRow, partnerName: string, user: ProjectedUser, byUserId: string) =>
    relationshipEvent('channelgraph.relationship.PartnerUserAssigned.v1', relationship, partnerName, {
      assignedUser: assignedUserOf(user),
      assignedByUserId: byUserId,
      assignedAt: relationship.updatedAt.toISOString(),
    }),
  partnerUserUnassigned: (relationship: RelationshipRow, partnerName: string, user: ProjectedUser, reason: AssignmentEnd, byUserId: string | null) =>
    relationshipEvent('channelgraph.relationship.PartnerUserUnassigned.v1', relationship, partnerName, {
      assignedUser: assignedUserOf(user),
      reason,
      unassignedByUserId: byUserId,
      unassignedAt: relationship.updatedAt.toISOString(),
    }),
};

const assignedUserOf = (user: ProjectedUser) => ({ userId: user.userId, fullName: user.fullName, email: user.email });

type LinkNames = { providerName: string; resellerName: string };
type LinkEventType = Extract<EventType, `channelgraph.relationship.${'IndirectProviderAuthorized' | 'ProviderAdminAccessRemoved' | 'IndirectLinkRevoked'}.v1`>;
type LinkFacts = Pick<
  Payload<'channelgraph.relationship.IndirectLinkRevoked.v1'>,
  'linkId' | 'providerId' | 'providerTenantId' | 'providerName' | 'resellerId' | 'resellerTenantId' | 'resellerName'
>;

/** An indirect link's event, keyed by the link. */
function linkEvent<K extends LinkEventType>(type: K, link: IndirectLinkRow, names: LinkNames, data: Omit<Payload<K>, keyof LinkFacts>): ContractEvent<K> {
  const facts: LinkFacts = {
    linkId: link.id,
    providerId: link.providerId,
    providerTenantId: link.providerTenantId,
    providerName: names.providerName,
    resellerId: link.resellerId,
    resellerTenantId: link.resellerTenantId,
    resellerName: names.resellerName,
  };
  return { type, subject: link.id, tenantId: link.resellerTenantId, data: { ...facts, ...data } as Payload<K> };
}

export const LinkEvents = {
  authorized: (link: IndirectLinkRow, names: LinkNames, requestId: string) =>
    linkEvent('channelgraph.relationship.IndirectProviderAuthorized.v1', link, names, { requestId, authorizedAt: link.updatedAt.toISOString() }),
  adminAccessRemoved: (link: IndirectLinkRow, names: LinkNames) =>
    linkEvent('channelgraph.relationship.ProviderAdminAccessRemoved.v1', link, names, { removedAt: link.updatedAt.toISOString() }),
  revoked: (link: IndirectLinkRow, names: LinkNames, byPartnerId: string) =>
    linkEvent('channelgraph.relationship.IndirectLinkRevoked.v1', link, names, { revokedByPartnerId: byPartnerId, revokedAt: link.updatedAt.toISOString() }),
};

export const importEvent = (
  importId: string,
  rows: number,
  mpnIds: string[],
  activated: number,
): ContractEvent<'channelgraph.relationship.ExistingRelationshipsImported.v1'> => ({
  type: 'channelgraph.relationship.ExistingRelationshipsImported.v1',
  subject: importId,
  data: { importId, rows, mpnIds, activated, importedAt: new Date().toISOString() },
});

type ReferralEventType = Extract<EventType, `channelgraph.relationship.Referral${'Created' | 'Accepted' | 'Declined' | 'Converted' | 'Expired'}.v1`>;
type ReferralFacts = Pick<
  Payload<'channelgraph.relationship.ReferralCreated.v1'>,
  'referralId' | 'partnerId' | 'partnerTenantId' | 'partnerName' | 'customerEmail' | 'customerName' | 'need' | 'expiresAt' | 'referredAt'
>;

/** A referral's event, keyed by the referral (R18: one aggregate, so its events stay in order). */
function referralEvent<K extends ReferralEventType>(
  type: K,
  referral: ReferralRow,
  partnerName: string,
  data: Omit<Payload<K>, keyof ReferralFacts>,
): ContractEvent<K> {
  const facts: ReferralFacts = {
    referralId: referral.id,
    partnerId: referral.partnerId,
    partnerTenantId: referral.partnerTenantId,
    partnerName,
    customerEmail: referral.customerEmail,
    customerName: referral.customerName,
    need: referral.need,
    expiresAt: referral.expiresAt.toISOString(),
    referredAt: referral.createdAt.toISOString(),
  };
  return { type, subject: referral.id, tenantId: referral.partnerTenantId, data: { ...facts, ...data } as Payload<K> };
}

export const ReferralEvents = {
  created: (referral: ReferralRow, partnerName: string) =>
    referralEvent('channelgraph.relationship.ReferralCreated.v1', referral, partnerName, { createdByUserId: referral.createdByUserId }),
  accepted: (referral: ReferralRow, partnerName: string, byUserId: string) =>
    referralEvent('channelgraph.relationship.ReferralAccepted.v1', referral, partnerName, {
      acceptedByUserId: byUserId,
      acceptedAt: referral.updatedAt.toISOString(),
    }),
  declined: (referral: ReferralRow & { declineReason: string }, partnerName: string, byUserId: string) =>
    referralEvent('channelgraph.relationship.ReferralDeclined.v1', referral, partnerName, {
      declinedByUserId: byUserId,
      reason: referral.declineReason,
      declinedAt: referral.updatedAt.toISOString(),
    }),
  converted: (referral: ReferralRow & { requestId: string }, partnerName: string) =>
    referralEvent('channelgraph.relationship.ReferralConverted.v1', referral, partnerName, {
      requestId: referral.requestId,
      convertedAt: referral.updatedAt.toISOString(),
    }),
  expired: (referral: ReferralRow, partnerName: string) =>
    referralEvent('channelgraph.relationship.ReferralExpired.v1', referral, partnerName, { expiredAt: referral.updatedAt.toISOString() }),
};

/** A relationship's admin access as an event states it. */
export type AdminAccessState = Pick<RelationshipRow, 'adminRoles' | 'adminAccessExpiresAt' | 'autoExtend'>;
export type AdminAccessChange = Payload<'channelgraph.relationship.AdminAccessChanged.v1'>['change'];

const accessOf = (state: AdminAccessState) => ({
  adminRoles: state.adminRoles,
  adminAccessExpiresAt: state.adminAccessExpiresAt?.toISOString() ?? null,
  autoExtend: state.autoExtend,
});

/** B1–B3: delegated admin access, keyed by the relationship, so its changes stay in order with the relationship's own. */
export const AdminAccessEvents = {
  changed: (
    change: AdminAccessChange,
    relationship: RelationshipRow,
    partnerName: string,
    before: AdminAccessState | null,
    by: { byUserId: string | null; requestId?: string | null },
  ): ContractEvent<'channelgraph.relationship.AdminAccessChanged.v1'> => ({
    type: 'channelgraph.relationship.AdminAccessChanged.v1',
    subject: relationship.id,
    tenantId: relationship.customerTenantId,
    data: {
      ...relationshipFactsOf(relationship, partnerName),
      change,
      ...accessOf(relationship),
      previousAdminRoles: before?.adminRoles ?? [],
      previousAdminAccessExpiresAt: before?.adminAccessExpiresAt?.toISOString() ?? null,
      changedByUserId: by.byUserId,
      requestId: by.requestId ?? null,
      changedAt: relationship.updatedAt.toISOString(),
    },
  }),
  expiring: (relationship: RelationshipRow, partnerName: string, daysLeft: number): ContractEvent<'channelgraph.relationship.AdminAccessExpiring.v1'> => ({
    type: 'channelgraph.relationship.AdminAccessExpiring.v1',
    subject: relationship.id,
    tenantId: relationship.customerTenantId,
    data: { ...relationshipFactsOf(relationship, partnerName), ...accessOf(relationship), daysLeft, warnedAt: new Date().toISOString() },
  }),
};

type ChangeRequestFacts = Pick<
  Payload<'channelgraph.relationship.AdminAccessChangeRequested.v1'>,
  | 'requestId'
  | 'relationshipId'
  | 'partnerId'
  | 'partnerTenantId'
  | 'partnerName'
  | 'customerTenantId'
  | 'customerName'
  | 'adminRoles'
  | 'adminAccessDuration'
  | 'currentAdminRoles'
>;

/** A change request of admin access (B2) and the relationship it is about, as its events state them. */
function changeRequestFacts(request: RelationshipRequestRow, relationship: RelationshipRow, partnerName: string): ChangeRequestFacts {
  return {
    requestId: request.id,
    relationshipId: relationship.id,
    partnerId: request.partnerId,
    partnerTenantId: request.partnerTenantId,
    partnerName,
    customerTenantId: relationship.customerTenantId,
    customerName: relationship.customerName || null,
    adminRoles: request.adminRoles,
    adminAccessDuration: request.adminAccessDuration,
    currentAdminRoles: relationship.adminRoles,
  };
}

export const ChangeRequestEvents = {
  requested: (
    request: RelationshipRequestRow,
    relationship: RelationshipRow,
    partnerName: string,
    byUserId: string,
  ): ContractEvent<'channelgraph.relationship.AdminAccessChangeRequested.v1'> => ({
    type: 'channelgraph.relationship.AdminAccessChangeRequested.v1',
    subject: request.id,
    tenantId: request.partnerTenantId,
    data: {
      ...changeRequestFacts(request, relationship, partnerName),
      requestedByUserId: byUserId,
      expiresAt: request.expiresAt.toISOString(),
      requestedAt: request.createdAt.toISOString(),
    },
  }),
  closed: (
    request: RelationshipRequestRow & { status: 'ACCEPTED' | 'DECLINED' | 'CANCELLED' | 'EXPIRED' },
    relationship: RelationshipRow,
    partnerName: string,
    approvedAdminRoles: RelationshipRow['adminRoles'],
  ): ContractEvent<'channelgraph.relationship.AdminAccessChangeRequestClosed.v1'> => ({
    type: 'channelgraph.relationship.AdminAccessChangeRequestClosed.v1',
    subject: request.id,
    tenantId: request.partnerTenantId,
    data: {
      ...changeRequestFacts(request, relationship, partnerName),
      status: request.status,
      approvedAdminRoles,
      closedByTenantId: request.respondedByTenantId,
      closedAt: request.updatedAt.toISOString(),
    },
  }),
};

export const AdminAccessAssignmentEvents = {
  changed: (
    change: Payload<'channelgraph.relationship.AdminAccessAssignmentChanged.v1'>['change'],
    assignment: AssignmentRecord,
    relationship: RelationshipRow,
    byUserId: string | null,
  ): ContractEvent<'channelgraph.relationship.AdminAccessAssignmentChanged.v1'> => ({
    type: 'channelgraph.relationship.AdminAccessAssignmentChanged.v1',
    subject: relationship.id,
    tenantId: relationship.partnerTenantId,
    data: {
      assignmentId: assignment.id,
      relationshipId: relationship.id,
      partnerId: relationship.partnerId,
      partnerTenantId: relationship.partnerTenantId,
      customerTenantId: relationship.customerTenantId,
      change,
      userIds: assignment.userIds,
      adminRoles: change === 'REMOVED' ? [] : assignment.adminRoles,
      changedByUserId: byUserId,
      changedAt: assignment.updatedAt.toISOString(),
    },
  }),
};
