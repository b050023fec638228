/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptAgreementInput = {
  /** True once the admin opened and read the document: the page's checkbox. Must be true. */
  confirmRead: boolean;
  /** The current Customer Agreement's id (currentAgreement(type: CUSTOMER_AGREEMENT).id). */
  templateId: string | number;
};

export type AcceptReferralInput = {
  referralId: string | number;
};

export type AcceptRelationshipRequestInput = {
  /** Required when the request includes RESELLER and the customer has not accepted the current Customer Agreement. */
  acceptAgreement?: AcceptAgreementInput | null | undefined;
  /** B2: the admin roles the customer approves, a subset of those asked (default all); at least one when the request asks for delegated admin. */
  approvedAdminRoles?: Array<AdminRole> | null | undefined;
  /** The token of the invitation link: at most 64 characters. */
  token: string;
};

export type AcceptanceContactInput = {
  /** At most 254 characters. */
  email: string;
  /** At most 100 characters. */
  firstName: string;
  /** At most 100 characters. */
  lastName: string;
  /** 6 to 32 characters: digits (at least 6), spaces and + ( ) - . / */
  phone: string;
};

export type AddUserInput = {
  /** At most 254 characters. */
  email: string;
  /** At most 200 characters. */
  fullName: string;
  /** At most one agent role (ADMIN_AGENT, SALES_AGENT, HELPDESK_AGENT) plus any admin roles (BILLING_ADMIN, USER_MANAGEMENT_ADMIN, GLOBAL_ADMIN). */
  roles: Array<Role>;
};

export type AddressInput = {
  /** At most 100 characters. */
  city: string;
  /** ISO 3166-1 alpha-2 (at most 2 characters). */
  country: string;
  /** At most 200 characters. */
  line1: string;
  /** At most 200 characters. */
  line2?: string | null | undefined;
  /** At most 20 characters. */
  postalCode: string;
  /** At most 100 characters. */
  region?: string | null | undefined;
};

/** B1: the state of a relationship's delegated admin access. */
export type AdminAccessStatus =
  /** Granted, ending in more than 30 days. */
  | 'ACTIVE'
  /** Ended at its expiry. */
  | 'EXPIRED'
  /** Granted, ending within 30 days. */
  | 'EXPIRING'
  /** No delegated admin access (never granted, or removed by the customer). */
  | 'NONE';

/** B1: the admin roles a delegated admin relationship grants (docs/delegated-admin.md says which permissions each gives). */
export type AdminRole =
  | 'BILLING_ADMINISTRATOR'
  | 'GLOBAL_ADMINISTRATOR'
  | 'GLOBAL_READER'
  | 'HELPDESK_ADMINISTRATOR'
  | 'LICENSE_ADMINISTRATOR'
  | 'SECURITY_READER'
  | 'SERVICE_SUPPORT_ADMINISTRATOR'
  | 'USER_ADMINISTRATOR';

export type AgreementType =
  /** What a customer accepts before a partner may buy for it (R3, R4). */
  | 'CUSTOMER_AGREEMENT'
  /** What a partner accepts in the partner programme. */
  | 'PARTNER_AGREEMENT';

export type AnswerLeadInput = {
  leadId: string | number;
  /** The answer to the customer (10 to 4,000 characters). */
  message: string;
};

export type AssignAdminAccessInput = {
  /** Roles the customer granted on this relationship. */
  adminRoles: Array<AdminRole>;
  relationshipId: string | number;
  /** 1 to 50 users of the partner's own tenant. */
  userIds: Array<string | number>;
};

export type AssignUserToPartnerInput = {
  /** An ACTIVE relationship of the caller's tenant that holds the PARTNER role. */
  relationshipId: string | number;
  /** A user of the caller's own tenant. */
  userId: string | number;
};

export type AuthorizeIndirectProviderInput = {
  /** The reseller ticked the box authorising the provider. */
  confirm: boolean;
  /** The token of the invitation link: at most 64 characters. */
  token: string;
};

export type ChangePasswordInput = {
  /** At most 128 characters. */
  currentPassword: string;
  /** 12 to 128 characters, with a letter and a digit or symbol. */
  newPassword: string;
};

export type ConfirmCustomerAcceptanceInput = {
  /** The customer's person who accepted the agreement. */
  contact: AcceptanceContactInput;
  /** The customer's tenant id (Customer.id). */
  customerId: string | number;
  /** When the customer agreed: not in the future, not before the version was published. A bare date (2026-11-23) means midnight UTC. */
  dateAgreed: string;
  /** The current Customer Agreement's id (currentAgreement(type: CUSTOMER_AGREEMENT).id): only the current version can be confirmed. */
  templateId: string | number;
};

export type ContactInput = {
  /** A work address: web-mail domains (gmail.com, outlook.com, …) are refused. At most 254 characters. */
  email: string;
  /** At most 100 characters. */
  firstName: string;
  /** At most 100 characters. */
  lastName: string;
  /** Digits, spaces and + ( ) - . /: 6 to 32 characters. */
  phone: string;
};

export type ContactPartnersInput = {
  /** Where the partners should answer: at most 254 characters. */
  contactEmail: string;
  /** The business need, in the customer's words (20 to 2,000 characters). */
  need: string;
  partnerIds: Array<string | number>;
};

export type CreateReferralInput = {
  /** At most 254 characters. */
  customerEmail: string;
  /** At most 200 characters. */
  customerName: string;
  /** The customer's need (10 to 2,000 characters). */
  need: string;
  partnerId: string | number;
};

export type CreateServiceTokenInput = {
  /** The calling system, e.g. order-service: 2 to 63 characters, lower-case letters, digits or dashes. */
  name: string;
  /** Lifetime, 1 to 720 hours. */
  ttlHours?: number | null | undefined;
};

export type DeclineReferralInput = {
  /** Why (1 to 1,000 characters). */
  reason: string;
  referralId: string | number;
};

export type DeclineRelationshipRequestInput = {
  /** The token of the invitation link: at most 64 characters. */
  token: string;
};

export type DeleteRelationshipInput = {
  relationshipId: string | number;
};

/**
 * A first enrolment needs every field. A tenant already enrolled in one programme
 * adds another with only programme and support contact; the rest is taken from
 * its existing enrolment (R9).
 */
export type EnrollPartnerInput = {
  address?: AddressInput | null | undefined;
  /** At most 200 characters. */
  legalName?: string | null | undefined;
  /** The partner-membership registry id: digits only, 6 to 10 characters. */
  mpnId?: string | null | undefined;
  primaryContact?: ContactInput | null | undefined;
  program: PartnerProgram;
  supportContact: SupportContactInput;
};

export type EnrollmentDecision =
  | 'APPROVE'
  | 'REJECT';

/** Why an application is rejected: each says what the applicant must fix. */
export type EnrollmentRejectionReasonCode =
  /** The primary contact could not be confirmed as a person of the organisation. */
  | 'CONTACT_NOT_VERIFIED'
  /** Documents proving the organisation are needed. */
  | 'DOCUMENTS_REQUIRED'
  /** The legal name does not match the MPN id's registry profile. */
  | 'LEGAL_NAME_MISMATCH'
  /** The MPN id's registry profile is in another country than the organisation. */
  | 'MPN_COUNTRY_MISMATCH'
  /** The MPN id's registry profile is not active. */
  | 'MPN_INACTIVE'
  /** Another reason, which the reviewer's reason text gives. */
  | 'OTHER';

