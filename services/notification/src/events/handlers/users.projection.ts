import { isNewerThanApplied, ReceivedEvent, sequenceAfter, Subscriptions, TenantSignedUpV1 } from '@channelgraph/common';
import type { EntityManager } from 'typeorm';
import { tenantUserEntity, TenantUserRow } from '../../store/projection.entities';
import { tenantAdminsKnown } from './awaited-facts';
import type { Recipient, RecipientLookup } from './email.handler';

type UserFacts = Omit<TenantUserRow, 'updatedAt' | 'lastSequence'>;

/** Inserts the row unless the user is already known; true when it did. */
async function insertIfNew(manager: EntityManager, row: UserFacts, lastSequence: number | null): Promise<boolean> {
  const result = await manager.createQueryBuilder().insert().into(tenantUserEntity).values({ ...row, updatedAt: new Date(), lastSequence }).orIgnore().execute();
  return (result.raw as { affectedRows?: number }).affectedRows === 1;
}

/**
 * Applies one of the user's own events (keyed by the user, sequenced): a new
 * user gets a row; a known one takes the changes unless a later event of the
 * user was applied already, and a removed user stays removed unless the event
 * is the removal.
 */
async function applyUserEvent(manager: EntityManager, event: ReceivedEvent, created: UserFacts, changes: Partial<UserFacts>): Promise<void> {
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
async function rememberSignUpAdmin(manager: EntityManager, data: TenantSignedUpV1): Promise<void> {
  const admin = { userId: data.admin.userId, tenantId: data.tenantId, email: data.admin.email, fullName: data.admin.fullName, roles: ['GLOBAL_ADMIN'], removedAt: null };
  if (await insertIfNew(manager, admin, null)) return;
  const repository = manager.getRepository(tenantUserEntity);
  const known = await repository.findOne({ where: { userId: admin.userId }, lock: { mode: 'pessimistic_write' } });
  if (known && !known.removedAt) await repository.update({ userId: admin.userId }, { email: admin.email, fullName: admin.fullName, updatedAt: new Date() });
}

/** Who may receive a tenant's emails: enrollment's users, from its events. */
export const userProjections: Subscriptions = {
  'channelgraph.enrollment.TenantSignedUp.v1': async (event, { manager }) => {
    await rememberSignUpAdmin(manager, event.data);
  },
  'channelgraph.enrollment.UserAdded.v1': async (event, { manager }) => {
    const { userId, tenantId, email, fullName, roles } = event.data;
    await applyUserEvent(manager, event, { userId, tenantId, email, fullName, roles, removedAt: null }, { email, fullName });
  },
  // Roles only: the address comes from the user's earlier event (or a later sign-up event on the tenant topic).
  'channelgraph.enrollment.UserRolesChanged.v1': async (event, { manager }) => {
    const { userId, tenantId, roles } = event.data;
    await applyUserEvent(manager, event, { userId, tenantId, email: null, fullName: null, roles, removedAt: null }, { roles });
  },
  // A tombstone without personal data rather than a delete, so no late event brings the user back.
  'channelgraph.enrollment.UserRemoved.v1': async (event, { manager }) => {
    const { userId, tenantId } = event.data;
    const tombstone = { email: null, fullName: null, roles: [], removedAt: new Date() };
    await applyUserEvent(manager, event, { userId, tenantId, ...tombstone }, tombstone);
  },
};

/** The facts a user event makes known: who the tenant's global admins are (perhaps a first one). */
export const tenantAdminFacts = (event: ReceivedEvent<{ tenantId: string }>) => [tenantAdminsKnown(event.data.tenantId)];

export interface AdminRow { tenant_id: string; email: string; full_name: string | null }

export const toRecipient = (row: AdminRow): Recipient => ({ email: row.email, name: row.full_name ?? undefined, tenantId: row.tenant_id });

/** The current GLOBAL_ADMINs of a tenant whose address is known. */
async function globalAdminsOf(manager: EntityManager, tenantId: string): Promise<Recipient[]> {
  const rows: AdminRow[] = await manager.query(
    `SELECT tenant_id, email, full_name FROM tenant_user
     WHERE tenant_id = ? AND removed_at IS NULL AND email IS NOT NULL AND FIND_IN_SET('GLOBAL_ADMIN', roles) > 0
     ORDER BY email`,
    [tenantId],
  );
  return rows.map(toRecipient);
}

/**
 * A customer's global admins. Like a partner's contact (see partnerContact),
 * they come from other topics than the event that needs them, so a gap is a
 * matter of ordering: the event's emails wait until a user event of the
 * tenant makes an admin known.
 */
export async function customerAdmins(lookup: RecipientLookup, tenantId: string): Promise<Recipient[]> {
  const admins = await globalAdminsOf(lookup.manager, tenantId);
  if (admins.length === 0) lookup.waitFor(tenantAdminsKnown(tenantId));
  return admins;
}
