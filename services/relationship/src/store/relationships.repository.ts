import { Connection, cursorPosition, listOf, PageRequest, toConnection } from '@channelgraph/common';
import { EntityManager } from 'typeorm';
import type { RelationshipSource } from '../domain/sources';
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

/** A customer's ACTIVE relationships, oldest first. */
export function activeRelationshipsOfCustomer(manager: EntityManager, customerTenantId: string): Promise<RelationshipRow[]> {
  return manager.getRepository(relationshipEntity).find({ where: { customerTenantId, status: 'ACTIVE' }, order: { establishedAt: 'ASC' } });
}

/**
 * One page of a partner's ACTIVE relationships (R17), by customer name then id,
 * with (name, id) keyset cursors; `search` keeps those whose customer name or
 * domain starts with it, `source` those that came that way (R18; the index
 * (partner_id, status, source, customer_name, id) serves that list and its order).
 */
export async function activeRelationshipsOfPartner(
  manager: EntityManager,
  partnerId: string,
  page: PageRequest,
  search: string | null | undefined,
  source?: RelationshipSource | null,
): Promise<Connection<RelationshipRow>> {
  const query = manager.getRepository(relationshipEntity).createQueryBuilder('r').where("r.partner_id = :partnerId AND r.status = 'ACTIVE'", { partnerId });
  if (source) query.andWhere('r.source = :source', { source });
  const prefix = search?.trim().toLowerCase();
  if (prefix) query.andWhere('(r.customer_name LIKE :prefix OR r.customer_domain LIKE :prefix)', { prefix: `${prefix.replace(/[%_\\]/g, '\\$&')}%` });
  const list = listOf(query);
  const position = cursorPosition(page, list, ['text', 'uuid']);
  const totalCount = await query.clone().getCount();
  if (position) {
    const [name, id] = position as [string, string];
    // The first term is redundant but lets the index range start at the cursor instead of the partner's first row.
    query.andWhere('r.customer_name >= :name AND (r.customer_name > :name OR r.id > :id)', { name, id });
  }
  const rows = await query
    .orderBy('r.customer_name', 'ASC')
    .addOrderBy('r.id', 'ASC')
    .take(page.first + 1)
    .getMany();
  return toConnection(rows, page, totalCount, list, (row) => [row.customerName, row.id]);
}

/**
 * R14/R16: the customer tenant ids where both the reseller and the provider are
 * ACTIVE resellers of record, by the reseller's customer name; the provider's
 * other customers stay hidden. `roles` holds the role names joined by commas
 * (TypeORM's simple-array), so FIND_IN_SET tests for the RESELLER role itself.
 */
export async function customersSharedAsResellers(manager: EntityManager, resellerId: string, providerId: string): Promise<string[]> {
  const rows: Array<{ customer_tenant_id: string }> = await manager.query(
    `SELECT mine.customer_tenant_id FROM relationship mine
     JOIN relationship theirs ON theirs.customer_tenant_id = mine.customer_tenant_id AND theirs.partner_id = ? AND theirs.status = 'ACTIVE'
     WHERE mine.partner_id = ? AND mine.status = 'ACTIVE' AND FIND_IN_SET('RESELLER', mine.roles) > 0 AND FIND_IN_SET('RESELLER', theirs.roles) > 0
     ORDER BY mine.customer_name, mine.customer_tenant_id`,
    [providerId, resellerId],
  );
  return rows.map((row) => row.customer_tenant_id);
}