export type InviteCustomerWithProviderInput = {
  /** B1: as in RequestRelationshipInput; default P2Y. At most 16 characters. */
  adminAccessDuration?: string | null | undefined;
  /** B1: the admin roles asked with the reseller's DELEGATED_ADMIN; default [GLOBAL_ADMINISTRATOR]. */
  adminRoles?: Array<AdminRole> | null | undefined;
  /** B1: as in RequestRelationshipInput; default false. */
  autoExtend?: boolean | null | undefined;
  /** At most 254 characters. */
  customerEmail: string;
  providerId: string | number;
};

export type InviteIndirectResellerInput = {
  /** At most 254 characters. */
  resellerEmail: string;
};

export type LeadStatus =
  /** The partner wrote to the customer (answerLead). */
  | 'ANSWERED'
  /** The partner invited the customer from the lead (requestRelationship with leadId). */
  | 'CONVERTED'
  /** Not answered yet. */
  | 'NEW';

export type MpnProfileStatus =
  | 'ACTIVE'
  | 'INACTIVE';

export type NotificationFilter = {
  kind?: NotificationKind | null | undefined;
  status?: NotificationStatus | null | undefined;
  /** A recipient's address: at most 254 characters. */
  to?: string | null | undefined;
};

export type NotificationKind =
  /** To the customer's global and relationship admins and, unless the partner switched auto-extend, the partner's admin agents: the partner's delegated admin access was granted, changed, reduced, ended, extended or migrated, or its auto-extend switched (B1, B2, B6). */
  | 'ADMIN_ACCESS_CHANGED'
  /** To a partner's admin agents: its change of admin access was declined, expired unanswered or was cancelled (B2). */
  | 'ADMIN_ACCESS_CHANGE_CLOSED'
  /** To the customer's global and relationship admins: a partner asks to change its delegated admin access in place, with the link to review it (B2). */
  | 'ADMIN_ACCESS_CHANGE_REQUEST'
  /** To a partner's admin agents and the customer's global and relationship admins: the partner's delegated admin access ends in 30, 7 or 1 day, and whether it auto-extends (B1). */
  | 'ADMIN_ACCESS_EXPIRING'
  /** To a partner's primary contact: the customer removed its delegated admin privileges; the relationship stays (R6). */
  | 'ADMIN_PRIVILEGES_REMOVED'
  /** To each global admin of a customer that accepted an earlier Customer Agreement: a new version awaits acceptance (R4). */
  | 'CUSTOMER_AGREEMENT_UPDATED'
  /** To a partner's primary contact: the application is in review. */
  | 'ENROLLMENT_IN_REVIEW'
  /** To the primary contact of the side of an indirect provider link that did not end it: the link ended. */
  | 'INDIRECT_LINK_REVOKED'
  /** To an indirect provider's primary contact: a reseller authorised it as its indirect provider (R13). */
  | 'INDIRECT_PROVIDER_AUTHORIZED'
  /** An indirect provider's invitation to a reseller (R13). */
  | 'INDIRECT_RESELLER_INVITATION'
  /** To the address a lead gave for replies: a partner's answer, with Reply-To the partner user who wrote it (R18). */
  | 'LEAD_ANSWERED'
  /** To a partner's primary contact: the application was approved. */
  | 'PARTNER_ACTIVATED'
  /** To each contacted partner's primary contact: a customer's business need from the directory (R1). */
  | 'PARTNER_LEAD'
  /** To a partner's primary contact: the application was rejected, with the reason. */
  | 'PARTNER_REJECTED'
  /** To the customer's user: the customer assigned them to work with a partner (R2 PARTNER role). */
  | 'PARTNER_USER_ASSIGNED'
  /** To the customer's user: their assignment to a partner ended, and why (R2 PARTNER role). */
  | 'PARTNER_USER_UNASSIGNED'
  /** To a partner's primary contact: the link that verifies their address (R10). */
  | 'PRIMARY_CONTACT_VERIFICATION'
  /** To an indirect provider's primary contact: the reseller removed its admin access; the link stays (R13). */
  | 'PROVIDER_ADMIN_ACCESS_REMOVED'
  /** To a partner's primary contact: the vendor referred a customer to it (R18). */
  | 'REFERRAL_CREATED'
  /** To a partner's primary contact: a customer accepted its invitation and the relationship is in force (R3, R19). */
  | 'RELATIONSHIP_ACCEPTED'
  /** To the inviting partner's primary contact: the invitee declined its invitation (R5). */
  | 'RELATIONSHIP_DECLINED'
  /** To a partner's primary contact: the customer deleted the relationship (R7). */
  | 'RELATIONSHIP_DELETED'
  /** A partner's invitation to a customer, sent by the partner (R17, R19). */
  | 'RELATIONSHIP_INVITATION'
  /** To each global admin of the customer: the partner ended the relationship. */
  | 'RELATIONSHIP_TERMINATED'
  /** To a new organisation's global admin. */
  | 'WELCOME';

export type NotificationStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'SENT';

/** Organisation sizes a partner serves: SMALL 1–50 seats, MEDIUM 51–1,000, LARGE over 1,000. */
export type OrganizationSize =
  | 'LARGE'
  | 'MEDIUM'
  | 'SMALL';

export type PartnerProgram =
  | 'DIRECT'
  | 'INDIRECT_PROVIDER'
  | 'INDIRECT_RESELLER';

export type PartnerSearchFilter = {
  /** At most 100 characters. */
  city?: string | null | undefined;
  /** ISO 3166-1 alpha-2 (at most 2 characters). */
  country?: string | null | undefined;
  /** Free text matched against keywords, description and name: at most 200 characters. */
  keywords?: string | null | undefined;
  organizationSize?: OrganizationSize | null | undefined;
};

export type PartnerStatus =
  | 'ACTIVE'
  | 'EMAIL_VERIFICATION_PENDING'
  | 'IN_REVIEW'
  | 'REJECTED';

export type PublishAgreementTemplateInput = {
  /** Where customers read the document: an https address of at most 2,000 characters. */
  documentUrl: string;
  /** BCP 47 language tag of the document, e.g. en, de or pt-BR: at most 16 characters. */
  language?: string | null | undefined;
  /**
   * R4: until when customers that accepted the version this one replaces (or an earlier one still honoured) may go on
   * letting partners buy for them; they are emailed the date. In the future, at most 366 days away. Absent: the new
   * version is required at once. Not for a translation, which keeps its version's deadline.
   */
  reacceptanceDeadline?: string | null | undefined;
  type: AgreementType;
  /** A label unique per type and language, e.g. 2 or 2026.1: 1 to 32 characters, letters, digits, dots, dashes or underscores. */
  version: string;
};

export type ReferralStatus =
  /** The partner accepted it and may invite the customer from it. */
  | 'ACCEPTED'
  /** The partner invited the customer from it. */
  | 'CONVERTED'
  /** The partner declined it. */
  | 'DECLINED'
  /** Not answered within REFERRAL_TTL_DAYS. */
  | 'EXPIRED'
  /** Waiting for the partner's answer. */
  | 'PENDING';

export type RelationshipRequestKind =
  /** B2: a partner asks a customer to change its delegated admin access in place. */
  | 'ADMIN_ACCESS_CHANGE'
  /** A partner invites a customer (R2, R17). */
  | 'CUSTOMER'
  /** A reseller invites a customer to both itself and its provider (R19). */
  | 'CUSTOMER_WITH_PROVIDER'
  /** An indirect provider invites a reseller (R13). */
  | 'INDIRECT_RESELLER';

export type RelationshipRequestStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'PENDING';

