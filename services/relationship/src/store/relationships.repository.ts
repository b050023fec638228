import { EntityManager } from 'typeorm';
import { relationshipEntity, RelationshipRow } from './entities';

export type RelationshipSide = 'customer' | 'partner';

/** The relationship with this id on which the tenant is the given side, locked for a change; null if there is none. */
export function relationshipOfTenantForUpdate(manager: EntityManager, id: string, side: RelationshipSide, tenantId: string): Promise<RelationshipRow | null> {
  const where = side === 'customer' ? { id, customerTenantId: tenantId } : { id, partnerTenantId: tenantId };
  return manager.getRepository(relationshipEntity).findOne({ where, lock: { mode: 'pessimistic_write' } });
}

/** The one relationship of a partner with a customer, whatever its status. */
export function relationshipBetween(manager: EntityManager, partnerId: string, customerTenantId: string): Promise<RelationshipRow | null> {
  return manager.getRepository(relationshipEntity).findOneBy({ partnerId, customerTenantId });
}

/** The same, locked while it is established again or changed. */
export function relationshipBetweenForUpdate(manager: EntityManager, partnerId: string, customerTenantId: string): Promise<RelationshipRow | null> {
  return manager.getRepository(relationshipEntity).findOne({ where: { partnerId, customerTenantId }, lock: { mode: 'pessimistic_write' } });
}

export async function saveRelationship(manager: EntityManager, row: RelationshipRow): Promise<void> {
  await manager.getRepository(relationshipEntity).save(row);
}

/** Copies a customer's name and domain onto its relationships, those made before the name was known too. */
export async function copyCustomerName(manager: EntityManager, customerTenantId: string, customerName: string, customerDomain: string): Promise<void> {
  await manager.getRepository(relationshipEntity).update({ customerTenantId }, { customerName, customerDomain });
}
