import { EntityManager, EntitySchema, In, MigrationInterface, QueryRunner } from 'typeorm';
import { TABLE_OPTIONS } from '../store/event-tables';
import { LAST_SEQUENCE_COLUMN, lastSequenceMigration } from '../events/sequence';
import { loaderById } from '../loaders';
import { isUuid } from '../validation';
import type { ProjectedRelationship } from './projection';

/** A service's copy of a relationship (owned by the relationship subgraph), kept from its events: one row per ProjectedRelationship. */
export type RelationshipProjectionRow = ProjectedRelationship;

export const relationshipProjectionEntity = new EntitySchema<RelationshipProjectionRow>({
  name: 'RelationshipProjection',
  tableName: 'relationship_projection',
  columns: {
    id: { type: 'char', length: 36, primary: true },
    partnerId: { name: 'partner_id', type: 'char', length: 36 },
    partnerTenantId: { name: 'partner_tenant_id', type: 'char', length: 36 },
    customerTenantId: { name: 'customer_tenant_id', type: 'char', length: 36 },
    status: { type: 'varchar', length: 16 },
    roles: { type: 'simple-array' },
    changedAt: { name: 'changed_at', type: 'datetime', precision: 3 },
    lastSequence: LAST_SEQUENCE_COLUMN,
  },
});

/**
 * A service's copy of the relationship subgraph's relationships, kept from its
 * events: who is a partner of which customer, so the service can decide who may
 * see or do what for a customer without calling another service. The class
 * name is agreement's original migration's, so its databases see it as done.
 */
export class RelationshipProjection1763900000003 implements MigrationInterface {
  name = 'RelationshipProjection1763900000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE relationship_projection (
        id CHAR(36) NOT NULL,
        partner_id CHAR(36) NOT NULL,
        partner_tenant_id CHAR(36) NOT NULL,
        customer_tenant_id CHAR(36) NOT NULL,
        status VARCHAR(16) NOT NULL,
        roles TEXT NOT NULL,
        changed_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        KEY ix_relationship_customer (customer_tenant_id, status, partner_tenant_id),
        KEY ix_relationship_partner (partner_tenant_id, customer_tenant_id)
      ) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE relationship_projection');
  }
}

/** The relationship projection's events' sequence numbers (docs/events.md, `sequence`). */
export const RelationshipProjectionSequence1765300000001 = lastSequenceMigration('RelationshipProjectionSequence1765300000001', ['relationship_projection']);

/** A relationship as last projected, locked while an event changes it. */
export function projectedRelationship(manager: EntityManager, id: string): Promise<RelationshipProjectionRow | null> {
  return manager.getRepository(relationshipProjectionEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
}

/** Every relationship (ACTIVE or not) between a partner's tenant and a customer. */
export function relationshipsBetween(manager: EntityManager, partnerTenantId: string, customerTenantId: string): Promise<RelationshipProjectionRow[]> {
  // An id that is not a UUID names no customer: no need to ask the database.
  if (!isUuid(customerTenantId)) return Promise.resolve([]);
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

/** Per request: the tenants of each customer's partners with an ACTIVE relationship (null: none), N customers in one query. */
export function activePartnerTenantsLoader(manager: EntityManager) {
  return loaderById<{ id: string; tenantIds: string[] }>(async (ids) =>
    [...(await activePartnerTenantsOf(manager, ids))].map(([id, tenantIds]) => ({ id, tenantIds })),
  );
}