export type RelationshipRole =
  | 'ADVISOR'
  | 'DELEGATED_ADMIN'
  | 'LINE_OF_BUSINESS'
  | 'MPSA'
  | 'OEM_PC'
  | 'PARTNER'
  | 'RESELLER';

/** R18: where a partner's customer came from. */
export type RelationshipSource =
  /** An invitation answering a customer's request from the directory (a lead). */
  | 'DIRECTORY_LEAD'
  /** Imported from another channel (R16). */
  | 'IMPORTED'
  /** A combined invitation with an indirect provider (R19). */
  | 'INDIRECT_PROVIDER'
  /** The partner's own invitation. */
  | 'OWN_MARKETING'
  /** An invitation following the vendor's referral. */
  | 'VENDOR_REFERRAL';

export type RelationshipStatus =
  | 'ACTIVE'
  | 'TERMINATED';

export type RemoveAdminAccessAssignmentInput = {
  assignmentId: string | number;
};

export type RemoveAdminPrivilegesInput = {
  relationshipId: string | number;
};

export type RemoveAdminRolesInput = {
  adminRoles: Array<AdminRole>;
  relationshipId: string | number;
};

export type RemoveProviderAdminAccessInput = {
  linkId: string | number;
};

export type RemoveUserInput = {
  userId: string | number;
};

export type RequestAdminAccessChangeInput = {
  /** A new duration from approval, P1D to P2Y; absent: the expiry stays. At most 16 characters. */
  adminAccessDuration?: string | null | undefined;
  /** Every admin role the partner asks to hold after the change (the current ones it keeps and any added). */
  adminRoles: Array<AdminRole>;
  /** An ACTIVE relationship of the partner's with DELEGATED_ADMIN. */
  relationshipId: string | number;
};

export type RequestRelationshipInput = {
  /** B1: ISO 8601 duration of the admin access from acceptance, P1D to P2Y (days, weeks, months of 30 days, years of 365); default P2Y. At most 16 characters. */
  adminAccessDuration?: string | null | undefined;
  /** B1: with DELEGATED_ADMIN, the admin roles asked; default [GLOBAL_ADMINISTRATOR]. Refused without DELEGATED_ADMIN. */
  adminRoles?: Array<AdminRole> | null | undefined;
  /** B1: extend by 180 days at expiry; default false; refused with GLOBAL_ADMINISTRATOR. */
  autoExtend?: boolean | null | undefined;
  /** At most 254 characters. */
  customerEmail: string;
  /** R18: the directory lead (Partner.leads) this invitation answers: sent to this partner, and customerEmail at the organisation that sent it. The relationship's source is DIRECTORY_LEAD. */
  leadId?: string | number | null | undefined;
  /** R18: the vendor referral (Partner.referrals) this invitation follows: one this partner ACCEPTED, and customerEmail the referred customer's (or at its domain). The relationship's source is VENDOR_REFERRAL; the referral becomes CONVERTED. */
  referralId?: string | number | null | undefined;
  roles: Array<RelationshipRole>;
};

export type ReviewEnrollmentInput = {
  decision: EnrollmentDecision;
  partnerId: string | number;
  /** The reviewer's own words, which the applicant reads: required with OTHER, else an optional note. 5 to 1,000 characters. */
  reason?: string | null | undefined;
  /** To reject: at least one, each saying what the applicant must fix. Not given to approve. */
  reasonCodes?: Array<EnrollmentRejectionReasonCode> | null | undefined;
};

export type RevokeServiceTokenInput = {
  id: string | number;
};

export type Role =
  | 'ADMIN_AGENT'
  | 'BILLING_ADMIN'
  | 'GLOBAL_ADMIN'
  | 'HELPDESK_AGENT'
  | 'PLATFORM_OPERATOR'
  /** B4: in a customer organisation, reviews, accepts (when no new agreement is due), declines and ends partner relationships and removes admin roles; given by its global admin. */
  | 'RELATIONSHIP_ADMIN'
  | 'SALES_AGENT'
  | 'USER_MANAGEMENT_ADMIN';

export type SendRelationshipRequestEmailInput = {
  /** Plain text, up to 20,000 characters, containing the invitation link unchanged. */
  body: string;
  requestId: string | number;
  /** 1 to 200 characters. */
  subject: string;
  /** The invitee's address: at most 254 characters. */
  to: string;
};

export type ServiceTokenStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED';

export type SetAutoExtendForManyInput = {
  autoExtend: boolean;
  /** 1 to 100 relationships of the partner's. */
  relationshipIds: Array<string | number>;
};

export type SetAutoExtendInput = {
  autoExtend: boolean;
  relationshipId: string | number;
};

export type SignInInput = {
  /** At most 254 characters. */
  email: string;
  /** At most 128 characters. */
  password: string;
};

export type SignUpAdminInput = {
  /** Must belong to the organisation's domain or be any valid work address: at most 254 characters. */
  email: string;
  /** At most 200 characters. */
  fullName: string;
  /** 12 to 128 characters, with a letter and a digit or symbol. */
  password: string;
};

export type SignUpInput = {
  admin: SignUpAdminInput;
  /** ISO 3166-1 alpha-2 code, e.g. US, DE, FR (at most 2 characters). */
  country: string;
  /** The organisation's name: at most 200 characters. */
  displayName: string;
  /** The organisation's domain, e.g. contoso.com: at most 253 characters. Unique on the platform. */
  domain: string;
};

export type SupportContactInput = {
  /** At most 254 characters. */
  email: string;
  /** Digits, spaces and + ( ) - . /: 6 to 32 characters. */
  phone: string;
  /** https URL of the partner's support site: at most 500 characters. */
  website: string;
};

export type TerminateRelationshipInput = {
  relationshipId: string | number;
};

export type UnassignUserFromPartnerInput = {
  relationshipId: string | number;
};

export type UpdateBusinessProfileInput = {
  /** At most 100 characters. */
  city: string;
  /** ISO 3166-1 alpha-2 (at most 2 characters). */
  country: string;
  /** What the partner offers, in its own words: 20 to 2,000 characters. */
  description: string;
  /** 1 to 20 keywords, each 2 to 40 characters. */
  keywords: Array<string>;
  organizationSizes: Array<OrganizationSize>;
};

/** The fields given replace the application's; those left out stay as they are. The programme does not change. */
export type UpdateEnrollmentInput = {
  address?: AddressInput | null | undefined;
  /** At most 200 characters. */
  legalName?: string | null | undefined;
  /** The partner-membership registry id: digits only, 6 to 10 characters. */
  mpnId?: string | null | undefined;
  partnerId: string | number;
  primaryContact?: ContactInput | null | undefined;
  supportContact?: SupportContactInput | null | undefined;
};

export type UpdateUserRolesInput = {
  roles: Array<Role>;
  userId: string | number;
};

export type UpsertMpnProfileInput = {
  /** ISO 3166-1 alpha-2 (at most 2 characters). */
  country: string;
  /** Digits only: 6 to 10 characters. */
  mpnId: string;
  /** At most 200 characters. */
  organizationName: string;
  status: MpnProfileStatus;
};

export type VerifyPrimaryContactInput = {
  /** The token of the verification link: at most 64 characters. */
  token: string;
};

export type DraftEmailSendMutationVariables = Exact<{
  input: SendRelationshipRequestEmailInput;
}>;


export type DraftEmailSendMutation = { sendRelationshipRequestEmail: { id: string, to: string, status: NotificationStatus } };

export type AdminAccessSummaryQueryVariables = Exact<{
  partnerId: string | number;
}>;


export type AdminAccessSummaryQuery = { partner: { id: string, adminAccessExpiry: { within1Day: number, within7Days: number, within30Days: number, expired: number } } | null };

