import type { AgreementStanding } from '@channelgraph/common';
import {
  entityLoader,
  forbidden,
  hasRole,
  Links,
  Operation,
  Principal,
  requireAccess,
  RequestContextBase,
  Role,
  Throttle,
  UnitOfWork,
} from '@channelgraph/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { indirectLinkEntity, PartnerProjectionRow, relationshipEntity, relationshipRequestEntity, RelationshipRequestRow } from '../store/entities';
import { partnersByIds } from '../store/partners.repository';
import { agreementStandings } from '../store/agreements.repository';

export interface RelationshipDeps {
  dataSource: DataSource;
  unitOfWork: UnitOfWork;
  links: Links;
  requestTtlDays: number;
  invitationThrottle: Throttle;
}

/** A request as the graph serves it; only its creator's response carries the link and the draft (R17). */
export type RelationshipRequestView = RelationshipRequestRow & { invitationUrl?: string; emailDraft?: { subject: string; body: string } };

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
  };
}

export interface RelationshipContext extends RequestContextBase {
  loaders: ReturnType<typeof createLoaders>;
}

/** Only the tenants a record concerns (and platform operators) may see it. */
export const visibleTo = (principal: Principal, ...tenantIds: Array<string | null>) =>
  tenantIds.includes(principal.tenantId) || hasRole(principal, Role.PLATFORM_OPERATOR);

/** A partner's own lists (customers, links, invitations) are for its own tenant and operators: FORBIDDEN for anyone else. */
export async function mayReadPartnerLists(ctx: RelationshipContext, partnerId: string, field: Operation): Promise<Principal> {
  const principal = requireAccess(ctx.principal, field);
  const partner = await ctx.loaders.partner.load(partnerId);
  if (!partner || !visibleTo(principal, partner.tenantId)) throw forbidden('Only the partner’s own users can see its customers, links and invitations.');
  return principal;
}
