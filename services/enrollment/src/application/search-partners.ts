import { Connection, PageRequest } from '@channelgraph/common';
import type { DataSource } from 'typeorm';
import { SearchFilterInput, validateSearchFilter } from '../domain/directory';
import { directoryPage } from '../store/directory.repository';
import type { PartnerRow } from '../store/entities';

/**
 * R1: the directory of ACTIVE partners with a business profile, filtered by
 * country, city and organisation size; with keywords, best match first.
 * Pages are keyset pages, so a deep page costs what the first does.
 */
export function searchPartners(
  deps: { dataSource: DataSource },
  input: SearchFilterInput | null | undefined,
  page: PageRequest,
): Promise<Connection<PartnerRow>> {
  return directoryPage(deps.dataSource.manager, validateSearchFilter(input), page);
}