export type AdminAccessListQueryVariables = Exact<{
  partnerId: string | number;
  status?: AdminAccessStatus | null | undefined;
  expiresWithinDays?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminAccessListQuery = { partner: { id: string, adminAccess: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, customerName: string | null, customerDomain: string | null, adminRoles: Array<AdminRole>, adminAccessExpiresAt: string | null, adminAccessStatus: AdminAccessStatus, autoExtend: boolean, customer: { id: string } } }> } } | null };

export type AdminAccessSetAutoExtendForManyMutationVariables = Exact<{
  input: SetAutoExtendForManyInput;
}>;


export type AdminAccessSetAutoExtendForManyMutation = { setAutoExtendForMany: { relationships: Array<{ id: string, autoExtend: boolean, adminAccessExpiresAt: string | null, adminAccessStatus: AdminAccessStatus }>, refused: Array<{ relationshipId: string, code: string, message: string }> } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { token: string, mustChangePassword: boolean } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { token: string } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { token: string } };

export type CustomerAssignmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerAssignmentsQuery = { relationship: { id: string, adminRoles: Array<AdminRole>, adminAccessAssignments: Array<{ id: string, adminRoles: Array<AdminRole>, createdAt: string, users: Array<{ id: string, fullName: string, email: string }> }> } | null };

export type CustomerAssignmentsOwnUsersQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type CustomerAssignmentsOwnUsersQuery = { me: { id: string, tenant: { id: string, users: { totalCount: number, edges: Array<{ node: { id: string, fullName: string, email: string } }> } } } | null };

export type CustomerAssignAdminAccessMutationVariables = Exact<{
  input: AssignAdminAccessInput;
}>;


export type CustomerAssignAdminAccessMutation = { assignAdminAccess: { id: string, adminRoles: Array<AdminRole>, createdAt: string, users: Array<{ id: string, fullName: string, email: string }> } };

export type CustomerRemoveAdminAccessAssignmentMutationVariables = Exact<{
  input: RemoveAdminAccessAssignmentInput;
}>;


export type CustomerRemoveAdminAccessAssignmentMutation = { removeAdminAccessAssignment: { id: string } };

export type CustomerDetailsSetAutoExtendMutationVariables = Exact<{
  input: SetAutoExtendInput;
}>;


export type CustomerDetailsSetAutoExtendMutation = { setAutoExtend: { id: string, autoExtend: boolean, adminAccessExpiresAt: string | null, adminAccessStatus: AdminAccessStatus, adminRoles: Array<AdminRole> } };

export type CustomerDetailsRequestAdminAccessChangeMutationVariables = Exact<{
  input: RequestAdminAccessChangeInput;
}>;


export type CustomerDetailsRequestAdminAccessChangeMutation = { requestAdminAccessChange: { id: string, kind: RelationshipRequestKind, adminRoles: Array<AdminRole>, adminAccessDuration: string | null, invitationUrl: string | null, emailDraft: { subject: string, body: string } | null } };

export type CustomerDetailsAgreementQueryVariables = Exact<{
  customerId: string | number;
  language?: string | null | undefined;
}>;


export type CustomerDetailsAgreementQuery = { currentAgreement: { id: string, version: string, documentUrl: string }, customer: { id: string, hasAcceptedCurrentAgreement: boolean } | null };

export type CustomerDetailsConfirmAcceptanceMutationVariables = Exact<{
  input: ConfirmCustomerAcceptanceInput;
}>;


export type CustomerDetailsConfirmAcceptanceMutation = { confirmCustomerAcceptance: { id: string, acceptedAt: string, template: { id: string, version: string } } };

export type CustomerDetailsRelationshipQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerDetailsRelationshipQuery = { relationship: { id: string, customerName: string | null, customerDomain: string | null, roles: Array<RelationshipRole>, adminPrivileges: boolean, status: RelationshipStatus, canTransact: boolean, establishedAt: string, adminRoles: Array<AdminRole>, adminAccessExpiresAt: string | null, adminAccessStatus: AdminAccessStatus, autoExtend: boolean, partner: { id: string }, assignedUser: { id: string, fullName: string, email: string } | null, customer: { id: string, displayName: string, domain: string, country: string } } | null };

export type CustomerDetailsAuthorizeQueryVariables = Exact<{
  partnerId: string | number;
  customerId: string | number;
}>;


export type CustomerDetailsAuthorizeQuery = { authorize: { allowed: boolean, reasons: Array<string> } };

export type CustomerDetailsTerminateMutationVariables = Exact<{
  input: TerminateRelationshipInput;
}>;


export type CustomerDetailsTerminateMutation = { terminateRelationship: { id: string, status: RelationshipStatus } };

export type CustomersListQueryVariables = Exact<{
  partnerId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
  source?: RelationshipSource | null | undefined;
}>;


export type CustomersListQuery = { partner: { id: string, customers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, customerName: string | null, customerDomain: string | null, roles: Array<RelationshipRole>, adminPrivileges: boolean, status: RelationshipStatus, canTransact: boolean, source: RelationshipSource, establishedAt: string, customer: { id: string } } }> } } | null };

export type CustomersRequestRelationshipMutationVariables = Exact<{
  input: RequestRelationshipInput;
}>;


export type CustomersRequestRelationshipMutation = { requestRelationship: { id: string, roles: Array<RelationshipRole>, invitationUrl: string | null, emailDraft: { subject: string, body: string } | null } };

export type DirectorySearchPartnersQueryVariables = Exact<{
  filter?: PartnerSearchFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DirectorySearchPartnersQuery = { searchPartners: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, legalName: string, businessProfile: { description: string, city: string, country: string, organizationSizes: Array<OrganizationSize>, keywords: Array<string> } | null } }> } };

export type DirectoryContactPartnersMutationVariables = Exact<{
  input: ContactPartnersInput;
}>;


export type DirectoryContactPartnersMutation = { contactPartners: { leadId: string, contactedPartners: Array<{ id: string, legalName: string }> } };

export type DirectoryProfilePartnerQueryVariables = Exact<{
  id: string | number;
}>;


export type DirectoryProfilePartnerQuery = { partner: { id: string, legalName: string, businessProfile: { description: string, city: string, country: string, organizationSizes: Array<OrganizationSize>, keywords: Array<string> } | null } | null };

export type DirectoryUpdateBusinessProfileMutationVariables = Exact<{
  input: UpdateBusinessProfileInput;
}>;


export type DirectoryUpdateBusinessProfileMutation = { updateBusinessProfile: { id: string, businessProfile: { description: string, city: string, country: string, organizationSizes: Array<OrganizationSize>, keywords: Array<string> } | null } };

export type EnrolmentEnrollMutationVariables = Exact<{
  input: EnrollPartnerInput;
}>;


export type EnrolmentEnrollMutation = { enrollPartner: { id: string, status: PartnerStatus } };

export type EnrolmentUpdateMutationVariables = Exact<{
  input: UpdateEnrollmentInput;
}>;


export type EnrolmentUpdateMutation = { updateEnrollment: { id: string, status: PartnerStatus } };

export type EnrolmentResubmitMutationVariables = Exact<{
  id: string | number;
}>;


export type EnrolmentResubmitMutation = { resubmitEnrollment: { id: string, status: PartnerStatus } };

export type EnrolmentResendVerificationMutationVariables = Exact<{
  id: string | number;
}>;


export type EnrolmentResendVerificationMutation = { resendVerificationEmail: { id: string, status: PartnerStatus } };

