import type { Principal } from '@channelgraph/common';
import type { DataSource } from 'typeorm';
import { checkMayManageUsers } from '../domain/roles';
import { firstPartnerOfTenant } from '../store/partners.repository';

/**
 * R11: whether the caller may manage their tenant's users, with the database's word on whether the tenant is an
 * enrolled partner (a sign-in token from before the enrolment does not say so).
 */
export async function checkUserManager(deps: { dataSource: DataSource }, caller: Principal): Promise<Principal> {
  checkMayManageUsers(caller.roles, (await firstPartnerOfTenant(deps.dataSource.manager, caller.tenantId)) !== null);
  return caller;
}
