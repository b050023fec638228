import type { AdminPrivilegesRemovedV1, RelationshipDeletedV1, RelationshipEstablishedV1, RelationshipRequestDeclinedV1, RelationshipTerminatedV1 } from '@channelgraph/common';
import type { EmailRule, EmailRules } from './email.handler';
import { partnerContact } from './partner-contacts.projection';
import { customerAdmins } from './users.projection';
import { customerLabel, dateOf, roleList } from './wording';

type Established = RelationshipEstablishedV1;
type PrivilegesRemoved = AdminPrivilegesRemovedV1;
type Deleted = RelationshipDeletedV1;
type Terminated = RelationshipTerminatedV1;
type Declined = RelationshipRequestDeclinedV1;
/** What every relationship event carries. */
type RelationshipFacts = Established | PrivilegesRemoved | Deleted | Terminated;

const relationshipValues = (data: RelationshipFacts) => ({
  partnerName: data.partnerName,
  customerName: customerLabel(data.customerName, data.customerTenantId),
  roles: roleList(data.roles),
});

/** What the declined invitation asked for, as the end of "… invited {invitee} to …". */
function invitedTo(data: Declined): string {
  if (data.kind === 'INDIRECT_RESELLER') return `authorise ${data.partnerName} as its indirect provider`;
  if (data.kind === 'CUSTOMER_WITH_PROVIDER') return `a relationship with ${data.partnerName} and ${data.indirectProviderName ?? 'its indirect provider'} as its resellers`;
  return `a relationship with ${data.partnerName} as its ${roleList(data.roles)}`;
}

/**
 * What customers do to a partner's relationship (R3, R5, R6, R7) goes to the
 * partner's primary contact; a partner ending one goes to the customer's
 * global admins. Each email is filed under its recipient's tenant.
 */
export const relationshipRules = {
  /*
   * "The customer accepted" is read from RelationshipEstablished rather than
   * RelationshipRequestAccepted: it names the customer and the partner and
   * the roles now in force, it exists once per partner that gained the
   * relationship (so the provider of a combined invitation, R19, hears of it
   * too), and it never fires for an indirect reseller's authorisation, which
   * has its own email. A null requestId means no invitation (e.g. an import).
   */
  'channelgraph.relationship.RelationshipEstablished.v1': {
    kind: 'RELATIONSHIP_ACCEPTED',
    template: 'relationship-accepted',
    when: (data) => data.requestId !== null,
    recipients: (data, lookup) => partnerContact(lookup, data.partnerId),
    tenantId: (data) => data.partnerTenantId,
    values: (data, { links }) => ({ ...relationshipValues(data), establishedAt: dateOf(data.establishedAt), signInUrl: links.signIn() }),
  } satisfies EmailRule<Established>,
  'channelgraph.relationship.RelationshipRequestDeclined.v1': {
    kind: 'RELATIONSHIP_DECLINED',
    template: 'relationship-declined',
    // R19: a combined invitation was sent for both partners, so both hear that it was declined.
    recipients: async (data, lookup) => [
      ...(await partnerContact(lookup, data.partnerId)),
      ...(data.kind === 'CUSTOMER_WITH_PROVIDER' && data.indirectProviderId ? await partnerContact(lookup, data.indirectProviderId) : []),
    ],
    tenantId: (data) => data.partnerTenantId,
    values: (data, { links }) => ({
      partnerName: data.partnerName,
      inviteeEmail: data.inviteeEmail,
      invitedTo: invitedTo(data),
      declinedAt: dateOf(data.declinedAt),
      // R5: declining is how a customer refuses to delegate admin privileges; fewer roles may be welcome.
      askedForAdmin: data.kind !== 'INDIRECT_RESELLER' && data.roles.includes('DELEGATED_ADMIN'),
      isReseller: data.kind === 'INDIRECT_RESELLER',
      signInUrl: links.signIn(),
    }),
  } satisfies EmailRule<Declined>,
  'channelgraph.relationship.AdminPrivilegesRemoved.v1': {
    kind: 'ADMIN_PRIVILEGES_REMOVED',
    template: 'admin-privileges-removed',
    recipients: (data, lookup) => partnerContact(lookup, data.partnerId),
    tenantId: (data) => data.partnerTenantId,
    values: (data, { links }) => ({ ...relationshipValues(data), removedAt: dateOf(data.removedAt), signInUrl: links.signIn() }),
  } satisfies EmailRule<PrivilegesRemoved>,
  'channelgraph.relationship.RelationshipDeleted.v1': {
    kind: 'RELATIONSHIP_DELETED',
    template: 'relationship-deleted',
    recipients: (data, lookup) => partnerContact(lookup, data.partnerId),
    tenantId: (data) => data.partnerTenantId,
    values: (data, { links }) => ({ ...relationshipValues(data), deletedAt: dateOf(data.deletedAt), signInUrl: links.signIn() }),
  } satisfies EmailRule<Deleted>,
  'channelgraph.relationship.RelationshipTerminated.v1': {
    kind: 'RELATIONSHIP_TERMINATED',
    template: 'relationship-terminated',
    recipients: (data, lookup) => customerAdmins(lookup, data.customerTenantId),
    tenantId: (data) => data.customerTenantId,
    values: (data, { links }) => ({ ...relationshipValues(data), terminatedAt: dateOf(data.terminatedAt), signInUrl: links.signIn() }),
  } satisfies EmailRule<Terminated>,
} satisfies EmailRules;