export type EnrolmentPartnerQueryVariables = Exact<{
  id: string | number;
}>;


export type EnrolmentPartnerQuery = { partner: { id: string, program: PartnerProgram, status: PartnerStatus, legalName: string, mpnId: string, enrolledAt: string, statusChangedAt: string, rejectionReason: string | null, rejectionReasons: Array<{ code: EnrollmentRejectionReasonCode, message: string }> | null, address: { line1: string, line2: string | null, city: string, region: string | null, postalCode: string, country: string } | null, primaryContact: { firstName: string, lastName: string, email: string, phone: string } | null, supportContact: { email: string, phone: string, website: string } } | null };

export type EnrolmentVerifyContactMutationVariables = Exact<{
  input: VerifyPrimaryContactInput;
}>;


export type EnrolmentVerifyContactMutation = { verifyPrimaryContact: { id: string, legalName: string, status: PartnerStatus } };

export type IndirectAuthorizeRequestQueryVariables = Exact<{
  token: string;
}>;


export type IndirectAuthorizeRequestQuery = { relationshipRequestByToken: { id: string, kind: RelationshipRequestKind, status: RelationshipRequestStatus, expiresAt: string, partner: { id: string, legalName: string } } };

export type IndirectAuthorizeProviderMutationVariables = Exact<{
  input: AuthorizeIndirectProviderInput;
}>;


export type IndirectAuthorizeProviderMutation = { authorizeIndirectProvider: { id: string, providerName: string, status: RelationshipStatus } };

export type IndirectProvidersListQueryVariables = Exact<{
  partnerId: string | number;
}>;


export type IndirectProvidersListQuery = { partner: { id: string, indirectProviders: Array<{ id: string, providerName: string, status: RelationshipStatus, providerAdminAccess: boolean, establishedAt: string, provider: { id: string } }> } | null };

export type IndirectSharedCustomersQueryVariables = Exact<{
  partnerId: string | number;
  providerId: string | number;
}>;


export type IndirectSharedCustomersQuery = { partner: { id: string, customersSharedWith: Array<{ id: string, displayName: string, domain: string, country: string }> } | null };

export type IndirectRemoveProviderAdminAccessMutationVariables = Exact<{
  input: RemoveProviderAdminAccessInput;
}>;


export type IndirectRemoveProviderAdminAccessMutation = { removeProviderAdminAccess: { id: string, providerAdminAccess: boolean } };

export type IndirectInviteCustomerWithProviderMutationVariables = Exact<{
  input: InviteCustomerWithProviderInput;
}>;


export type IndirectInviteCustomerWithProviderMutation = { inviteCustomerWithProvider: { id: string, emailDraft: { subject: string, body: string } | null } };

export type IndirectResellersListQueryVariables = Exact<{
  partnerId: string | number;
}>;


export type IndirectResellersListQuery = { partner: { id: string, indirectResellers: Array<{ id: string, resellerName: string, status: RelationshipStatus, providerAdminAccess: boolean, establishedAt: string }> } | null };

export type IndirectInviteResellerMutationVariables = Exact<{
  input: InviteIndirectResellerInput;
}>;


export type IndirectInviteResellerMutation = { inviteIndirectReseller: { id: string, kind: RelationshipRequestKind, expiresAt: string } };

export type InvitationsByTokenQueryVariables = Exact<{
  token: string;
}>;


export type InvitationsByTokenQuery = { relationshipRequestByToken: { id: string, kind: RelationshipRequestKind, status: RelationshipRequestStatus, roles: Array<RelationshipRole>, expiresAt: string, agreementRequired: boolean, indirectProviderRoles: Array<RelationshipRole> | null, adminRoles: Array<AdminRole>, adminAccessDuration: string | null, autoExtend: boolean, partner: { id: string, legalName: string }, indirectProvider: { id: string, legalName: string } | null, relationship: { id: string, adminRoles: Array<AdminRole>, adminAccessExpiresAt: string | null } | null, agreement: { id: string, version: string, documentUrl: string } | null } };

export type InvitationsCustomerAgreementQueryVariables = Exact<{
  id: string | number;
}>;


export type InvitationsCustomerAgreementQuery = { customer: { id: string, hasAcceptedCurrentAgreement: boolean } | null };

export type InvitationsAcceptMutationVariables = Exact<{
  input: AcceptRelationshipRequestInput;
}>;


export type InvitationsAcceptMutation = { acceptRelationshipRequest: { id: string, partnerName: string, roles: Array<RelationshipRole>, adminRoles: Array<AdminRole>, status: RelationshipStatus } };

export type InvitationsDeclineMutationVariables = Exact<{
  input: DeclineRelationshipRequestInput;
}>;


export type InvitationsDeclineMutation = { declineRelationshipRequest: { id: string, status: RelationshipRequestStatus } };

export type LeadsListQueryVariables = Exact<{
  partnerId: string | number;
  status?: LeadStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LeadsListQuery = { partner: { id: string, leads: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, need: string, contactEmail: string, status: LeadStatus, createdAt: string, customer: { id: string, displayName: string } } }> } } | null };

export type LeadsAnswerLeadMutationVariables = Exact<{
  input: AnswerLeadInput;
}>;


export type LeadsAnswerLeadMutation = { answerLead: { id: string, status: LeadStatus, answeredAt: string | null } };

export type NotificationsListQueryVariables = Exact<{
  filter?: NotificationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NotificationsListQuery = { notifications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: NotificationKind, to: string, subject: string, status: NotificationStatus, attempts: number, createdAt: string, sentAt: string | null, body: string | null } }> } };

export type RetryNotificationMutationVariables = Exact<{
  id: string | number;
}>;


export type RetryNotificationMutation = { retryNotification: { id: string, status: NotificationStatus, attempts: number } };

export type OperatorAgreementTemplatesQueryVariables = Exact<{
  type: AgreementType;
}>;


export type OperatorAgreementTemplatesQuery = { agreementTemplates: Array<{ id: string, type: AgreementType, version: string, language: string, documentUrl: string, publishedAt: string, isCurrent: boolean, reacceptanceDeadline: string | null }> };

export type OperatorPublishAgreementTemplateMutationVariables = Exact<{
  input: PublishAgreementTemplateInput;
}>;


export type OperatorPublishAgreementTemplateMutation = { publishAgreementTemplate: { id: string, version: string, isCurrent: boolean } };

export type OperatorEnrollmentsQueryVariables = Exact<{
  status?: PartnerStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OperatorEnrollmentsQuery = { partnerEnrollments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, legalName: string, program: PartnerProgram, mpnId: string, status: PartnerStatus, enrolledAt: string, rejectionReasons: Array<{ code: EnrollmentRejectionReasonCode, message: string }> | null, address: { country: string } | null, primaryContact: { firstName: string, lastName: string, email: string } | null } }> } };

export type OperatorReviewEnrollmentMutationVariables = Exact<{
  input: ReviewEnrollmentInput;
}>;


export type OperatorReviewEnrollmentMutation = { reviewEnrollment: { id: string, status: PartnerStatus, rejectionReasons: Array<{ code: EnrollmentRejectionReasonCode }> | null } };

export type OperatorMpnProfileQueryVariables = Exact<{
  mpnId: string;
}>;


export type OperatorMpnProfileQuery = { mpnProfile: { mpnId: string, organizationName: string, country: string, status: MpnProfileStatus, updatedAt: string } | null };

export type OperatorUpsertMpnProfileMutationVariables = Exact<{
  input: UpsertMpnProfileInput;
}>;


