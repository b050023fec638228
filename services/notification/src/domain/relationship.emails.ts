import type {
  AdminPrivilegesRemovedV1,
  Links,
  RelationshipDeletedV1,
  RelationshipEstablishedV1,
  RelationshipRequestDeclinedV1,
  RelationshipTerminatedV1,
} from '@channelgraph/common/domain';
import { EmailDecision, emailsOrWait, noEmail } from './emails';
import { adminsOf, contactsOf, PartnerContact, PartnerToReach, TenantAdmin } from './recipients';
import { customerLabel, dateOf, roleList } from './wording';

/** What every relationship event carries. */
type RelationshipFacts = RelationshipEstablishedV1 | AdminPrivilegesRemovedV1 | RelationshipDeletedV1 | RelationshipTerminatedV1;

/*
 * What customers do to a partner's relationship (R3, R5, R6, R7) goes to the
 * partner's primary contact; a partner ending one goes to the customer's
 * global admins. Each email is filed under its recipient's tenant.
 */

const relationshipValues = (data: RelationshipFacts) => ({
  partnerName: data.partnerName,
  customerName: customerLabel(data.customerName, data.customerTenantId),
  roles: roleList(data.roles),
});

/*
 * "The customer accepted" is read from RelationshipEstablished rather than
 * RelationshipRequestAccepted: it names the customer and the partner and
 * the roles now in force, it exists once per partner that gained the
 * relationship (so the provider of a combined invitation, R19, hears of it
 * too), and it never fires for an indirect reseller's authorisation, which
 * has its own email. A null requestId means no invitation (e.g. an import).
 */
export const announcesAcceptance = (data: RelationshipEstablishedV1) => data.requestId !== null;

/** RelationshipEstablished from an invitation: the partner hears that the customer accepted (R3, R19). */
export function relationshipAcceptedEmails(data: RelationshipEstablishedV1, partner: PartnerContact | null, links: Links): EmailDecision {
  if (!announcesAcceptance(data)) return noEmail;
  return emailsOrWait(
    { kind: 'RELATIONSHIP_ACCEPTED', template: 'relationship-accepted', tenantId: data.partnerTenantId },
    contactsOf([{ partnerId: data.partnerId, contact: partner }]),
    () => ({
      ...relationshipValues(data),
      establishedAt: dateOf(data.establishedAt),
      signInUrl: links.signIn(),
    }),
  );
}

/** What the declined invitation asked for, as the end of "… invited {invitee} to …". */
function invitedTo(data: RelationshipRequestDeclinedV1): string {
  if (data.kind === 'INDIRECT_RESELLER') return `authorise ${data.partnerName} as its indirect provider`;
  if (data.kind === 'CUSTOMER_WITH_PROVIDER') {
    // R19: the event's roles are the reseller's (reseller and delegated admin since R19); the provider is asked to be reseller.
    const provider = data.indirectProviderName ?? 'its indirect provider';
    if (data.roles.length === 1 && data.roles[0] === 'RESELLER') return `a relationship with ${data.partnerName} and ${provider} as its resellers`;
    return `a relationship with ${data.partnerName} as its ${roleList(data.roles)}, and ${provider} as its reseller`;
  }
  return `a relationship with ${data.partnerName} as its ${roleList(data.roles)}`;
}

/** R19: a combined invitation was sent for both partners, so both hear that it was declined; the provider's id, if so. */
export const declinedProviderOf = (data: RelationshipRequestDeclinedV1): string | null =>
  data.kind === 'CUSTOMER_WITH_PROVIDER' && data.indirectProviderId ? data.indirectProviderId : null;

/** RelationshipRequestDeclined: the inviting partner hears of it (R5), and its provider for a combined invitation (R19). */
export function relationshipDeclinedEmails(
  data: RelationshipRequestDeclinedV1,
  contacts: { partner: PartnerContact | null; indirectProvider: PartnerContact | null },
  links: Links,
): EmailDecision {
  const provider = declinedProviderOf(data);
  const partners: PartnerToReach[] = [
    { partnerId: data.partnerId, contact: contacts.partner },
    ...(provider ? [{ partnerId: provider, contact: contacts.indirectProvider }] : []),
  ];
  return emailsOrWait({ kind: 'RELATIONSHIP_DECLINED', template: 'relationship-declined', tenantId: data.partnerTenantId }, contactsOf(partners), () => ({
    partnerName: data.partnerName,
    inviteeEmail: data.inviteeEmail,
    invitedTo: invitedTo(data),
    declinedAt: dateOf(data.declinedAt),
    // R5: declining is how a customer refuses to delegate admin privileges; fewer roles may be welcome.
    askedForAdmin: data.kind !== 'INDIRECT_RESELLER' && data.roles.includes('DELEGATED_ADMIN'),
    isReseller: data.kind === 'INDIRECT_RESELLER',
    signInUrl: links.signIn(),
  }));
}

/** AdminPrivilegesRemoved: the partner hears that the customer removed its delegated admin privileges (R6). */
export function adminPrivilegesRemovedEmails(data: AdminPrivilegesRemovedV1, partner: PartnerContact | null, links: Links): EmailDecision {
  return emailsOrWait(
    { kind: 'ADMIN_PRIVILEGES_REMOVED', template: 'admin-privileges-removed', tenantId: data.partnerTenantId },
    contactsOf([{ partnerId: data.partnerId, contact: partner }]),
    () => ({
      ...relationshipValues(data),
      removedAt: dateOf(data.removedAt),
      signInUrl: links.signIn(),
    }),
  );
}

/** RelationshipDeleted: the partner hears that the customer deleted the relationship (R7). */
export function relationshipDeletedEmails(data: RelationshipDeletedV1, partner: PartnerContact | null, links: Links): EmailDecision {
  return emailsOrWait(
    { kind: 'RELATIONSHIP_DELETED', template: 'relationship-deleted', tenantId: data.partnerTenantId },
    contactsOf([{ partnerId: data.partnerId, contact: partner }]),
    () => ({
      ...relationshipValues(data),
      deletedAt: dateOf(data.deletedAt),
      signInUrl: links.signIn(),
    }),
  );
}

/** RelationshipTerminated: the partner ended it; the customer's global admins hear of it. */
export function relationshipTerminatedEmails(data: RelationshipTerminatedV1, customerAdmins: readonly TenantAdmin[], links: Links): EmailDecision {
  return emailsOrWait(
    { kind: 'RELATIONSHIP_TERMINATED', template: 'relationship-terminated', tenantId: data.customerTenantId },
    adminsOf(data.customerTenantId, customerAdmins),
    () => ({
      ...relationshipValues(data),
      terminatedAt: dateOf(data.terminatedAt),
      signInUrl: links.signIn(),
    }),
  );
}
