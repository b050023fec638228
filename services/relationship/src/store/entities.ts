import { LAST_SEQUENCE_COLUMN } from '@channelgraph/common';
import { EntitySchema } from 'typeorm';
import type { RequestKind, RequestStatus } from '../domain/requests';
import type { AdminRole } from '../domain/admin-roles';
import type { RelationshipRole } from '../domain/roles';
import type { ReferralStatus } from '../domain/referrals';
import type { RelationshipSource } from '../domain/sources';

export interface RelationshipRequestRow {
  id: string;
  kind: RequestKind;
  partnerId: string;
  /** Kept beside the partner id so visibility needs no call to enrollment. */
  partnerTenantId: string;
  indirectProviderId: string | null;
  indirectProviderTenantId: string | null;
  roles: RelationshipRole[];
  status: RequestStatus;
  /** Null for a change of admin access (ADMIN_ACCESS_CHANGE), which goes to the customer's admins. */
  inviteeEmail: string | null;
  /** B1: the admin roles asked with DELEGATED_ADMIN (for ADMIN_ACCESS_CHANGE, every role the partner would hold); empty without it. */
  adminRoles: AdminRole[];
  /** B1: ISO 8601, counted from acceptance; null without delegated admin (or, for a change, when the expiry stays). */
  adminAccessDuration: string | null;
  autoExtend: boolean;
  /** B2: the relationship and customer an ADMIN_ACCESS_CHANGE is about; null for invitations. */
  relationshipId: string | null;
  customerTenantId: string | null;
  /** SHA-256 of the link token; the token itself is never stored. */
  tokenHash: string;
  expiresAt: Date;
  /** The tenant that accepted or declined. */
  respondedByTenantId: string | null;
  /** R18: where the customer came from, given to the relationship this request establishes. */
  source: RelationshipSource;
  /** The directory lead (DIRECTORY_LEAD) or vendor referral (VENDOR_REFERRAL) this invitation answers. */
  leadId: string | null;
  referralId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const relationshipRequestEntity = new EntitySchema<RelationshipRequestRow>({
  name: 'RelationshipRequest',
  tableName: 'relationship_request',
  columns: {
    id: { type: 'char', length: 36, primary: true },
    kind: { type: 'varchar', length: 32 },
    partnerId: { name: 'partner_id', type: 'char', length: 36 },
    partnerTenantId: { name: 'partner_tenant_id', type: 'char', length: 36 },
    indirectProviderId: { name: 'indirect_provider_id', type: 'char', length: 36, nullable: true },
    indirectProviderTenantId: { name: 'indirect_provider_tenant_id', type: 'char', length: 36, nullable: true },
    roles: { type: 'simple-array' },
    status: { type: 'varchar', length: 16 },
    inviteeEmail: { name: 'invitee_email', type: 'varchar', length: 254, nullable: true },
    adminRoles: { name: 'admin_roles', type: 'simple-array' },
    adminAccessDuration: { name: 'admin_access_duration', type: 'varchar', length: 16, nullable: true },
    autoExtend: { name: 'auto_extend', type: 'boolean' },
    relationshipId: { name: 'relationship_id', type: 'char', length: 36, nullable: true },
    customerTenantId: { name: 'customer_tenant_id', type: 'char', length: 36, nullable: true },
    tokenHash: { name: 'token_hash', type: 'char', length: 64, unique: true },
    expiresAt: { name: 'expires_at', type: 'datetime', precision: 3 },
    respondedByTenantId: { name: 'responded_by_tenant_id', type: 'char', length: 36, nullable: true },
    source: { type: 'varchar', length: 24 },
    leadId: { name: 'lead_id', type: 'char', length: 36, nullable: true },
    referralId: { name: 'referral_id', type: 'char', length: 36, nullable: true },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3 },
  },
});

