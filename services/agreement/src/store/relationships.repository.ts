import { EntityManager, In } from 'typeorm';
import { relationshipProjectionEntity, RelationshipProjectionRow } from './entities';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A relationship as last projected, locked while an event changes it. */
export function projectedRelationship(manager: EntityManager, id: string): Promise<RelationshipProjectionRow | null> {
  return manager.getRepository(relationshipProjectionEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
}

/** Every relationship (ACTIVE or not) between a partner's tenant and a customer. */
export function relationshipsBetween(manager: EntityManager, partnerTenantId: string, customerTenantId: string): Promise<RelationshipProjectionRow[]> {
  // An id that is not a UUID names no customer: no need to ask the database.
  if (!UUID.test(customerTenantId)) return Promise.resolve([]);
  return manager.getRepository(relationshipProjectionEntity).findBy({ partnerTenantId, customerTenantId });
}

/** For several customers in one query: the tenants of the partners each has an ACTIVE relationship with. */
export async function activePartnerTenantsOf(manager: EntityManager, customerTenantIds: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await manager.getRepository(relationshipProjectionEntity).find({
    select: { customerTenantId: true, partnerTenantId: true },
    where: { customerTenantId: In([...customerTenantIds]), status: 'ACTIVE' },
  });
  const byCustomer = new Map<string, string[]>();
  for (const row of rows) byCustomer.set(row.customerTenantId, [...(byCustomer.get(row.customerTenantId) ?? []), row.partnerTenantId]);
  return byCustomer;
}
