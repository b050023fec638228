import { EntitySchema } from 'typeorm';
import type { AcceptanceMethod } from '../domain/acceptance';
import type { PartnerProgram } from '../domain/confirmation';
import type { AgreementType } from '../domain/templates';
import { LAST_SEQUENCE_COLUMN, relationshipProjectionEntity } from '@channelgraph/common';

export interface AgreementTemplateRow {
  id: string;
  type: AgreementType;
  version: string;
  documentUrl: string;
  language: string;
  publishedAt: Date;
  /** The type on the one current row of each type, null on every other: a unique index makes "one current per type" a database rule. */
  currentType: string | null;
  /**
   * When a newer version replaced this one: null on every row (every language) of the current version, so
   * a translation of the current version is current too. An acceptance made before that moment still counts.
   */
  supersededAt: Date | null;
  /** R4: until when acceptances of `versionsAcceptedUntilDeadline` let customers go on transacting; null: they stopped at once. */
  reacceptanceDeadline: Date | null;
  /** The earlier versions whose acceptance counts until the deadline (empty without one); a translation copies both. */
  versionsAcceptedUntilDeadline: string[];
  /** The platform operator who published it; null for the seeded version 1. */
  publishedByUserId: string | null;
  /** When AgreementTemplatePublished was raised for it; null until then (the seeded versions are announced at start-up). */
  announcedAt: Date | null;
}

export const agreementTemplateEntity = new EntitySchema<AgreementTemplateRow>({
  name: 'AgreementTemplate',
  tableName: 'agreement_template',
  columns: {
    id: { type: 'char', length: 36, primary: true },
    type: { type: 'varchar', length: 32 },
    version: { type: 'varchar', length: 32 },
    documentUrl: { name: 'document_url', type: 'varchar', length: 2000 },
    language: { type: 'varchar', length: 16 },
    publishedAt: { name: 'published_at', type: 'datetime', precision: 3 },
    currentType: { name: 'current_type', type: 'varchar', length: 32, nullable: true },
    supersededAt: { name: 'superseded_at', type: 'datetime', precision: 3, nullable: true },
    reacceptanceDeadline: { name: 'reacceptance_deadline', type: 'datetime', precision: 3, nullable: true },
    versionsAcceptedUntilDeadline: { name: 'versions_accepted_until_deadline', type: 'simple-json' },
    publishedByUserId: { name: 'published_by_user_id', type: 'char', length: 36, nullable: true },
    announcedAt: { name: 'announced_at', type: 'datetime', precision: 3, nullable: true },
  },
});

export interface AgreementAcceptanceRow {
  id: string;
  customerTenantId: string;
  templateId: string;
  /** Copied from the template (whose type and version never change): acceptance is per tenant and per version. */
  agreementType: AgreementType;
  version: string;
  method: AcceptanceMethod;
  /** When the customer accepted (for an acceptance carried by an event, when they accepted on the invitation page). */
  acceptedAt: Date;
  /** The customer's user who accepted; null for a partner's confirmation. */
  acceptedByUserId: string | null;
  /** The relationship request whose acceptance carried this one, if it came that way. */
  relationshipRequestId: string | null;
  /** With tenant, type and version, unique: a customer accepts a version once (see CUSTOMER_ACCEPTANCE_KEY), a partner confirms one contact's acceptance once. */
  dedupeKey: string;
  /** The customer's person who accepted, as the confirming partner named them; all null for the customer's own acceptance. */
  contactFirstName: string | null;
  contactLastName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  /** The partner (and its user) that confirmed the acceptance; null for the customer's own acceptance. */
  confirmedByPartnerId: string | null;
  confirmedByUserId: string | null;
  /** When the acceptance was recorded here (a partner confirms some time after the customer agreed). */
  recordedAt: Date;
}

export const agreementAcceptanceEntity = new EntitySchema<AgreementAcceptanceRow>({
  name: 'AgreementAcceptance',
  tableName: 'agreement_acceptance',
  columns: {
    id: { type: 'char', length: 36, primary: true },
    customerTenantId: { name: 'customer_tenant_id', type: 'char', length: 36 },
    templateId: { name: 'template_id', type: 'char', length: 36 },
    agreementType: { name: 'agreement_type', type: 'varchar', length: 32 },
    version: { type: 'varchar', length: 32 },
    method: { type: 'varchar', length: 32 },
    acceptedAt: { name: 'accepted_at', type: 'datetime', precision: 3 },
    acceptedByUserId: { name: 'accepted_by_user_id', type: 'char', length: 36, nullable: true },
    relationshipRequestId: { name: 'relationship_request_id', type: 'char', length: 36, nullable: true },
    dedupeKey: { name: 'dedupe_key', type: 'varchar', length: 100 },
    contactFirstName: { name: 'contact_first_name', type: 'varchar', length: 100, nullable: true },
    contactLastName: { name: 'contact_last_name', type: 'varchar', length: 100, nullable: true },
    contactEmail: { name: 'contact_email', type: 'varchar', length: 254, nullable: true },
    contactPhone: { name: 'contact_phone', type: 'varchar', length: 32, nullable: true },
    confirmedByPartnerId: { name: 'confirmed_by_partner_id', type: 'char', length: 36, nullable: true },
    confirmedByUserId: { name: 'confirmed_by_user_id', type: 'char', length: 36, nullable: true },
    recordedAt: { name: 'recorded_at', type: 'datetime', precision: 3 },
  },
});

/** A partner as agreement knows it from enrollment's PartnerActivated: its programme decides whether it may confirm acceptances (R4). */
export interface PartnerProjectionRow {
  partnerId: string;
  tenantId: string;
  program: PartnerProgram;
  /** When the operator approved it (the event's activatedAt). */
  activatedAt: Date;
  /** The sequence number of the partner's latest event applied (null: it carried none). */
  lastSequence: number | null;
}

export const partnerProjectionEntity = new EntitySchema<PartnerProjectionRow>({
  name: 'PartnerProjection',
  tableName: 'partner_projection',
  columns: {
    partnerId: { name: 'partner_id', type: 'char', length: 36, primary: true },
    tenantId: { name: 'tenant_id', type: 'char', length: 36 },
    program: { type: 'varchar', length: 32 },
    activatedAt: { name: 'activated_at', type: 'datetime', precision: 3 },
    lastSequence: LAST_SEQUENCE_COLUMN,
  },
});

export const entities = [agreementTemplateEntity, agreementAcceptanceEntity, relationshipProjectionEntity, partnerProjectionEntity];