export interface RelationshipRow {
  id: string;
  partnerId: string;
  partnerTenantId: string;
  customerTenantId: string;
  /** Copied from the tenant projection, so the customer list can be searched and ordered by an index. */
  customerName: string;
  customerDomain: string;
  roles: RelationshipRole[];
  status: string;
  /** R2 PARTNER role: the customer's user assigned to work with the partner (a user of `user_projection`). */
  assignedUserId: string | null;
  /** R18: where the customer came from (domain/sources.ts). */
  source: RelationshipSource;
  /** B1: the admin roles granted with DELEGATED_ADMIN; empty without it, and once expired. */
  adminRoles: AdminRole[];
  /** B1: when the admin access ends (or ended: kept once EXPIRED); null without admin access. */
  adminAccessExpiresAt: Date | null;
  autoExtend: boolean;
  /** B1: when the next expiry warning is due (ADMIN_ACCESS_WARNING_DAYS before expiry); null when none is left. */
  adminNextWarningAt: Date | null;
  /** B1: given its expiry by the migration from unlimited delegated admin, not yet announced. */
  adminAccessMigrated: boolean;
  establishedAt: Date;
  updatedAt: Date;
}

export const relationshipEntity = new EntitySchema<RelationshipRow>({
  name: 'Relationship',
  tableName: 'relationship',
  columns: {
    id: { type: 'char', length: 36, primary: true },
    partnerId: { name: 'partner_id', type: 'char', length: 36 },
    partnerTenantId: { name: 'partner_tenant_id', type: 'char', length: 36 },
    customerTenantId: { name: 'customer_tenant_id', type: 'char', length: 36 },
    customerName: { name: 'customer_name', type: 'varchar', length: 200 },
    customerDomain: { name: 'customer_domain', type: 'varchar', length: 253 },
    roles: { type: 'simple-array' },
    status: { type: 'varchar', length: 16 },
    assignedUserId: { name: 'assigned_user_id', type: 'char', length: 36, nullable: true },
    source: { type: 'varchar', length: 24 },
    adminRoles: { name: 'admin_roles', type: 'simple-array' },
    adminAccessExpiresAt: { name: 'admin_access_expires_at', type: 'datetime', precision: 3, nullable: true },
    autoExtend: { name: 'auto_extend', type: 'boolean' },
    adminNextWarningAt: { name: 'admin_next_warning_at', type: 'datetime', precision: 3, nullable: true },
    adminAccessMigrated: { name: 'admin_access_migrated', type: 'boolean' },
    establishedAt: { name: 'established_at', type: 'datetime', precision: 3 },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3 },
  },
});

export interface IndirectLinkRow {
  id: string;
  providerId: string;
  providerTenantId: string;
  resellerId: string;
  resellerTenantId: string;
  status: string;
  providerAdminAccess: boolean;
  establishedAt: Date;
  updatedAt: Date;
}

export const indirectLinkEntity = new EntitySchema<IndirectLinkRow>({
  name: 'IndirectLink',
  tableName: 'indirect_link',
  columns: {
    id: { type: 'char', length: 36, primary: true },
    providerId: { name: 'provider_id', type: 'char', length: 36 },
    providerTenantId: { name: 'provider_tenant_id', type: 'char', length: 36 },
    resellerId: { name: 'reseller_id', type: 'char', length: 36 },
    resellerTenantId: { name: 'reseller_tenant_id', type: 'char', length: 36 },
    status: { type: 'varchar', length: 16 },
    providerAdminAccess: { name: 'provider_admin_access', type: 'boolean' },
    establishedAt: { name: 'established_at', type: 'datetime', precision: 3 },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3 },
  },
});

export interface PartnerProjectionRow {
  partnerId: string;
  tenantId: string;
  program: string;
  status: string;
  legalName: string;
  mpnId: string;
  updatedAt: Date;
  /** The sequence number of the partner's last event applied (docs/events.md). */
  lastSequence: number | null;
}

/** Enrollment's partners as this service knows them from events. */
export const partnerProjectionEntity = new EntitySchema<PartnerProjectionRow>({
  name: 'PartnerProjection',
  tableName: 'partner_projection',
  columns: {
    partnerId: { name: 'partner_id', type: 'char', length: 36, primary: true },
    tenantId: { name: 'tenant_id', type: 'char', length: 36 },
    program: { type: 'varchar', length: 32 },
    status: { type: 'varchar', length: 32 },
    legalName: { name: 'legal_name', type: 'varchar', length: 200 },
    mpnId: { name: 'mpn_id', type: 'varchar', length: 16 },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3 },
    lastSequence: LAST_SEQUENCE_COLUMN,
  },
});

export interface TenantProjectionRow {
  tenantId: string;
  domain: string;
  displayName: string;
  updatedAt: Date;
}

