import { EntitySchema } from 'typeorm';
import type { LeadStatus } from '../domain/leads';

/** A partner's directory entry (R1). Lists are stored comma-separated; keywords never contain a comma. */
export interface PartnerProfileRow {
  partnerId: string;
  description: string;
  city: string;
  country: string;
  organizationSizes: string[];
  keywords: string[];
  /** Lower-cased words of the legal name, description and keywords, space-padded: what the FULLTEXT index holds. */
  searchText: string;
  updatedAt: Date;
}

export const partnerProfileEntity = new EntitySchema<PartnerProfileRow>({
  name: 'PartnerProfile',
  tableName: 'partner_profile',
  columns: {
    partnerId: { name: 'partner_id', type: 'char', length: 36, primary: true },
    description: { type: 'text' },
    city: { type: 'varchar', length: 100 },
    country: { type: 'char', length: 2 },
    organizationSizes: { name: 'organization_sizes', type: 'simple-array' },
    keywords: { type: 'simple-array' },
    searchText: { name: 'search_text', type: 'text' },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3 },
  },
});

/** A customer's business need sent to the partners it picked (R1: contact selected providers). */
export interface PartnerLeadRow {
  id: string;
  customerTenantId: string;
  createdByUserId: string;
  contactEmail: string;
  need: string;
  createdAt: Date;
}

export const partnerLeadEntity = new EntitySchema<PartnerLeadRow>({
  name: 'PartnerLead',
  tableName: 'partner_lead',
  columns: {
    id: { type: 'char', length: 36, primary: true },
    customerTenantId: { name: 'customer_tenant_id', type: 'char', length: 36 },
    createdByUserId: { name: 'created_by_user_id', type: 'char', length: 36 },
    contactEmail: { name: 'contact_email', type: 'varchar', length: 254 },
    need: { type: 'text' },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
  },
});

export interface PartnerLeadRecipientRow {
  leadId: string;
  partnerId: string;
  /** R18: this partner's own status for the lead. */
  status: LeadStatus;
  answeredAt: Date | null;
  updatedAt: Date | null;
}

export const partnerLeadRecipientEntity = new EntitySchema<PartnerLeadRecipientRow>({
  name: 'PartnerLeadRecipient',
  tableName: 'partner_lead_recipient',
  columns: {
    leadId: { name: 'lead_id', type: 'char', length: 36, primary: true },
    partnerId: { name: 'partner_id', type: 'char', length: 36, primary: true },
    status: { type: 'varchar', length: 16 },
    answeredAt: { name: 'answered_at', type: 'datetime', precision: 3, nullable: true },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3, nullable: true },
  },
});

export const directoryEntities = [partnerProfileEntity, partnerLeadEntity, partnerLeadRecipientEntity];
