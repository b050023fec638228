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