export type OperatorUpsertMpnProfileMutation = { upsertMpnProfile: { mpnId: string, organizationName: string, country: string, status: MpnProfileStatus, updatedAt: string } };

export type OperatorReferralsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OperatorReferralsQuery = { referrals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, partnerName: string, customerName: string, customerEmail: string, status: ReferralStatus, createdAt: string, expiresAt: string } }> } };

export type OperatorActivePartnersQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type OperatorActivePartnersQuery = { partnerEnrollments: { edges: Array<{ node: { id: string, legalName: string } }> } };

export type OperatorCreateReferralMutationVariables = Exact<{
  input: CreateReferralInput;
}>;


export type OperatorCreateReferralMutation = { createReferral: { id: string, status: ReferralStatus, partnerName: string, customerName: string } };

export type OperatorServiceTokensQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OperatorServiceTokensQuery = { serviceTokens: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, createdAt: string, expiresAt: string, revokedAt: string | null, status: ServiceTokenStatus } }> } };

export type OperatorCreateServiceTokenMutationVariables = Exact<{
  input: CreateServiceTokenInput;
}>;


export type OperatorCreateServiceTokenMutation = { createServiceToken: { id: string, name: string, token: string | null, expiresAt: string } };

export type OperatorRevokeServiceTokenMutationVariables = Exact<{
  input: RevokeServiceTokenInput;
}>;


export type OperatorRevokeServiceTokenMutation = { revokeServiceToken: { id: string, status: ServiceTokenStatus, revokedAt: string | null } };

export type PartnersCurrentAgreementQueryVariables = Exact<{
  id: string | number;
  language?: string | null | undefined;
}>;


export type PartnersCurrentAgreementQuery = { currentAgreement: { id: string, version: string, documentUrl: string, language: string }, customer: { id: string, hasAcceptedCurrentAgreement: boolean, currentAgreementDeadline: string | null, agreementAcceptances: Array<{ id: string, acceptedAt: string, template: { id: string, version: string } }> } | null };

export type PartnersAcceptAgreementMutationVariables = Exact<{
  input: AcceptAgreementInput;
}>;


export type PartnersAcceptAgreementMutation = { acceptAgreement: { id: string, acceptedAt: string, template: { id: string, version: string } } };

export type PartnerAssignmentUsersQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type PartnerAssignmentUsersQuery = { me: { id: string, tenant: { id: string, users: { totalCount: number, edges: Array<{ node: { id: string, fullName: string, email: string } }> } } } | null };

export type PartnerAssignUserMutationVariables = Exact<{
  input: AssignUserToPartnerInput;
}>;


export type PartnerAssignUserMutation = { assignUserToPartner: { id: string, assignedUser: { id: string, fullName: string, email: string } | null } };

export type PartnerUnassignUserMutationVariables = Exact<{
  input: UnassignUserFromPartnerInput;
}>;


export type PartnerUnassignUserMutation = { unassignUserFromPartner: { id: string, assignedUser: { id: string } | null } };

export type PartnersDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnersDetailsQuery = { customer: { id: string, hasAcceptedCurrentAgreement: boolean, relationships: Array<{ id: string, partnerName: string, roles: Array<RelationshipRole>, adminPrivileges: boolean, status: RelationshipStatus, canTransact: boolean, establishedAt: string, adminRoles: Array<AdminRole>, adminAccessExpiresAt: string | null, adminAccessStatus: AdminAccessStatus, autoExtend: boolean, assignedUser: { id: string, fullName: string, email: string } | null }> } | null };

export type PartnersRemoveAdminMutationVariables = Exact<{
  input: RemoveAdminPrivilegesInput;
}>;


export type PartnersRemoveAdminMutation = { removeAdminPrivileges: { id: string, roles: Array<RelationshipRole>, adminPrivileges: boolean, status: RelationshipStatus, canTransact: boolean } };

export type PartnersRemoveAdminRoleMutationVariables = Exact<{
  input: RemoveAdminRolesInput;
}>;


export type PartnersRemoveAdminRoleMutation = { removeAdminRoles: { id: string, roles: Array<RelationshipRole>, adminPrivileges: boolean, adminRoles: Array<AdminRole>, adminAccessStatus: AdminAccessStatus } };

export type PartnersDeleteMutationVariables = Exact<{
  input: DeleteRelationshipInput;
}>;


export type PartnersDeleteMutation = { deleteRelationship: { id: string, status: RelationshipStatus } };

export type PartnersListQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnersListQuery = { customer: { id: string, hasAcceptedCurrentAgreement: boolean, relationships: Array<{ id: string, partnerName: string, roles: Array<RelationshipRole>, adminPrivileges: boolean, status: RelationshipStatus, establishedAt: string }> } | null };

export type PartnerReferralsQueryVariables = Exact<{
  partnerId: string | number;
  status?: ReferralStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PartnerReferralsQuery = { partner: { id: string, referrals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, customerName: string, customerEmail: string, need: string, status: ReferralStatus, expiresAt: string } }> } } | null };

export type ReferralsAcceptMutationVariables = Exact<{
  input: AcceptReferralInput;
}>;


export type ReferralsAcceptMutation = { acceptReferral: { id: string, status: ReferralStatus } };

export type ReferralsDeclineMutationVariables = Exact<{
  input: DeclineReferralInput;
}>;


export type ReferralsDeclineMutation = { declineReferral: { id: string, status: ReferralStatus, declineReason: string | null } };

export type UsersListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UsersListQuery = { me: { id: string, tenant: { id: string, displayName: string, users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, fullName: string, email: string, roles: Array<Role>, mustChangePassword: boolean } }> } } } | null };

export type UsersAddMutationVariables = Exact<{
  input: AddUserInput;
}>;


export type UsersAddMutation = { addUser: { temporaryPassword: string, user: { id: string, fullName: string, email: string, roles: Array<Role> } } };

export type UsersUpdateRolesMutationVariables = Exact<{
  input: UpdateUserRolesInput;
}>;


export type UsersUpdateRolesMutation = { updateUserRoles: { id: string, fullName: string, roles: Array<Role> } };

export type UsersRemoveMutationVariables = Exact<{
  input: RemoveUserInput;
}>;


export type UsersRemoveMutation = { removeUser: { id: string, fullName: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, fullName: string, email: string, roles: Array<Role>, mustChangePassword: boolean, tenant: { id: string, displayName: string, domain: string, country: string }, partner: { id: string, legalName: string, program: PartnerProgram, status: PartnerStatus } | null } | null };