export const tenantProjectionEntity = new EntitySchema<TenantProjectionRow>({
  name: 'TenantProjection',
  tableName: 'tenant_projection',
  columns: {
    tenantId: { name: 'tenant_id', type: 'char', length: 36, primary: true },
    domain: { type: 'varchar', length: 253 },
    displayName: { name: 'display_name', type: 'varchar', length: 200 },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3 },
  },
});

export interface UserProjectionRow {
  userId: string;
  tenantId: string;
  fullName: string;
  email: string;
  /** Kept after removal, so an event about the user arriving late (sign-up and removal travel on different topics) cannot bring them back. */
  removedAt: Date | null;
  updatedAt: Date;
}

/** Enrollment's users as this service knows them from events: who may be assigned to a partner (R2 PARTNER role). */
export const userProjectionEntity = new EntitySchema<UserProjectionRow>({
  name: 'UserProjection',
  tableName: 'user_projection',
  columns: {
    userId: { name: 'user_id', type: 'char', length: 36, primary: true },
    tenantId: { name: 'tenant_id', type: 'char', length: 36 },
    fullName: { name: 'full_name', type: 'varchar', length: 200 },
    email: { type: 'varchar', length: 254 },
    removedAt: { name: 'removed_at', type: 'datetime', precision: 3, nullable: true },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3 },
  },
});

export interface AgreementCurrentRow {
  agreementType: string;
  templateId: string;
  version: string;
  publishedAt: Date;
  /** R4: until when acceptances of `versionsAcceptedUntilDeadline` still count; null: only this version's. */
  reacceptanceDeadline: Date | null;
  versionsAcceptedUntilDeadline: string[];
  /** The sequence number of the agreement type's last publication applied. */
  lastSequence: number | null;
}

export const agreementCurrentEntity = new EntitySchema<AgreementCurrentRow>({
  name: 'AgreementCurrent',
  tableName: 'agreement_current',
  columns: {
    agreementType: { name: 'agreement_type', type: 'varchar', length: 32, primary: true },
    templateId: { name: 'template_id', type: 'char', length: 36 },
    version: { type: 'varchar', length: 32 },
    publishedAt: { name: 'published_at', type: 'datetime', precision: 3 },
    reacceptanceDeadline: { name: 'reacceptance_deadline', type: 'datetime', precision: 3, nullable: true },
    versionsAcceptedUntilDeadline: { name: 'versions_accepted_until_deadline', type: 'simple-json' },
    lastSequence: LAST_SEQUENCE_COLUMN,
  },
});

/** Every published template this service heard of, with its version: acceptance counts per version, whatever the language (R4). */
export interface AgreementTemplateVersionRow {
  templateId: string;
  agreementType: string;
  version: string;
}

export const agreementTemplateVersionEntity = new EntitySchema<AgreementTemplateVersionRow>({
  name: 'AgreementTemplateVersion',
  tableName: 'agreement_template_version',
  columns: {
    templateId: { name: 'template_id', type: 'char', length: 36, primary: true },
    agreementType: { name: 'agreement_type', type: 'varchar', length: 32 },
    version: { type: 'varchar', length: 32 },
  },
});

export interface CustomerAcceptanceRow {
  customerTenantId: string;
  templateId: string;
  /** The accepted template's version; null for an acceptance recorded before versions were kept, of a template never heard of since. */
  version: string | null;
  acceptedAt: Date;
}

export const customerAcceptanceEntity = new EntitySchema<CustomerAcceptanceRow>({
  name: 'CustomerAcceptance',
  tableName: 'customer_acceptance',
  columns: {
    customerTenantId: { name: 'customer_tenant_id', type: 'char', length: 36, primary: true },
    templateId: { name: 'template_id', type: 'char', length: 36, primary: true },
    version: { type: 'varchar', length: 32, nullable: true },
    acceptedAt: { name: 'accepted_at', type: 'datetime', precision: 3 },
  },
});

export interface PendingImportRow {
  mpnId: string;
  customerTenantId: string;
  roles: string[];
  importedAt: Date;
}

/** R16 rows waiting for their partner to become ACTIVE. */
export const pendingImportEntity = new EntitySchema<PendingImportRow>({
  name: 'PendingImport',
  tableName: 'pending_import',
  columns: {
    mpnId: { name: 'mpn_id', type: 'varchar', length: 16, primary: true },
    customerTenantId: { name: 'customer_tenant_id', type: 'char', length: 36, primary: true },
    roles: { type: 'simple-array' },
    importedAt: { name: 'imported_at', type: 'datetime', precision: 3 },
  },
});

