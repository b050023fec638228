import { EntityManager } from 'typeorm';
import { tenantProjectionEntity, TenantProjectionRow } from './entities';

// Enrollment's tenants (names and domains) as this service knows them from events.

export function tenantById(manager: EntityManager, tenantId: string): Promise<TenantProjectionRow | null> {
  return manager.getRepository(tenantProjectionEntity).findOneBy({ tenantId });
}

export async function saveTenant(manager: EntityManager, row: TenantProjectionRow): Promise<void> {
  await manager.getRepository(tenantProjectionEntity).upsert(row, ['tenantId']);
}
