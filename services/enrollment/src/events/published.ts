import type { DomainEvent } from '@channelgraph/common';
import type { PartnerRow, ServiceTokenRow, UserRow } from '../store/entities';

/**
 * The one place where enrollment's rows become published events (schema/events):
 * internal shapes never go onto Kafka directly.
 */
const type = (name: string, version = 1) => `channelgraph.enrollment.${name}.v${version}`;

function partnerFacts(partner: PartnerRow) {
  return { partnerId: partner.id, tenantId: partner.tenantId, program: partner.program, legalName: partner.legalName };
}

function primaryContact(partner: PartnerRow) {
  return { firstName: partner.primaryFirstName, lastName: partner.primaryLastName, email: partner.primaryEmail };
}

const partnerEvent = (name: string, partner: PartnerRow, data: Record<string, unknown>, version = 1): DomainEvent => ({
  type: type(name, version),
  subject: partner.id,
  tenantId: partner.tenantId,
  data: { ...partnerFacts(partner), ...data },
});

export const PartnerEvents = {
  submitted: (partner: PartnerRow) =>
    partnerEvent('PartnerEnrollmentSubmitted', partner, { mpnId: partner.mpnId, primaryContact: primaryContact(partner), submittedAt: partner.createdAt.toISOString() }),
  /** The public fact, on the shared partner topic: no token (DESIGN §8). */
  verificationRequested: (partner: PartnerRow, expiresAt: Date) =>
    partnerEvent('PrimaryContactVerificationRequested', partner, { primaryContact: primaryContact(partner), expiresAt: expiresAt.toISOString() }, 2),
  /** The link for notification alone: on channelgraph.enrollment.links, which no other consumer may read. */
  verificationLinkIssued: (partner: PartnerRow, token: string, expiresAt: Date) =>
    partnerEvent('VerificationLinkIssued', partner, { primaryContact: primaryContact(partner), verificationToken: token, expiresAt: expiresAt.toISOString() }),
  verified: (partner: PartnerRow) =>
    partnerEvent('PrimaryContactVerified', partner, { primaryContact: primaryContact(partner), verifiedAt: partner.statusChangedAt.toISOString() }),
  activated: (partner: PartnerRow, adminAgentUserId: string | null) =>
    partnerEvent('PartnerActivated', partner, { mpnId: partner.mpnId, primaryContact: primaryContact(partner), adminAgentUserId, activatedAt: partner.statusChangedAt.toISOString() }),
  rejected: (partner: PartnerRow) =>
    partnerEvent('PartnerRejected', partner, { primaryContact: primaryContact(partner), reason: partner.rejectionReason ?? '', rejectedAt: partner.statusChangedAt.toISOString() }),
};

const userEvent = (name: string, user: UserRow, data: Record<string, unknown>): DomainEvent => ({
  type: type(name),
  subject: user.id,
  tenantId: user.tenantId,
  data: { userId: user.id, tenantId: user.tenantId, ...data },
});

export const UserEvents = {
  added: (user: UserRow, byUserId: string) =>
    userEvent('UserAdded', user, { fullName: user.fullName, email: user.email, roles: user.roles, addedByUserId: byUserId, addedAt: user.createdAt.toISOString() }),
  rolesChanged: (user: UserRow, previousRoles: string[], byUserId: string | null) =>
    userEvent('UserRolesChanged', user, {
      roles: user.roles,
      previousRoles,
      changedByUserId: byUserId,
      changedAt: user.updatedAt.toISOString(),
      accessVersion: user.accessVersion ?? 0,
    }),
  /** Carries no secret: only that the user's older tokens are no longer accepted. */
  passwordChanged: (user: UserRow) => userEvent('UserPasswordChanged', user, { changedAt: user.updatedAt.toISOString(), accessVersion: user.accessVersion ?? 0 }),
  removed: (user: UserRow, byUserId: string) =>
    userEvent('UserRemoved', user, { email: user.email, removedByUserId: byUserId, removedAt: new Date().toISOString() }),
};

export const ServiceTokenEvents = {
  /** Names the token by its id (its subject claim), never by any part of the token. */
  revoked: (row: ServiceTokenRow, operationsTenantId: string): DomainEvent => ({
    type: type('ServiceTokenRevoked'),
    subject: row.id,
    tenantId: operationsTenantId,
    data: { serviceTokenId: row.id, tenantId: operationsTenantId, name: row.name, revokedByUserId: row.revokedByUserId, revokedAt: row.revokedAt!.toISOString() },
  }),
};