/** R2 PARTNER role: the relationships a user is assigned to, locked while the assignments end. */
export function relationshipsAssignedToForUpdate(manager: EntityManager, userId: string): Promise<RelationshipRow[]> {
  return manager.getRepository(relationshipEntity).find({ where: { assignedUserId: userId }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
}

/**
 * B1, for the sweep: ACTIVE relationships matching `where`, oldest expiry first, locked; rows another instance's
 * sweep holds are skipped rather than waited for (it is handling them).
 */
function sweepBatch(manager: EntityManager, where: string, params: Record<string, unknown>, batch: number): Promise<RelationshipRow[]> {
  return manager
    .getRepository(relationshipEntity)
    .createQueryBuilder('r')
    .where(`r.status = 'ACTIVE' AND r.admin_roles <> '' AND ${where}`, params)
    .orderBy('r.admin_access_expires_at', 'ASC')
    .addOrderBy('r.id', 'ASC')
    .take(batch)
    .setLock('pessimistic_write')
    .setOnLocked('skip_locked')
    .getMany();
}

/** Granted admin access whose expiry has come (index ix_relationship_admin_expiry). */
export const adminAccessDueToEnd = (manager: EntityManager, now: Date, batch: number) =>
  sweepBatch(manager, 'r.admin_access_expires_at <= :now', { now }, batch);

/** Granted admin access whose next warning is due (index ix_relationship_admin_warning). */
export const adminAccessDueForWarning = (manager: EntityManager, now: Date, batch: number) =>
  sweepBatch(manager, 'r.admin_next_warning_at <= :now AND r.admin_access_expires_at > :now', { now }, batch);

/** Admin access the migration from unlimited delegated admin gave an expiry, not yet announced. */
export function migratedAdminAccess(manager: EntityManager, batch: number): Promise<RelationshipRow[]> {
  return manager
    .getRepository(relationshipEntity)
    .createQueryBuilder('r')
    .where('r.admin_access_migrated = 1')
    .orderBy('r.id', 'ASC')
    .take(batch)
    .setLock('pessimistic_write')
    .setOnLocked('skip_locked')
    .getMany();
}

export function relationshipById(manager: EntityManager, id: string): Promise<RelationshipRow | null> {
  return manager.getRepository(relationshipEntity).findOneBy({ id });
}

/** B1: a window of admin access expiries, as the Expiring admin access page filters it: [from, to), either side open. */
export interface ExpiryWindow {
  after?: Date;
  atOrBefore?: Date;
}

function adminAccessQuery(manager: EntityManager, partnerId: string, window: ExpiryWindow) {
  const query = manager
    .getRepository(relationshipEntity)
    .createQueryBuilder('r')
    .where("r.partner_id = :partnerId AND r.status = 'ACTIVE' AND r.admin_access_expires_at IS NOT NULL", { partnerId });
  if (window.after) query.andWhere('r.admin_access_expires_at > :after', { after: window.after });
  if (window.atOrBefore) query.andWhere('r.admin_access_expires_at <= :atOrBefore', { atOrBefore: window.atOrBefore });
  return query;
}

/**
 * B1: one page of a partner's relationships with admin access held or expired, soonest expiry first, keyset by
 * (expiry, id) on the index (partner_id, admin_access_expires_at, id).
 */
export async function adminAccessOfPartner(
  manager: EntityManager,
  partnerId: string,
  window: ExpiryWindow,
  page: PageRequest,
  /** The filter as asked (not its instants, which move with the clock), so a page's cursor fits the next request. */
  filter: string,
): Promise<Connection<RelationshipRow>> {
  const query = adminAccessQuery(manager, partnerId, window);
  const list = JSON.stringify(['adminAccess', partnerId, filter]);
  const position = cursorPosition(page, list, ['timestamp', 'uuid']);
  const totalCount = await query.clone().getCount();
  if (position) {
    const [at, id] = position as [string, string];
    query.andWhere('(r.admin_access_expires_at > :at OR (r.admin_access_expires_at = :at AND r.id > :id))', { at: new Date(at), id });
  }
  const rows = await query
    .orderBy('r.admin_access_expires_at', 'ASC')
    .addOrderBy('r.id', 'ASC')
    .take(page.first + 1)
    .getMany();
  return toConnection(rows, page, totalCount, list, (row) => [(row.adminAccessExpiresAt as Date).toISOString(), row.id]);
}

/** How many of a partner's admin accesses fall in each window. */
export function countAdminAccess(manager: EntityManager, partnerId: string, window: ExpiryWindow): Promise<number> {
  return adminAccessQuery(manager, partnerId, window).getCount();
}
