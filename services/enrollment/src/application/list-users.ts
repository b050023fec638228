import type { Connection, PageRequest } from '@channelgraph/common';
import type { DataSource } from 'typeorm';
import type { UserRow } from '../store/entities';
import { usersOfTenantPage } from '../store/users.repository';

/** A tenant's users, a page at a time (who may read them is the caller's rule). */
export function usersOfTenant(deps: { dataSource: DataSource }, tenantId: string, page: PageRequest): Promise<Connection<UserRow>> {
  return usersOfTenantPage(deps.dataSource.manager, tenantId, page);
}
