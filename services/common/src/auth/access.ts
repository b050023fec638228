/**
 * R12, "access is role-based: each user sees only what their roles need": who may call each operation of the
 * graph, by role and by the kind of organisation the user belongs to. This table is the one statement of it:
 * every subgraph's resolvers ask it (`requireAccess`), the console shows only what it allows, docs/access.md is
 * written from it and the access matrix test calls every cell through the gateway.
 *
 * It says who may call an operation at all. What they may see or change through it (their own tenant, their own
 * partner's customers, a request sent to them) is each use case's rule and stays where it is.
 *
 * Pure data, no imports: the console reads it too.
 */

/** The roles a user of an organisation can hold (R11, R12); PLATFORM_OPERATOR is the vendor's, listed apart. */
export const ORGANISATION_ROLES = [
  'GLOBAL_ADMIN',
  'ADMIN_AGENT',
  'SALES_AGENT',
  'HELPDESK_AGENT',
  'BILLING_ADMIN',
  'USER_MANAGEMENT_ADMIN',
  'RELATIONSHIP_ADMIN',
] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

/** Everyone signed in, whatever their roles. */
export const SIGNED_IN = 'SIGNED_IN';
/** Nobody needs to be signed in (a link's token or the password is the proof). */
export const PUBLIC = 'PUBLIC';

type Who = readonly OrganisationRole[] | typeof SIGNED_IN;

export interface AccessRule {
  /**
   * Roles that may call it in an organisation enrolled as a partner (its sign-in token names the partner), and in
   * any other organisation: a customer, or a company that has not enrolled yet.
   */
  partner: Who;
  customer: Who;
  /** Whether a PLATFORM_OPERATOR may. */
  operator: boolean;
}

const GA = 'GLOBAL_ADMIN';
const AA = 'ADMIN_AGENT';
const SA = 'SALES_AGENT';
const HA = 'HELPDESK_AGENT';
const BA = 'BILLING_ADMIN';
const UMA = 'USER_MANAGEMENT_ADMIN';
const RA = 'RELATIONSHIP_ADMIN';

const none: Who = [];
const everyone: AccessRule = { partner: SIGNED_IN, customer: SIGNED_IN, operator: true };
const operatorOnly: AccessRule = { partner: none, customer: none, operator: true };
/** A partner's work with customers: its agents who sell invite, and only they. */
const inviters: AccessRule = { partner: [AA, SA], customer: none, operator: false };
/** A partner's own set-up and indirect links (R11, R13): its admin agents. */
const adminAgents: AccessRule = { partner: [AA], customer: none, operator: false };
/** What an organisation decides about its own partners (R3, R6, R7): its global admin; a partner can be another's customer. */
const customerAdmin: AccessRule = { partner: [GA], customer: [GA], operator: false };
/**
 * B4: what a customer's relationship admin may do beside its global admin: review, accept (when no new agreement
 * is due, which the use case checks), decline and end partner relationships, and remove admin roles. Only a global
 * admin gives the role (enrollment ranks it so), which no partner organisation's user manager can.
 */
const relationshipAdmins: AccessRule = { partner: [GA], customer: [GA, RA], operator: false };
/** A company's own enrolment (R9, R10): its global admin. */
const applicant: AccessRule = { partner: [GA], customer: [GA], operator: false };
/** Managing an organisation's users (R11, R12): admin agents and user-management admins; a customer's global admin. */
const userManagers: AccessRule = { partner: [AA, UMA], customer: [GA, UMA], operator: false };
/** Who works with the partner's customers and reads them: its agents, its billing admins, its global admin. */
const customerReaders: AccessRule = { partner: [GA, AA, SA, HA, BA], customer: none, operator: true };

