import { Connection, DomainError, PageRequest } from '@channelgraph/common';
import type { DataSource } from 'typeorm';
import type { RelationshipSource } from '../domain/sources';
import type { RelationshipRow } from '../store/entities';
import { activeLinkBetween } from '../store/links.repository';
import { activeRelationshipsOfCustomer, activeRelationshipsOfPartner, customersSharedAsResellers } from '../store/relationships.repository';

type Deps = { dataSource: DataSource };

// Customers and partners as each side lists them; who may read a list is the caller's rule (graphql/).

/** R17: a partner's customers, each edge its ACTIVE relationship, by customer name or domain prefix; R18: by source, if asked. */
export function customersOfPartner(
  deps: Deps,
  partnerId: string,
  page: PageRequest,
  search: string | null | undefined,
  source?: RelationshipSource | null,
): Promise<Connection<RelationshipRow>> {
  return activeRelationshipsOfPartner(deps.dataSource.manager, partnerId, page, search, source);
}

/** R3, R6, R7: a customer's partners, each its ACTIVE relationship, oldest first. */
export function partnersOfCustomer(deps: Deps, customerTenantId: string): Promise<RelationshipRow[]> {
  return activeRelationshipsOfCustomer(deps.dataSource.manager, customerTenantId);
}

/**
 * R14 View customers: the customers a reseller shares with one of its ACTIVE indirect providers, where both are
 * resellers of record (R16: the provider's other customers stay hidden). NOT_FOUND for a provider it has no link to.
 */
export async function customersSharedWith(deps: Deps, resellerId: string, providerId: string): Promise<string[]> {
  const { manager } = deps.dataSource;
  if (!(await activeLinkBetween(manager, providerId, resellerId)))
    throw new DomainError('NOT_FOUND', 'This provider is not one of your active indirect providers.');
  return customersSharedAsResellers(manager, resellerId, providerId);
}
