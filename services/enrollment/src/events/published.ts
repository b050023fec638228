import type { ContractEvent, EventPayloads, EventType } from '@channelgraph/common';
import type { PartnerLeadRow } from '../store/directory.entities';
import { rejectionReasons } from '../domain/enrollment';
import type { PartnerRow, ServiceTokenRow, TenantRow, UserRow } from '../store/entities';

// The one place where enrollment's rows become published events (schema/events): internal
// shapes never go onto Kafka directly, and each payload is its contract's generated type.

export const TenantEvents = {
  /** A new organisation and its first global admin, committed with them. */
  signedUp: (tenant: TenantRow, admin: UserRow): ContractEvent<'channelgraph.enrollment.TenantSignedUp.v1'> => ({
    type: 'channelgraph.enrollment.TenantSignedUp.v1',
    subject: tenant.id,
    tenantId: tenant.id,
    data: {
      tenantId: tenant.id,
      domain: tenant.domain,
      displayName: tenant.displayName,
      country: tenant.country,
      admin: { userId: admin.id, fullName: admin.fullName, email: admin.email },
      signedUpAt: tenant.createdAt.toISOString(),
    },
  }),
};

function partnerFacts(
  partner: PartnerRow,
): Pick<EventPayloads['channelgraph.enrollment.PartnerActivated.v1'], 'partnerId' | 'tenantId' | 'program' | 'legalName'> {
  return { partnerId: partner.id, tenantId: partner.tenantId, program: partner.program, legalName: partner.legalName };
}

function primaryContact(partner: PartnerRow) {
  return { firstName: partner.primaryFirstName, lastName: partner.primaryLastName, email: partner.primaryEmail };
}

type PartnerEventType = Extract<
  EventType,
  `channelgraph.enrollment.${
    | 'PartnerEnrollmentSubmitted'
    | 'PartnerEnrollmentUpdated'
    | 'PartnerEnrollmentResubmitted'
    | 'PrimaryContactVerificationRequested'
    | 'VerificationLinkIssued'
    | 'PrimaryContactVerified'
    | 'PartnerActivated'
    | 'PartnerRejected'}.${string}`
>;

/** A partner's event, keyed by the partner: the facts every one carries and its own. */
function partnerEvent<K extends PartnerEventType>(
  type: K,
  partner: PartnerRow,
  data: Omit<EventPayloads[K], keyof ReturnType<typeof partnerFacts>>,
): ContractEvent<K> {
  return { type, subject: partner.id, tenantId: partner.tenantId, data: { ...partnerFacts(partner), ...data } as EventPayloads[K] };
}

export const PartnerEvents = {
  submitted: (partner: PartnerRow) =>
    partnerEvent('channelgraph.enrollment.PartnerEnrollmentSubmitted.v1', partner, {
      mpnId: partner.mpnId,
      primaryContact: primaryContact(partner),
      submittedAt: partner.createdAt.toISOString(),
    }),
  /** The public fact, on the shared partner topic: no token (DESIGN §8). */
  verificationRequested: (partner: PartnerRow, expiresAt: Date) =>
    partnerEvent('channelgraph.enrollment.PrimaryContactVerificationRequested.v2', partner, {
      primaryContact: primaryContact(partner),
      expiresAt: expiresAt.toISOString(),
    }),
  /** The link for notification alone: on channelgraph.enrollment.links, which no other consumer may read. */
  verificationLinkIssued: (partner: PartnerRow, token: string, expiresAt: Date) =>
    partnerEvent('channelgraph.enrollment.VerificationLinkIssued.v1', partner, {
      primaryContact: primaryContact(partner),
      verificationToken: token,
      expiresAt: expiresAt.toISOString(),
    }),
  verified: (partner: PartnerRow) =>
    partnerEvent('channelgraph.enrollment.PrimaryContactVerified.v1', partner, {
      primaryContact: primaryContact(partner),
      verifiedAt: partner.statusChangedAt.toISOString(),
    }),
  activated: (partner: PartnerRow, adminAgentUserId: string | null) =>
    partnerEvent('channelgraph.enrollment.PartnerActivated.v1', partner, {
      mpnId: partner.mpnId,
      primaryContact: primaryContact(partner),
      adminAgentUserId,
      activatedAt: partner.statusChangedAt.toISOString(),
    }),
  /** v2: the reasons, each with what to fix (v1, with one free-text reason, is no longer produced). */
  rejected: (partner: PartnerRow) =>
    partnerEvent('channelgraph.enrollment.PartnerRejected.v2', partner, {
      mpnId: partner.mpnId,
      primaryContact: primaryContact(partner),
      // At least one reason (checkRejection), as the contract's tuple type says.
      reasons: rejectionReasons(
        partner.rejectionReasonCodes ?? [],
        partner.rejectionReason,
      ) as EventPayloads['channelgraph.enrollment.PartnerRejected.v2']['reasons'],
      note: partner.rejectionReason,
      rejectedAt: partner.statusChangedAt.toISOString(),
    }),
  /** The applicant changed the application before approval; `primaryContactChanged` says the contact must verify again. */
  updated: (partner: PartnerRow, primaryContactChanged: boolean, at: Date) =>
    partnerEvent('channelgraph.enrollment.PartnerEnrollmentUpdated.v1', partner, {
      mpnId: partner.mpnId,
      primaryContact: primaryContact(partner),
      status: partner.status as EventPayloads['channelgraph.enrollment.PartnerEnrollmentUpdated.v1']['status'],
      primaryContactChanged,
      updatedAt: at.toISOString(),
    }),
  /** A rejected application, fixed, back in review or (its contact must verify) in verification. */
  resubmitted: (partner: PartnerRow) =>
    partnerEvent('channelgraph.enrollment.PartnerEnrollmentResubmitted.v1', partner, {
      mpnId: partner.mpnId,
      primaryContact: primaryContact(partner),
      status: partner.status as EventPayloads['channelgraph.enrollment.PartnerEnrollmentResubmitted.v1']['status'],
      resubmittedAt: partner.statusChangedAt.toISOString(),
    }),
};