export const ACCESS = {
  // enrollment
  'Query.me': everyone,
  'Query.tenant': everyone,
  'Query.customer': { partner: [GA, AA, SA, HA, BA], customer: SIGNED_IN, operator: true },
  'Query.partner': everyone,
  'Query.mpnProfile': operatorOnly,
  'Query.partnerEnrollments': operatorOnly,
  // A reseller looks for an indirect provider in the directory too.
  'Query.searchPartners': { partner: [GA, AA], customer: [GA], operator: true },
  'Query.serviceTokens': operatorOnly,
  'Mutation.signUp': PUBLIC,
  'Mutation.signIn': PUBLIC,
  'Mutation.changePassword': everyone,
  'Mutation.createServiceToken': operatorOnly,
  'Mutation.revokeServiceToken': operatorOnly,
  'Mutation.upsertMpnProfile': operatorOnly,
  'Mutation.enrollPartner': applicant,
  'Mutation.verifyPrimaryContact': PUBLIC,
  'Mutation.reviewEnrollment': operatorOnly,
  'Mutation.updateEnrollment': applicant,
  'Mutation.resubmitEnrollment': applicant,
  'Mutation.resendVerificationEmail': applicant,
  'Mutation.addUser': userManagers,
  'Mutation.updateUserRoles': userManagers,
  'Mutation.removeUser': userManagers,
  'Mutation.updateBusinessProfile': adminAgents,
  'Mutation.contactPartners': { partner: [GA, AA], customer: [GA], operator: false },
  'Tenant.users': { partner: [GA, AA, UMA], customer: [GA, UMA], operator: true },
  'Partner.users': { partner: [GA, AA, UMA], customer: none, operator: true },
  // R18: the partner's own leads, for those who sell: never an operator's (the customer wrote to the partners it chose).
  'Partner.leads': { partner: [GA, AA, SA], customer: none, operator: false },
  'Mutation.answerLead': { partner: [GA, AA, SA], customer: none, operator: false },
  // relationship
  'Query.relationshipRequestByToken': everyone,
  'Query.authorize': everyone,
  // Either side of the relationship, whoever they are there (the resolver hides it from anyone else).
  'Query.relationship': everyone,
  'Mutation.requestRelationship': inviters,
  'Mutation.inviteIndirectReseller': inviters,
  'Mutation.inviteCustomerWithProvider': inviters,
  'Mutation.acceptRelationshipRequest': relationshipAdmins,
  'Mutation.authorizeIndirectProvider': adminAgents,
  'Mutation.declineRelationshipRequest': { partner: [GA, AA], customer: [GA, AA, RA], operator: false },
  'Mutation.cancelRelationshipRequest': inviters,
  'Mutation.removeAdminPrivileges': relationshipAdmins,
  'Mutation.deleteRelationship': relationshipAdmins,
  // B1–B3: the customer narrows the grant; the partner asks for changes, sets auto-extend and assigns its users.
  'Mutation.removeAdminRoles': relationshipAdmins,
  'Mutation.requestAdminAccessChange': inviters,
  'Mutation.setAutoExtend': adminAgents,
  'Mutation.setAutoExtendForMany': adminAgents,
  'Mutation.assignAdminAccess': adminAgents,
  'Mutation.removeAdminAccessAssignment': adminAgents,
  'Mutation.terminateRelationship': adminAgents,
  'Mutation.removeProviderAdminAccess': adminAgents,
  'Mutation.revokeIndirectLink': adminAgents,
  'Mutation.assignUserToPartner': customerAdmin,
  'Mutation.unassignUserFromPartner': customerAdmin,
  'Mutation.importExistingRelationships': operatorOnly,
  // R18: vendor referrals. The vendor's operators refer; the partner's sellers answer and read them.
  'Mutation.createReferral': operatorOnly,
  'Query.referrals': operatorOnly,
  'Partner.referrals': { partner: [GA, AA, SA], customer: none, operator: true },
  'Mutation.acceptReferral': { partner: [GA, AA, SA], customer: none, operator: false },
  'Mutation.declineReferral': { partner: [GA, AA, SA], customer: none, operator: false },
  'Partner.customers': customerReaders,
  'Partner.customersSharedWith': customerReaders,
  'Partner.indirectProviders': { partner: [GA, AA, SA, HA], customer: none, operator: true },
  'Partner.indirectResellers': { partner: [GA, AA, SA, HA], customer: none, operator: true },
  'Partner.relationshipRequests': { partner: [GA, AA, SA], customer: none, operator: true },
  'Customer.relationships': { partner: [GA], customer: [GA, RA], operator: true },
  'Partner.adminAccess': { partner: [GA, AA, SA, HA], customer: none, operator: true },
  'Partner.adminAccessExpiry': { partner: [GA, AA, SA, HA], customer: none, operator: true },
  // agreement
  'Query.currentAgreement': everyone,
  'Query.agreementTemplates': everyone,
  'Mutation.publishAgreementTemplate': operatorOnly,
  'Mutation.acceptAgreement': customerAdmin,
  'Mutation.confirmCustomerAcceptance': inviters,
  'Customer.agreementAcceptances': { partner: [GA, AA, SA, BA], customer: [GA, BA], operator: true },
  'Customer.hasAcceptedCurrentAgreement': { partner: [GA, AA, SA, HA, BA], customer: SIGNED_IN, operator: true },
  'Customer.currentAgreementDeadline': { partner: [GA, AA, SA, HA, BA], customer: SIGNED_IN, operator: true },
  // notification
  'Query.notifications': { partner: [GA, AA, SA, HA], customer: [GA], operator: true },
  'Partner.notifications': { partner: [GA, AA, SA, HA], customer: none, operator: true },
  'Mutation.sendRelationshipRequestEmail': inviters,
  'Mutation.retryNotification': operatorOnly,
} as const satisfies Record<string, AccessRule | typeof PUBLIC>;

/** A field of the graph that the table governs, as `Type.field`. */
export type Operation = keyof typeof ACCESS;

/** What a signed-in caller is, for the table: their roles and whether their organisation is an enrolled partner. */
export interface Caller {
  roles: readonly string[];
  partnerId?: string | null;
}

/** The roles that may call `operation` in the caller's kind of organisation; SIGNED_IN or PUBLIC when any may. */
export function rolesFor(operation: Operation, caller: Caller): Who | typeof PUBLIC {
  const rule: AccessRule | typeof PUBLIC = ACCESS[operation];
  if (rule === PUBLIC) return PUBLIC;
  return caller.partnerId ? rule.partner : rule.customer;
}

/** Whether the table lets this caller call `operation` (a platform operator is only ever that). */
export function mayCall(operation: Operation, caller: Caller): boolean {
  const rule: AccessRule | typeof PUBLIC = ACCESS[operation];
  if (rule === PUBLIC) return true;
  if (caller.roles.includes('PLATFORM_OPERATOR')) return rule.operator;
  const who = caller.partnerId ? rule.partner : rule.customer;
  return who === SIGNED_IN || who.some((role) => caller.roles.includes(role));
}
