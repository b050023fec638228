import type { Role } from '@channelgraph/common';
import type { Program } from '../domain/enrollment';
import { LAST_SEQUENCE_COLUMN, relationshipProjectionEntity } from '@channelgraph/common';
import { EntitySchema } from 'typeorm';
import { directoryEntities } from './directory.entities';

export interface TenantRow {
  id: string;
  domain: string;
  displayName: string;
  country: string;
  createdAt: Date;
}

export const tenantEntity = new EntitySchema<TenantRow>({
  name: 'Tenant',
  tableName: 'tenant',
  columns: {
    id: { type: 'char', length: 36, primary: true },
    domain: { type: 'varchar', length: 253, unique: true },
    displayName: { name: 'display_name', type: 'varchar', length: 200 },
    country: { type: 'char', length: 2 },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
  },
});

/** The roles a person can hold (SERVICE belongs to service tokens only). */
export type UserRole = Exclude<Role, 'SERVICE'>;

export interface UserRow {
  id: string;
  tenantId: string;
  fullName: string;
  email: string;
  /** scrypt hash; never leaves this service */
  passwordHash: string;
  roles: UserRole[];
  mustChangePassword: boolean;
  /** Raised whenever a role is taken away, so older tokens stop working (common auth/revocations); 0 on a new user. */
  accessVersion?: number;
  createdAt: Date;
  updatedAt: Date;
}

export const userEntity = new EntitySchema<UserRow>({
  name: 'User',
  tableName: 'user_account',
  columns: {
    id: { type: 'char', length: 36, primary: true },
    tenantId: { name: 'tenant_id', type: 'char', length: 36 },
    fullName: { name: 'full_name', type: 'varchar', length: 200 },
    email: { type: 'varchar', length: 254, unique: true },
    passwordHash: { name: 'password_hash', type: 'varchar', length: 255 },
    roles: { type: 'simple-array' },
    mustChangePassword: { name: 'must_change_password', type: 'boolean', default: false },
    accessVersion: { name: 'access_version', type: 'int', default: 0 },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3 },
  },
});

export interface PartnerRow {
  id: string;
  tenantId: string;
  program: Program;
  status: string;
  legalName: string;
  mpnId: string;
  addressLine1: string;
  addressLine2: string | null;
  addressCity: string;
  addressRegion: string | null;
  addressPostalCode: string;
  addressCountry: string;
  primaryFirstName: string;
  primaryLastName: string;
  primaryEmail: string;
  primaryPhone: string;
  primaryVerifiedAt: Date | null;
  supportEmail: string;
  supportPhone: string;
  supportWebsite: string;
  enrolledByUserId: string | null;
  /** The reviewer's own words on the last rejection (OTHER's message, or a note beside the codes). */
  rejectionReason: string | null;
  /** The reasons of the last rejection (domain/enrollment REJECTION_REASON_CODES); null before codes existed or after a resubmission. */
  rejectionReasonCodes: string[] | null;
  createdAt: Date;
  statusChangedAt: Date;
}

const text = (name: string, length: number, nullable = false) => ({ name, type: 'varchar' as const, length, nullable });

export const partnerEntity = new EntitySchema<PartnerRow>({
  name: 'Partner',
  tableName: 'partner',
  columns: {
    id: { type: 'char', length: 36, primary: true },
    tenantId: { name: 'tenant_id', type: 'char', length: 36 },
    program: { type: 'varchar', length: 32 },
    status: { type: 'varchar', length: 32 },
    legalName: text('legal_name', 200),
    mpnId: text('mpn_id', 32),
    addressLine1: text('address_line1', 200),
    addressLine2: text('address_line2', 200, true),
    addressCity: text('address_city', 100),
    addressRegion: text('address_region', 100, true),
    addressPostalCode: text('address_postal_code', 20),
    addressCountry: { name: 'address_country', type: 'char', length: 2 },
    primaryFirstName: text('primary_first_name', 100),
    primaryLastName: text('primary_last_name', 100),
    primaryEmail: text('primary_email', 254),
    primaryPhone: text('primary_phone', 32),
    primaryVerifiedAt: { name: 'primary_verified_at', type: 'datetime', precision: 3, nullable: true },
    supportEmail: text('support_email', 254),
    supportPhone: text('support_phone', 32),
    supportWebsite: text('support_website', 500),
    enrolledByUserId: { name: 'enrolled_by_user_id', type: 'char', length: 36, nullable: true },
    rejectionReason: text('rejection_reason', 1000, true),
    rejectionReasonCodes: {
      name: 'rejection_reason_codes',
      type: 'varchar',
      length: 200,
      nullable: true,
      transformer: {
        to: (codes: string[] | null | undefined) => (codes && codes.length > 0 ? codes.join(',') : null),
        from: (stored: string | null) => (stored ? stored.split(',') : null),
      },
    },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    statusChangedAt: { name: 'status_changed_at', type: 'datetime', precision: 3 },
  },
});

