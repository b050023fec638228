import { EntityManager } from 'typeorm';
import { OPERATIONS_TENANT_DOMAIN } from '../domain/operations-tenant';
import { tenantEntity, TenantRow } from './entities';

/** A tenant by id; locked when `lock` (e.g. to count its leads without a race). */
export function tenantById(manager: EntityManager, id: string, lock = false): Promise<TenantRow | null> {
  return manager.getRepository(tenantEntity).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
}

/** A tenant that must exist (a signed-in caller's own). */
export function existingTenant(manager: EntityManager, id: string): Promise<TenantRow> {
  return manager.getRepository(tenantEntity).findOneByOrFail({ id });
}

export function tenantWithDomainExists(manager: EntityManager, domain: string): Promise<boolean> {
  return manager.getRepository(tenantEntity).existsBy({ domain });
}

export function tenantByDomain(manager: EntityManager, domain: string): Promise<TenantRow | null> {
  return manager.getRepository(tenantEntity).findOneBy({ domain });
}

/** The platform's own operations tenant (made with the operator account on first start). */
export function operationsTenant(manager: EntityManager): Promise<TenantRow> {
  return manager.getRepository(tenantEntity).findOneByOrFail({ domain: OPERATIONS_TENANT_DOMAIN });
}

export async function insertTenant(manager: EntityManager, tenant: TenantRow): Promise<void> {
  await manager.getRepository(tenantEntity).insert(tenant);
}
