import { activePartnerTenantsLoader, entityLoader } from '@channelgraph/common';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { PartnerProfileRow } from '../store/directory.entities';
import { profilesOfPartners } from '../store/directory.repository';
import { partnerEntity, PartnerRow, tenantEntity, userEntity } from '../store/entities';
import { partnerTenantsAssignedTo } from '../store/partner-user-assignments.repository';
import { firstPartnersOfTenants } from '../store/partners.repository';

/** Per-request loaders (never shared between requests): N rows on a page cost one query. */
export function createLoaders(dataSource: DataSource) {
  const { manager } = dataSource;
  return {
    tenant: entityLoader(dataSource, tenantEntity),
    user: entityLoader(dataSource, userEntity),
    partner: entityLoader(dataSource, partnerEntity),
    /** A tenant's first enrolment: the partner its users work for. */
    partnerOfTenant: new DataLoader<string, PartnerRow | null>(async (tenantIds) => {
      const byTenant = await firstPartnersOfTenants(manager, tenantIds);
      return tenantIds.map((id) => byTenant.get(id) ?? null);
    }),
    /** Each partner's directory entry (R1), null for a partner without one. */
    businessProfile: new DataLoader<string, PartnerProfileRow | null>(async (partnerIds) => {
      const byPartner = new Map((await profilesOfPartners(manager, partnerIds)).map((row) => [row.partnerId, row]));
      return partnerIds.map((id) => byPartner.get(id) ?? null);
    }),
    /** The tenants of each customer's partners with an ACTIVE relationship, as relationship's events told enrollment. */
    activePartnerTenants: activePartnerTenantsLoader(manager),
    /** R2 PARTNER role: the tenants of the partners each user is assigned to (empty: none). */
    assignedPartnerTenants: new DataLoader<string, string[]>(async (userIds) => {
      const byUser = await partnerTenantsAssignedTo(manager, userIds);
      return userIds.map((id) => byUser.get(id) ?? []);
    }),
  };
}
