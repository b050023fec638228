import type { Connection, PageRequest } from '@channelgraph/common';
import type { DataSource } from 'typeorm';
import type { PartnerRow } from '../store/entities';
import { partnerEnrollmentsPage } from '../store/partners.repository';

/** The applications an operator reviews (R10), in one status or all, optionally those whose legal name holds `search`, a page at a time. */
export function partnerEnrollments(
  deps: { dataSource: DataSource },
  filter: { status?: string | null; search?: string | null },
  page: PageRequest,
): Promise<Connection<PartnerRow>> {
  return partnerEnrollmentsPage(deps.dataSource.manager, filter, page);
}
