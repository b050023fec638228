import { AgreementStanding, entityLoader } from '@channelgraph/common';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { AssignmentRecord, assignmentsOfRelationships } from '../store/admin-access-assignments.repository';
import { agreementStandings } from '../store/agreements.repository';
import { indirectLinkEntity, PartnerProjectionRow, relationshipEntity, relationshipRequestEntity } from '../store/entities';
import { partnersByIds } from '../store/partners.repository';

/** Per-request loaders (never shared between requests): N rows on a page cost one query. */
export function createLoaders(dataSource: DataSource) {
  return {
    request: entityLoader(dataSource, relationshipRequestEntity),
    relationship: entityLoader(dataSource, relationshipEntity),
    link: entityLoader(dataSource, indirectLinkEntity),
    partner: new DataLoader<string, PartnerProjectionRow | null>(async (ids) => {
      const rows = await partnersByIds(dataSource.manager, ids);
      const byId = new Map(rows.map((row) => [row.partnerId, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Where each customer stands with the Customer Agreement (R4): N customers, two queries. */
    agreementStanding: new DataLoader<string, AgreementStanding>(async (customerIds) => {
      const standings = await agreementStandings(dataSource.manager, customerIds);
      return customerIds.map((id) => standings.get(id)!);
    }),
    /** B3: each relationship's admin access assignments: N relationships, two queries. */
    adminAccessAssignments: new DataLoader<string, AssignmentRecord[]>(async (relationshipIds) => {
      const byRelationship = await assignmentsOfRelationships(dataSource.manager, relationshipIds);
      return relationshipIds.map((id) => byRelationship.get(id) ?? []);
    }),
  };
}
