import type { Principal } from '@channelgraph/common';
import type { DataSource } from 'typeorm';
import { checkMayManageUsers, checkRolesForTenant } from '../domain/roles';
import { firstPartnerOfTenant } from '../store/partners.repository';

/**
 * R11: whether the caller may manage their tenant's users, and give these roles (B4), with the database's word on
 * whether the tenant is an enrolled partner (a sign-in token from before the enrolment does not say so).
 */
export async function checkUserManager(deps: { dataSource: DataSource }, caller: Principal, roles: readonly string[] = []): Promise<Principal> {
  const tenantIsPartner = (await firstPartnerOfTenant(deps.dataSource.manager, caller.tenantId)) !== null;
  checkMayManageUsers(caller.roles, tenantIsPartner);
  checkRolesForTenant(roles, tenantIsPartner);
  return caller;
}