export const DraftEmailSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftEmailSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendRelationshipRequestEmailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendRelationshipRequestEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DraftEmailSendMutation, DraftEmailSendMutationVariables>;
export const AdminAccessSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAccessSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"adminAccessExpiry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"within1Day"}},{"kind":"Field","name":{"kind":"Name","value":"within7Days"}},{"kind":"Field","name":{"kind":"Name","value":"within30Days"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}}]}}]}}]}}]} as unknown as DocumentNode<AdminAccessSummaryQuery, AdminAccessSummaryQueryVariables>;
export const AdminAccessListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAccessList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminAccessStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiresWithinDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"adminAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"expiresWithinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiresWithinDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"customerDomain"}},{"kind":"Field","name":{"kind":"Name","value":"adminRoles"}},{"kind":"Field","name":{"kind":"Name","value":"adminAccessExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"adminAccessStatus"}},{"kind":"Field","name":{"kind":"Name","value":"autoExtend"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminAccessListQuery, AdminAccessListQueryVariables>;
export const AdminAccessSetAutoExtendForManyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminAccessSetAutoExtendForMany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAutoExtendForManyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAutoExtendForMany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"autoExtend"}},{"kind":"Field","name":{"kind":"Name","value":"adminAccessExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"adminAccessStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refused"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationshipId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminAccessSetAutoExtendForManyMutation, AdminAccessSetAutoExtendForManyMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const CustomerAssignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerAssignments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"adminRoles"}},{"kind":"Field","name":{"kind":"Name","value":"adminAccessAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"adminRoles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerAssignmentsQuery, CustomerAssignmentsQueryVariables>;
export const CustomerAssignmentsOwnUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerAssignmentsOwnUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerAssignmentsOwnUsersQuery, CustomerAssignmentsOwnUsersQueryVariables>;
export const CustomerAssignAdminAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerAssignAdminAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignAdminAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignAdminAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"adminRoles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerAssignAdminAccessMutation, CustomerAssignAdminAccessMutationVariables>;
export const CustomerRemoveAdminAccessAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerRemoveAdminAccessAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveAdminAccessAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAdminAccessAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CustomerRemoveAdminAccessAssignmentMutation, CustomerRemoveAdminAccessAssignmentMutationVariables>;
export const CustomerDetailsSetAutoExtendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerDetailsSetAutoExtend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAutoExtendInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAutoExtend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"autoExtend"}},{"kind":"Field","name":{"kind":"Name","value":"adminAccessExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"adminAccessStatus"}},{"kind":"Field","name":{"kind":"Name","value":"adminRoles"}}]}}]}}]} as unknown as DocumentNode<CustomerDetailsSetAutoExtendMutation, CustomerDetailsSetAutoExtendMutationVariables>;
export const CustomerDetailsRequestAdminAccessChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerDetailsRequestAdminAccessChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestAdminAccessChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAdminAccessChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"adminRoles"}},{"kind":"Field","name":{"kind":"Name","value":"adminAccessDuration"}},{"kind":"Field","name":{"kind":"Name","value":"invitationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"emailDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerDetailsRequestAdminAccessChangeMutation, CustomerDetailsRequestAdminAccessChangeMutationVariables>;
export const CustomerDetailsAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerDetailsAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"CUSTOMER_AGREEMENT"}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"documentUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hasAcceptedCurrentAgreement"}}]}}]}}]} as unknown as DocumentNode<CustomerDetailsAgreementQuery, CustomerDetailsAgreementQueryVariables>;
export const CustomerDetailsConfirmAcceptanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerDetailsConfirmAcceptance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmCustomerAcceptanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmCustomerAcceptance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerDetailsConfirmAcceptanceMutation, CustomerDetailsConfirmAcceptanceMutationVariables>;
export const CustomerDetailsRelationshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerDetailsRelationship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"customerDomain"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"adminPrivileges"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"canTransact"}},{"kind":"Field","name":{"kind":"Name","value":"establishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adminRoles"}},{"kind":"Field","name":{"kind":"Name","value":"adminAccessExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"adminAccessStatus"}},{"kind":"Field","name":{"kind":"Name","value":"autoExtend"}},{"kind":"Field","name":{"kind":"Name","value":"assignedUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerDetailsRelationshipQuery, CustomerDetailsRelationshipQueryVariables>;
export const CustomerDetailsAuthorizeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerDetailsAuthorize"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorize"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"permission"},"value":{"kind":"EnumValue","value":"SUBMIT_ORDERS"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]} as unknown as DocumentNode<CustomerDetailsAuthorizeQuery, CustomerDetailsAuthorizeQueryVariables>;
export const CustomerDetailsTerminateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerDetailsTerminate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TerminateRelationshipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminateRelationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CustomerDetailsTerminateMutation, CustomerDetailsTerminateMutationVariables>;
export const CustomersListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipSource"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"customerDomain"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"adminPrivileges"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"canTransact"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"establishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomersListQuery, CustomersListQueryVariables>;
export const CustomersRequestRelationshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomersRequestRelationship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestRelationshipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestRelationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"invitationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"emailDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<CustomersRequestRelationshipMutation, CustomersRequestRelationshipMutationVariables>;
export const DirectorySearchPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorySearchPartners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerSearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchPartners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"businessProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"organizationSizes"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectorySearchPartnersQuery, DirectorySearchPartnersQueryVariables>;
export const DirectoryContactPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectoryContactPartners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPartnersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactPartners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"contactedPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryContactPartnersMutation, DirectoryContactPartnersMutationVariables>;
export const DirectoryProfilePartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryProfilePartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"businessProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"organizationSizes"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryProfilePartnerQuery, DirectoryProfilePartnerQueryVariables>;
export const DirectoryUpdateBusinessProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectoryUpdateBusinessProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBusinessProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBusinessProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"businessProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"organizationSizes"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryUpdateBusinessProfileMutation, DirectoryUpdateBusinessProfileMutationVariables>;
export const EnrolmentEnrollDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrolmentEnroll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollPartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollPartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EnrolmentEnrollMutation, EnrolmentEnrollMutationVariables>;
export const EnrolmentUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrolmentUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEnrollmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEnrollment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EnrolmentUpdateMutation, EnrolmentUpdateMutationVariables>;
export const EnrolmentResubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrolmentResubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resubmitEnrollment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EnrolmentResubmitMutation, EnrolmentResubmitMutationVariables>;
export const EnrolmentResendVerificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrolmentResendVerification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendVerificationEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EnrolmentResendVerificationMutation, EnrolmentResendVerificationMutationVariables>;
export const EnrolmentPartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnrolmentPartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"program"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"mpnId"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"primaryContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]}}]}}]} as unknown as DocumentNode<EnrolmentPartnerQuery, EnrolmentPartnerQueryVariables>;
export const EnrolmentVerifyContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrolmentVerifyContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyPrimaryContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyPrimaryContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EnrolmentVerifyContactMutation, EnrolmentVerifyContactMutationVariables>;
export const IndirectAuthorizeRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndirectAuthorizeRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationshipRequestByToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]}}]} as unknown as DocumentNode<IndirectAuthorizeRequestQuery, IndirectAuthorizeRequestQueryVariables>;
export const IndirectAuthorizeProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IndirectAuthorizeProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizeIndirectProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizeIndirectProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<IndirectAuthorizeProviderMutation, IndirectAuthorizeProviderMutationVariables>;
export const IndirectProvidersListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndirectProvidersList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indirectProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerAdminAccess"}},{"kind":"Field","name":{"kind":"Name","value":"establishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IndirectProvidersListQuery, IndirectProvidersListQueryVariables>;
export const IndirectSharedCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndirectSharedCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customersSharedWith"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}}]} as unknown as DocumentNode<IndirectSharedCustomersQuery, IndirectSharedCustomersQueryVariables>;
export const IndirectRemoveProviderAdminAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IndirectRemoveProviderAdminAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveProviderAdminAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeProviderAdminAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"providerAdminAccess"}}]}}]}}]} as unknown as DocumentNode<IndirectRemoveProviderAdminAccessMutation, IndirectRemoveProviderAdminAccessMutationVariables>;
export const IndirectInviteCustomerWithProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IndirectInviteCustomerWithProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteCustomerWithProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteCustomerWithProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<IndirectInviteCustomerWithProviderMutation, IndirectInviteCustomerWithProviderMutationVariables>;
export const IndirectResellersListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndirectResellersList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indirectResellers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resellerName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerAdminAccess"}},{"kind":"Field","name":{"kind":"Name","value":"establishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<IndirectResellersListQuery, IndirectResellersListQueryVariables>;
export const IndirectInviteResellerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IndirectInviteReseller"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteIndirectResellerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteIndirectReseller"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<IndirectInviteResellerMutation, IndirectInviteResellerMutationVariables>;
export const InvitationsByTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationsByToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationshipRequestByToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"agreementRequired"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indirectProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indirectProviderRoles"}},{"kind":"Field","name":{"kind":"Name","value":"adminRoles"}},{"kind":"Field","name":{"kind":"Name","value":"adminAccessDuration"}},{"kind":"Field","name":{"kind":"Name","value":"autoExtend"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"adminRoles"}},{"kind":"Field","name":{"kind":"Name","value":"adminAccessExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"documentUrl"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationsByTokenQuery, InvitationsByTokenQueryVariables>;
export const InvitationsCustomerAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationsCustomerAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hasAcceptedCurrentAgreement"}}]}}]}}]} as unknown as DocumentNode<InvitationsCustomerAgreementQuery, InvitationsCustomerAgreementQueryVariables>;
export const InvitationsAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitationsAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptRelationshipRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptRelationshipRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"adminRoles"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<InvitationsAcceptMutation, InvitationsAcceptMutationVariables>;
export const InvitationsDeclineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitationsDecline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineRelationshipRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineRelationshipRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<InvitationsDeclineMutation, InvitationsDeclineMutationVariables>;
export const LeadsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"need"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadsListQuery, LeadsListQueryVariables>;
export const LeadsAnswerLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeadsAnswerLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]} as unknown as DocumentNode<LeadsAnswerLeadMutation, LeadsAnswerLeadMutationVariables>;
export const NotificationsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsListQuery, NotificationsListQueryVariables>;
export const RetryNotificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}}]}}]}}]} as unknown as DocumentNode<RetryNotificationMutation, RetryNotificationMutationVariables>;
export const OperatorAgreementTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperatorAgreementTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementType"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"documentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"reacceptanceDeadline"}}]}}]}}]} as unknown as DocumentNode<OperatorAgreementTemplatesQuery, OperatorAgreementTemplatesQueryVariables>;
export const OperatorPublishAgreementTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OperatorPublishAgreementTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishAgreementTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishAgreementTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}}]}}]}}]} as unknown as DocumentNode<OperatorPublishAgreementTemplateMutation, OperatorPublishAgreementTemplateMutationVariables>;
export const OperatorEnrollmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperatorEnrollments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerEnrollments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"program"}},{"kind":"Field","name":{"kind":"Name","value":"mpnId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"primaryContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OperatorEnrollmentsQuery, OperatorEnrollmentsQueryVariables>;
export const OperatorReviewEnrollmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OperatorReviewEnrollment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewEnrollmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewEnrollment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OperatorReviewEnrollmentMutation, OperatorReviewEnrollmentMutationVariables>;
export const OperatorMpnProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperatorMpnProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mpnId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mpnProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mpnId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mpnId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mpnId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<OperatorMpnProfileQuery, OperatorMpnProfileQueryVariables>;
export const OperatorUpsertMpnProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OperatorUpsertMpnProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertMpnProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertMpnProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mpnId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<OperatorUpsertMpnProfileMutation, OperatorUpsertMpnProfileMutationVariables>;
export const OperatorReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperatorReferrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"customerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OperatorReferralsQuery, OperatorReferralsQueryVariables>;
export const OperatorActivePartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperatorActivePartners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerEnrollments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OperatorActivePartnersQuery, OperatorActivePartnersQueryVariables>;
export const OperatorCreateReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OperatorCreateReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}}]}}]}}]} as unknown as DocumentNode<OperatorCreateReferralMutation, OperatorCreateReferralMutationVariables>;
export const OperatorServiceTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperatorServiceTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OperatorServiceTokensQuery, OperatorServiceTokensQueryVariables>;
export const OperatorCreateServiceTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OperatorCreateServiceToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<OperatorCreateServiceTokenMutation, OperatorCreateServiceTokenMutationVariables>;
export const OperatorRevokeServiceTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OperatorRevokeServiceToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeServiceTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeServiceToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<OperatorRevokeServiceTokenMutation, OperatorRevokeServiceTokenMutationVariables>;
export const PartnersCurrentAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersCurrentAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"CUSTOMER_AGREEMENT"}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"documentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hasAcceptedCurrentAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"currentAgreementDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"agreementAcceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnersCurrentAgreementQuery, PartnersCurrentAgreementQueryVariables>;
export const PartnersAcceptAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnersAcceptAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<PartnersAcceptAgreementMutation, PartnersAcceptAgreementMutationVariables>;
export const PartnerAssignmentUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerAssignmentUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerAssignmentUsersQuery, PartnerAssignmentUsersQueryVariables>;
export const PartnerAssignUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerAssignUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignUserToPartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignUserToPartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignedUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerAssignUserMutation, PartnerAssignUserMutationVariables>;
export const PartnerUnassignUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerUnassignUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnassignUserFromPartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unassignUserFromPartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignedUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerUnassignUserMutation, PartnerUnassignUserMutationVariables>;
export const PartnersDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hasAcceptedCurrentAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"adminPrivileges"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"canTransact"}},{"kind":"Field","name":{"kind":"Name","value":"establishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adminRoles"}},{"kind":"Field","name":{"kind":"Name","value":"adminAccessExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"adminAccessStatus"}},{"kind":"Field","name":{"kind":"Name","value":"autoExtend"}},{"kind":"Field","name":{"kind":"Name","value":"assignedUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnersDetailsQuery, PartnersDetailsQueryVariables>;
export const PartnersRemoveAdminDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnersRemoveAdmin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveAdminPrivilegesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAdminPrivileges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"adminPrivileges"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"canTransact"}}]}}]}}]} as unknown as DocumentNode<PartnersRemoveAdminMutation, PartnersRemoveAdminMutationVariables>;
export const PartnersRemoveAdminRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnersRemoveAdminRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveAdminRolesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAdminRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"adminPrivileges"}},{"kind":"Field","name":{"kind":"Name","value":"adminRoles"}},{"kind":"Field","name":{"kind":"Name","value":"adminAccessStatus"}}]}}]}}]} as unknown as DocumentNode<PartnersRemoveAdminRoleMutation, PartnersRemoveAdminRoleMutationVariables>;
export const PartnersDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnersDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteRelationshipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRelationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PartnersDeleteMutation, PartnersDeleteMutationVariables>;
export const PartnersListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hasAcceptedCurrentAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"adminPrivileges"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"establishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<PartnersListQuery, PartnersListQueryVariables>;
export const PartnerReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerReferrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"customerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"need"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerReferralsQuery, PartnerReferralsQueryVariables>;
export const ReferralsAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferralsAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReferralsAcceptMutation, ReferralsAcceptMutationVariables>;
export const ReferralsDeclineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferralsDecline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}}]}}]}}]} as unknown as DocumentNode<ReferralsDeclineMutation, ReferralsDeclineMutationVariables>;
export const UsersListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsersList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UsersListQuery, UsersListQueryVariables>;
export const UsersAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UsersAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}}]}}]}}]} as unknown as DocumentNode<UsersAddMutation, UsersAddMutationVariables>;
export const UsersUpdateRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UsersUpdateRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserRolesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUserRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<UsersUpdateRolesMutation, UsersUpdateRolesMutationVariables>;
export const UsersRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UsersRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<UsersRemoveMutation, UsersRemoveMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"program"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;