type UserEventType = Extract<
  EventType,
  `channelgraph.enrollment.${'UserAdded' | 'UserRolesChanged'}.v2` | `channelgraph.enrollment.${'UserPasswordChanged' | 'UserRemoved'}.v1`
>;

/** A user's event, keyed by the user. */
function userEvent<K extends UserEventType>(type: K, user: UserRow, data: Omit<EventPayloads[K], 'userId' | 'tenantId'>): ContractEvent<K> {
  return { type, subject: user.id, tenantId: user.tenantId, data: { userId: user.id, tenantId: user.tenantId, ...data } as EventPayloads[K] };
}

export const UserEvents = {
  added: (user: UserRow, byUserId: string) =>
    userEvent('channelgraph.enrollment.UserAdded.v2', user, {
      fullName: user.fullName,
      email: user.email,
      roles: user.roles,
      addedByUserId: byUserId,
      addedAt: user.createdAt.toISOString(),
    }),
  rolesChanged: (user: UserRow, previousRoles: UserRow['roles'], byUserId: string | null) =>
    userEvent('channelgraph.enrollment.UserRolesChanged.v2', user, {
      roles: user.roles,
      previousRoles,
      changedByUserId: byUserId,
      changedAt: user.updatedAt.toISOString(),
      accessVersion: user.accessVersion ?? 0,
    }),
  /** Carries no secret: only that the user's older tokens are no longer accepted. */
  passwordChanged: (user: UserRow) =>
    userEvent('channelgraph.enrollment.UserPasswordChanged.v1', user, { changedAt: user.updatedAt.toISOString(), accessVersion: user.accessVersion ?? 0 }),
  removed: (user: UserRow, byUserId: string) =>
    userEvent('channelgraph.enrollment.UserRemoved.v1', user, { email: user.email, removedByUserId: byUserId, removedAt: new Date().toISOString() }),
};

export const ServiceTokenEvents = {
  /** Names the token by its id (its subject claim), never by any part of the token. */
  revoked: (
    row: ServiceTokenRow & { revokedAt: Date; revokedByUserId: string },
    operationsTenantId: string,
  ): ContractEvent<'channelgraph.enrollment.ServiceTokenRevoked.v1'> => ({
    type: 'channelgraph.enrollment.ServiceTokenRevoked.v1',
    subject: row.id,
    tenantId: operationsTenantId,
    data: {
      serviceTokenId: row.id,
      tenantId: operationsTenantId,
      name: row.name,
      revokedByUserId: row.revokedByUserId,
      revokedAt: row.revokedAt.toISOString(),
    },
  }),
};

export const LeadEvents = {
  /**
   * The event that emails the lead to each partner's primary contact
   * (schema/events/channelgraph.enrollment.PartnersContacted.v1.json). Each
   * partner carries its tenant id: notification files each email under the
   * partner's tenant.
   */
  partnersContacted: (lead: PartnerLeadRow, customer: TenantRow, partners: PartnerRow[]): ContractEvent<'channelgraph.enrollment.PartnersContacted.v1'> => ({
    type: 'channelgraph.enrollment.PartnersContacted.v1',
    subject: lead.id,
    tenantId: customer.id,
    data: {
      leadId: lead.id,
      customerTenantId: customer.id,
      customerName: customer.displayName,
      contactEmail: lead.contactEmail,
      need: lead.need,
      // One to five partners (validateContactPartners), as the contract's tuple type says.
      partners: partners.map((partner) => ({
        partnerId: partner.id,
        tenantId: partner.tenantId,
        legalName: partner.legalName,
        primaryContactEmail: partner.primaryEmail,
        primaryContactFirstName: partner.primaryFirstName,
      })) as EventPayloads['channelgraph.enrollment.PartnersContacted.v1']['partners'],
      contactedAt: lead.createdAt.toISOString(),
    },
  }),
  /** R18: a partner's answer, emailed by notification to the lead's contact with Reply-To the answering user. */
  answered: (
    lead: PartnerLeadRow,
    partner: PartnerRow,
    customerName: string,
    user: UserRow,
    message: string,
    at: Date,
  ): ContractEvent<'channelgraph.enrollment.LeadAnswered.v1'> => ({
    type: 'channelgraph.enrollment.LeadAnswered.v1',
    subject: lead.id,
    tenantId: partner.tenantId,
    data: {
      leadId: lead.id,
      partnerId: partner.id,
      partnerTenantId: partner.tenantId,
      partnerName: partner.legalName,
      customerTenantId: lead.customerTenantId,
      customerName,
      contactEmail: lead.contactEmail,
      need: lead.need,
      message,
      answeredBy: { userId: user.id, fullName: user.fullName, email: user.email },
      answeredAt: at.toISOString(),
    },
  }),
};