export interface MpnProfileRow {
  mpnId: string;
  organizationName: string;
  country: string;
  status: string;
  updatedAt: Date;
}

export const mpnProfileEntity = new EntitySchema<MpnProfileRow>({
  name: 'MpnProfile',
  tableName: 'mpn_profile',
  columns: {
    mpnId: { name: 'mpn_id', type: 'varchar', length: 16, primary: true },
    organizationName: text('organization_name', 200),
    country: { type: 'char', length: 2 },
    status: { type: 'varchar', length: 16 },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3 },
  },
});

/** A primary-contact verification link: only the SHA-256 of its token is kept; single use, expiring. */
export interface VerificationTokenRow {
  tokenHash: string;
  partnerId: string;
  email: string;
  expiresAt: Date;
  usedAt: Date | null;
  createdAt: Date;
}

export const verificationTokenEntity = new EntitySchema<VerificationTokenRow>({
  name: 'VerificationToken',
  tableName: 'verification_token',
  columns: {
    tokenHash: { name: 'token_hash', type: 'char', length: 64, primary: true },
    partnerId: { name: 'partner_id', type: 'char', length: 36 },
    email: text('email', 254),
    expiresAt: { name: 'expires_at', type: 'datetime', precision: 3 },
    usedAt: { name: 'used_at', type: 'datetime', precision: 3, nullable: true },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
  },
});

/**
 * Token-signing keys (domain/signing-keys): generation n+1 takes over signing at its `signsFrom`;
 * older ones stay, listed in the JWKS, until the tokens they signed have expired.
 */
export interface SigningKeyRow {
  kid: string;
  /** Unique: two instances creating the first key, or two rotations at once, cannot both win. */
  generation: number;
  /** The private JWK, sealed with KEY_ENCRYPTION_KEY (common auth/key-encryption); never stored in the clear. */
  sealedPrivateJwk: string;
  publicJwk: string;
  createdAt: Date;
  signsFrom: Date;
  tokensValidUntil: Date | null;
}

export const signingKeyEntity = new EntitySchema<SigningKeyRow>({
  name: 'SigningKey',
  tableName: 'signing_key',
  columns: {
    kid: { type: 'varchar', length: 64, primary: true },
    generation: { type: 'int', unique: true },
    sealedPrivateJwk: { name: 'sealed_private_jwk', type: 'text' },
    publicJwk: { name: 'public_jwk', type: 'text' },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    signsFrom: { name: 'signs_from', type: 'datetime', precision: 3 },
    tokensValidUntil: { name: 'tokens_valid_until', type: 'datetime', precision: 3, nullable: true },
  },
});

/**
 * A service token issued by a platform operator (DESIGN §8): its id is the token's subject, so
 * revoking it is one access revocation like a removed user's. The token itself is never stored.
 */
export interface ServiceTokenRow {
  id: string;
  name: string;
  createdByUserId: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  revokedByUserId: string | null;
}

export const serviceTokenEntity = new EntitySchema<ServiceTokenRow>({
  name: 'ServiceToken',
  tableName: 'service_token',
  columns: {
    id: { type: 'char', length: 36, primary: true },
    name: { type: 'varchar', length: 63 },
    createdByUserId: { name: 'created_by_user_id', type: 'char', length: 36 },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    expiresAt: { name: 'expires_at', type: 'datetime', precision: 3 },
    revokedAt: { name: 'revoked_at', type: 'datetime', precision: 3, nullable: true },
    revokedByUserId: { name: 'revoked_by_user_id', type: 'char', length: 36, nullable: true },
  },
});

export interface PartnerUserAssignmentRow {
  relationshipId: string;
  /** The customer's user assigned to the partner; null once the assignment ended. */
  userId: string | null;
  partnerTenantId: string;
  /** The sequence number of the relationship's last assignment event applied. */
  lastSequence: number | null;
  changedAt: Date;
}

/**
 * R2 PARTNER role: which customer user each relationship's partner works with, from relationship's
 * events, so the partner's users may read that user (the User entity lookup) and nobody else.
 */
export const partnerUserAssignmentEntity = new EntitySchema<PartnerUserAssignmentRow>({
  name: 'PartnerUserAssignment',
  tableName: 'partner_user_assignment',
  columns: {
    relationshipId: { name: 'relationship_id', type: 'char', length: 36, primary: true },
    userId: { name: 'user_id', type: 'char', length: 36, nullable: true },
    partnerTenantId: { name: 'partner_tenant_id', type: 'char', length: 36 },
    lastSequence: LAST_SEQUENCE_COLUMN,
    changedAt: { name: 'changed_at', type: 'datetime', precision: 3 },
  },
});

export const entities = [
  tenantEntity,
  userEntity,
  partnerEntity,
  signingKeyEntity,
  mpnProfileEntity,
  verificationTokenEntity,
  serviceTokenEntity,
  ...directoryEntities,
  relationshipProjectionEntity,
  partnerUserAssignmentEntity,
];
