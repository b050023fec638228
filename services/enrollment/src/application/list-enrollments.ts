import type { Connection, PageRequest } from '@channelgraph/common';
import type { DataSource } from 'typeorm';
import type { PartnerRow } from '../store/entities';
import { partnerEnrollmentsPage } from '../store/partners.repository';

/** The applications an operator reviews (R10), in one status or all, a page at a time. */
export function partnerEnrollments(deps: { dataSource: DataSource }, status: string | null | undefined, page: PageRequest): Promise<Connection<PartnerRow>> {
  return partnerEnrollmentsPage(deps.dataSource.manager, status, page);
}