/** R18: which partners each directory lead was sent to, and by whom (from enrollment's PartnersContacted). */
export interface LeadProjectionRow {
  leadId: string;
  partnerId: string;
  customerTenantId: string;
  contactEmail: string;
  contactedAt: Date;
}

export const leadProjectionEntity = new EntitySchema<LeadProjectionRow>({
  name: 'LeadProjection',
  tableName: 'lead_projection',
  columns: {
    leadId: { name: 'lead_id', type: 'char', length: 36, primary: true },
    partnerId: { name: 'partner_id', type: 'char', length: 36, primary: true },
    customerTenantId: { name: 'customer_tenant_id', type: 'char', length: 36 },
    contactEmail: { name: 'contact_email', type: 'varchar', length: 254 },
    contactedAt: { name: 'contacted_at', type: 'datetime', precision: 3 },
  },
});

/** R18: a customer the vendor referred to a partner. */
export interface ReferralRow {
  id: string;
  partnerId: string;
  partnerTenantId: string;
  customerEmail: string;
  customerName: string;
  need: string;
  status: ReferralStatus;
  declineReason: string | null;
  /** The invitation the partner sent from it (CONVERTED). */
  requestId: string | null;
  createdByUserId: string;
  expiresAt: Date;
  createdAt: Date;
  updatedAt: Date;
}

export const referralEntity = new EntitySchema<ReferralRow>({
  name: 'Referral',
  tableName: 'referral',
  columns: {
    id: { type: 'char', length: 36, primary: true },
    partnerId: { name: 'partner_id', type: 'char', length: 36 },
    partnerTenantId: { name: 'partner_tenant_id', type: 'char', length: 36 },
    customerEmail: { name: 'customer_email', type: 'varchar', length: 254 },
    customerName: { name: 'customer_name', type: 'varchar', length: 200 },
    need: { type: 'text' },
    status: { type: 'varchar', length: 16 },
    declineReason: { name: 'decline_reason', type: 'text', nullable: true },
    requestId: { name: 'request_id', type: 'char', length: 36, nullable: true },
    createdByUserId: { name: 'created_by_user_id', type: 'char', length: 36 },
    expiresAt: { name: 'expires_at', type: 'datetime', precision: 3 },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3 },
  },
});

/** B3: granted admin roles the partner assigned to named users of its own (admin_access_assignment_user). */
export interface AdminAccessAssignmentRow {
  id: string;
  relationshipId: string;
  partnerId: string;
  adminRoles: AdminRole[];
  createdByUserId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const adminAccessAssignmentEntity = new EntitySchema<AdminAccessAssignmentRow>({
  name: 'AdminAccessAssignment',
  tableName: 'admin_access_assignment',
  columns: {
    id: { type: 'char', length: 36, primary: true },
    relationshipId: { name: 'relationship_id', type: 'char', length: 36 },
    partnerId: { name: 'partner_id', type: 'char', length: 36 },
    adminRoles: { name: 'admin_roles', type: 'simple-array' },
    createdByUserId: { name: 'created_by_user_id', type: 'char', length: 36, nullable: true },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3 },
  },
});

export interface AdminAccessAssignmentUserRow {
  assignmentId: string;
  userId: string;
}

export const adminAccessAssignmentUserEntity = new EntitySchema<AdminAccessAssignmentUserRow>({
  name: 'AdminAccessAssignmentUser',
  tableName: 'admin_access_assignment_user',
  columns: {
    assignmentId: { name: 'assignment_id', type: 'char', length: 36, primary: true },
    userId: { name: 'user_id', type: 'char', length: 36, primary: true },
  },
});

export const entities = [
  relationshipRequestEntity,
  relationshipEntity,
  indirectLinkEntity,
  partnerProjectionEntity,
  tenantProjectionEntity,
  userProjectionEntity,
  agreementCurrentEntity,
  agreementTemplateVersionEntity,
  customerAcceptanceEntity,
  pendingImportEntity,
  leadProjectionEntity,
  referralEntity,
  adminAccessAssignmentEntity,
  adminAccessAssignmentUserEntity,
];
