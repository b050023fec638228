import { isNewerThanApplied, ReceivedEvent, sequenceAfter, TenantSignedUpV1 } from '@channelgraph/common';
import type { EntityManager } from 'typeorm';
import type { AdminBehind } from '../domain/agreement.emails';
import type { TenantAdmin, TenantUser } from '../domain/recipients';
import { tenantUserEntity, TenantUserRow } from './projection.entities';

export type UserFacts = Omit<TenantUserRow, 'updatedAt' | 'lastSequence'>;

/** Inserts the row unless the user is already known; true when it did. */
async function insertIfNew(manager: EntityManager, row: UserFacts, lastSequence: number | null): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(tenantUserEntity)
    .values({ ...row, updatedAt: new Date(), lastSequence })
    .orIgnore()
    .execute();
  return (result.raw as { affectedRows?: number }).affectedRows === 1;
}

/**
 * Applies one of the user's own events (keyed by the user, sequenced): a new
 * user gets a row; a known one takes the changes unless a later event of the
 * user was applied already, and a removed user stays removed unless the event
 * is the removal.
 */
export async function applyUserEvent(manager: EntityManager, event: ReceivedEvent, created: UserFacts, changes: Partial<UserFacts>): Promise<void> {
  if (await insertIfNew(manager, created, event.sequence ?? null)) return;
  const repository = manager.getRepository(tenantUserEntity);
  const known = await repository.findOne({ where: { userId: created.userId }, lock: { mode: 'pessimistic_write' } });
  if (!known || !isNewerThanApplied(event, known.lastSequence)) return;
  if (known.removedAt && !changes.removedAt) return;
  await repository.update({ userId: created.userId }, { ...changes, updatedAt: new Date(), lastSequence: sequenceAfter(event, known.lastSequence) });
}

/**
 * The sign-up's global admin, from the tenant topic, which Kafka does not
 * order against the user topic. Its sequence counts the tenant's events, not
 * the user's, so it is not compared: the row is created if the user is new,
 * else only the address is filled in, and roles already known (newer than the
 * sign-up's) and a removal stay.
 */
export async function rememberSignUpAdmin(manager: EntityManager, data: TenantSignedUpV1): Promise<void> {
  const admin = {
    userId: data.admin.userId,
    tenantId: data.tenantId,
    email: data.admin.email,
    fullName: data.admin.fullName,
    roles: ['GLOBAL_ADMIN'],
    removedAt: null,
  };
  if (await insertIfNew(manager, admin, null)) return;
  const repository = manager.getRepository(tenantUserEntity);
  const known = await repository.findOne({ where: { userId: admin.userId }, lock: { mode: 'pessimistic_write' } });
  if (known && !known.removedAt) await repository.update({ userId: admin.userId }, { email: admin.email, fullName: admin.fullName, updatedAt: new Date() });
}

interface AdminRow {
  tenant_id: string;
  email: string;
  full_name: string | null;
}

const toAdmin = (row: AdminRow): TenantAdmin => ({ tenantId: row.tenant_id, email: row.email, fullName: row.full_name });

/** The current GLOBAL_ADMINs of a tenant whose address is known, by address. */
export async function globalAdminsOf(manager: EntityManager, tenantId: string): Promise<TenantAdmin[]> {
  const rows: AdminRow[] = await manager.query(
    `SELECT tenant_id, email, full_name FROM tenant_user
     WHERE tenant_id = ? AND removed_at IS NULL AND email IS NOT NULL AND FIND_IN_SET('GLOBAL_ADMIN', roles) > 0
     ORDER BY email`,
    [tenantId],
  );
  return rows.map(toAdmin);
}

/** The current users of a tenant whose address is known and who hold any of `roles`, with their roles, by address. */
export async function usersWithRolesOf(manager: EntityManager, tenantId: string, roles: readonly string[]): Promise<TenantUser[]> {
  if (roles.length === 0) return [];
  const rows: Array<AdminRow & { roles: string }> = await manager.query(
    `SELECT tenant_id, email, full_name, roles FROM tenant_user
     WHERE tenant_id = ? AND removed_at IS NULL AND email IS NOT NULL AND (${roles.map(() => 'FIND_IN_SET(?, roles) > 0').join(' OR ')})
     ORDER BY email`,
    [tenantId, ...roles],
  );
  return rows.map((row) => ({ ...toAdmin(row), roles: row.roles ? row.roles.split(',') : [] }));
}

/** GLOBAL_ADMINs of every customer whose latest accepted Customer Agreement is not `version` (in any language), by tenant and address. */
export async function globalAdminsOfCustomersBehindOn(manager: EntityManager, version: string): Promise<AdminBehind[]> {
  const rows: Array<AdminRow & { version: string | null }> = await manager.query(
    `SELECT u.tenant_id, u.email, u.full_name, a.version FROM agreement_acceptance a
     JOIN tenant_user u ON u.tenant_id = a.customer_tenant_id
     WHERE a.agreement_type = 'CUSTOMER_AGREEMENT' AND NOT (a.version <=> ?)
       AND u.removed_at IS NULL AND u.email IS NOT NULL AND FIND_IN_SET('GLOBAL_ADMIN', u.roles) > 0
     ORDER BY u.tenant_id, u.email`,
    [version],
  );
  return rows.map((row) => ({ ...toAdmin(row), acceptedVersion: row.version }));
}
