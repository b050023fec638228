import { LAST_SEQUENCE_COLUMN } from '@channelgraph/common';
import { EntitySchema } from 'typeorm';

/**
 * What notification remembers of other services' facts, from their events,
 * so it can address emails those events do not carry an address for.
 */

/** A partner's primary contact, as enrollment last announced it. */
export interface PartnerContactRow {
  partnerId: string;
  tenantId: string;
  legalName: string;
  firstName: string;
  email: string;
  updatedAt: Date;
  /** The sequence number of the partner's last event applied. */
  lastSequence: number | null;
}

export const partnerContactEntity = new EntitySchema<PartnerContactRow>({
  name: 'PartnerContact',
  tableName: 'partner_contact',
  columns: {
    partnerId: { name: 'partner_id', type: 'char', length: 36, primary: true },
    tenantId: { name: 'tenant_id', type: 'char', length: 36 },
    legalName: { name: 'legal_name', type: 'varchar', length: 200 },
    firstName: { name: 'first_name', type: 'varchar', length: 100 },
    email: { type: 'varchar', length: 254 },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3 },
    lastSequence: LAST_SEQUENCE_COLUMN,
  },
});

/**
 * A user of a tenant. Email and name are null until an event that carries
 * them arrives (roles can be announced first, on another topic); a removed
 * user stays as a tombstone without personal data, so that a late event from
 * another topic cannot bring them back as a recipient.
 */
export interface TenantUserRow {
  userId: string;
  tenantId: string;
  email: string | null;
  fullName: string | null;
  roles: string[];
  removedAt: Date | null;
  updatedAt: Date;
  /** The sequence number of the user's last user-topic event applied (the sign-up event counts on its tenant). */
  lastSequence: number | null;
}

export const tenantUserEntity = new EntitySchema<TenantUserRow>({
  name: 'TenantUser',
  tableName: 'tenant_user',
  columns: {
    userId: { name: 'user_id', type: 'char', length: 36, primary: true },
    tenantId: { name: 'tenant_id', type: 'char', length: 36 },
    email: { type: 'varchar', length: 254, nullable: true },
    fullName: { name: 'full_name', type: 'varchar', length: 200, nullable: true },
    roles: { type: 'simple-array' },
    removedAt: { name: 'removed_at', type: 'datetime', precision: 3, nullable: true },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3 },
    lastSequence: LAST_SEQUENCE_COLUMN,
  },
});

/** The latest agreement version a customer accepted, per agreement type. */
export interface AgreementAcceptanceRow {
  customerTenantId: string;
  agreementType: string;
  templateId: string;
  /** The accepted version (any language of it); null for acceptances projected before versions were kept. */
  version: string | null;
  acceptedAt: Date;
  /** The sequence number of the customer's last acceptance event applied. */
  lastSequence: number | null;
}

export const agreementAcceptanceEntity = new EntitySchema<AgreementAcceptanceRow>({
  name: 'AgreementAcceptance',
  tableName: 'agreement_acceptance',
  columns: {
    customerTenantId: { name: 'customer_tenant_id', type: 'char', length: 36, primary: true },
    agreementType: { name: 'agreement_type', type: 'varchar', length: 32, primary: true },
    templateId: { name: 'template_id', type: 'char', length: 36 },
    version: { type: 'varchar', length: 32, nullable: true },
    acceptedAt: { name: 'accepted_at', type: 'datetime', precision: 3 },
    lastSequence: LAST_SEQUENCE_COLUMN,
  },
});

export const projectionEntities = [partnerContactEntity, tenantUserEntity, agreementAcceptanceEntity];
