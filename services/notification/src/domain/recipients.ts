import { partnerContactKnown, tenantAdminsKnown } from './awaited-facts';

/** Who an email goes to, and the facts notification learns from other services' events to address it. */

export interface Recipient {
  email: string;
  name?: string;
  /** The recipient's own tenant, when it differs per recipient; overrides the email's own `tenantId`. */
  tenantId?: string;
  /** Template values that depend on who reads the email (e.g. which side of a link they are on). */
  values?: Record<string, unknown>;
}

/** A partner's primary contact, as enrollment last announced it (store/partner-contacts). */
export interface PartnerContact {
  tenantId: string;
  legalName: string;
  firstName: string;
  email: string;
}

/** A current GLOBAL_ADMIN of a tenant whose address is known (store/tenant-users). */
export interface TenantAdmin {
  tenantId: string;
  email: string;
  fullName: string | null;
}

/** The partner's primary contact, filed under the partner's tenant. */
export const contactRecipient = (contact: PartnerContact): Recipient => ({
  email: contact.email,
  name: contact.firstName,
  tenantId: contact.tenantId,
  values: { recipientPartnerName: contact.legalName },
});

export const adminRecipient = (admin: TenantAdmin): Recipient => ({ email: admin.email, name: admin.fullName ?? undefined, tenantId: admin.tenantId });

/** A partner an email goes to, and its contact if known here. */
export interface PartnerToReach {
  partnerId: string;
  contact: PartnerContact | null;
}

/**
 * The partners' primary contacts, or the first partner whose contact is not
 * known here. Unknown only when this consumer reads a relationship topic ahead
 * of enrollment's partner topic (Kafka orders nothing across topics: e.g.
 * catching up on a backlog). Failing would not help: the consumer would retry,
 * holding up its partition, for an event that may come much later. So the
 * event's emails wait for the contact and go out when it arrives.
 */
export function contactsOf(partners: readonly PartnerToReach[]): { recipients: Recipient[] } | { waitFor: string } {
  const missing = partners.find((partner) => !partner.contact);
  if (missing) return { waitFor: partnerContactKnown(missing.partnerId) };
  return { recipients: partners.map((partner) => contactRecipient(partner.contact as PartnerContact)) };
}

/**
 * A customer's global admins. Like a partner's contact (see contactsOf), they
 * come from other topics than the event that needs them, so none known is a
 * matter of ordering: the event's emails wait until a user event of the
 * tenant makes an admin known.
 */
export function adminsOf(tenantId: string, admins: readonly TenantAdmin[]): { recipients: Recipient[] } | { waitFor: string } {
  if (admins.length === 0) return { waitFor: tenantAdminsKnown(tenantId) };
  return { recipients: admins.map(adminRecipient) };
}

/** A current user of a tenant whose address is known, with their roles (store/tenant-users). */
export interface TenantUser extends TenantAdmin {
  roles: string[];
}

/** Who speaks for a customer about its partners' admin access (B1, B4): its global admins and relationship admins. */
export const CUSTOMER_ADMIN_ROLES = ['GLOBAL_ADMIN', 'RELATIONSHIP_ADMIN'] as const;

/** Who looks after a partner's delegated admin access (B1): its admin agents, and its global admins, who give that role. */
export const PARTNER_ADMIN_ROLES = ['ADMIN_AGENT', 'GLOBAL_ADMIN'] as const;

/** What a user is to the organisation, as an email's last line says it: "a global admin of Fabrikam Inc". */
const roleOf = (user: TenantUser, roles: readonly string[]) => roles.find((role) => user.roles.includes(role));
const ROLE_WORDS: Readonly<Record<string, string>> = {
  GLOBAL_ADMIN: 'a global admin',
  RELATIONSHIP_ADMIN: 'a relationship admin',
  ADMIN_AGENT: 'an admin agent',
};

const userRecipient = (user: TenantUser, role: string, values: Record<string, unknown>): Recipient => ({
  email: user.email,
  name: user.fullName ?? undefined,
  tenantId: user.tenantId,
  values: { ...values, recipientRole: ROLE_WORDS[role] ?? role },
});

/**
 * A customer's global and relationship admins (B1, B4). Every tenant has a global admin, so none known here is a
 * matter of ordering, as for adminsOf: the emails wait until a user event of the tenant makes one known.
 */
export function customerAdminsOf(
  tenantId: string,
  users: readonly TenantUser[],
  values: Record<string, unknown> = {},
): { recipients: Recipient[] } | { waitFor: string } {
  const admins = users.filter((user) => roleOf(user, CUSTOMER_ADMIN_ROLES));
  if (admins.length === 0) return { waitFor: tenantAdminsKnown(tenantId) };
  return { recipients: admins.map((user) => userRecipient(user, roleOf(user, CUSTOMER_ADMIN_ROLES) as string, values)) };
}

/**
 * A partner's admin agents, who manage its delegated admin access (B1). A partner without one hears through its
 * global admins, who can give the role; with neither known here, the emails wait for a user event of the tenant.
 */
export function partnerAdminAgentsOf(
  tenantId: string,
  users: readonly TenantUser[],
  values: Record<string, unknown> = {},
): { recipients: Recipient[] } | { waitFor: string } {
  const agents = users.filter((user) => user.roles.includes('ADMIN_AGENT'));
  if (agents.length > 0) return { recipients: agents.map((user) => userRecipient(user, 'ADMIN_AGENT', values)) };
  const admins = users.filter((user) => user.roles.includes('GLOBAL_ADMIN'));
  if (admins.length > 0) return { recipients: admins.map((user) => userRecipient(user, 'GLOBAL_ADMIN', values)) };
  return { waitFor: tenantAdminsKnown(tenantId) };
}

/** Both sides' recipients, or the first side's missing fact: none of an event's emails goes while one side waits. */
export function bothSides(...sides: Array<{ recipients: Recipient[] } | { waitFor: string }>): { recipients: Recipient[] } | { waitFor: string } {
  const waiting = sides.find((side) => 'waitFor' in side);
  if (waiting) return waiting;
  return { recipients: sides.flatMap((side) => ('recipients' in side ? side.recipients : [])) };
}
