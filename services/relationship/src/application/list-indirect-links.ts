import type { DataSource } from 'typeorm';
import type { IndirectLinkRow } from '../store/entities';
import { activeLinksOfProvider, activeLinksOfReseller } from '../store/links.repository';

type Deps = { dataSource: DataSource };

/** R13: the ACTIVE links of a reseller to its indirect providers, oldest first. */
export function providersOfReseller(deps: Deps, resellerId: string): Promise<IndirectLinkRow[]> {
  return activeLinksOfReseller(deps.dataSource.manager, resellerId);
}

/** R13: the ACTIVE links of an indirect provider to its resellers, oldest first. */
export function resellersOfProvider(deps: Deps, providerId: string): Promise<IndirectLinkRow[]> {
  return activeLinksOfProvider(deps.dataSource.manager, providerId);
}
