import type { EventHandler } from '@channelgraph/common';
import { EntityManager, IsNull } from 'typeorm';
import { tenantUserEntity, TenantUserRow } from '../../store/projection.entities';
import type { Recipient, RecipientLookup } from './email.handler';

interface TenantSignedUp { tenantId: string; admin: { userId: string; fullName: string; email: string } }
interface UserAdded { userId: string; tenantId: string; fullName: string; email: string; roles: string[] }
interface UserRolesChanged { userId: string; tenantId: string; roles: string[] }
interface UserRemoved { userId: string; tenantId: string }

/** Inserts the row unless the user is already known; true when it did. */
async function insertIfNew(manager: EntityManager, row: Omit<TenantUserRow, 'updatedAt'>): Promise<boolean> {
  const result = await manager.createQueryBuilder().insert().into(tenantUserEntity).values({ ...row, updatedAt: new Date() }).orIgnore().execute();
  return (result.raw as { affectedRows?: number }).affectedRows === 1;
}

/**
 * A user with their address. The sign-up admin's roles travel on the user
 * topic and its sign-up on the tenant topic, which Kafka does not order
 * against each other: roles already known are newer than the sign-up's, so
 * they are kept; a removed user stays removed.
 */
async function rememberUser(manager: EntityManager, user: { userId: string; tenantId: string; email: string; fullName: string; roles: string[] }) {
  if (await insertIfNew(manager, { ...user, removedAt: null })) return;
  await manager.getRepository(tenantUserEntity).update({ userId: user.userId, removedAt: IsNull() }, { email: user.email, fullName: user.fullName, updatedAt: new Date() });
}

/** Who may receive a tenant's emails: enrollment's users, from its events. */
export const userProjections: Record<string, EventHandler> = {
  'channelgraph.enrollment.TenantSignedUp.v1': async (event, { manager }) => {
    const data = event.data as TenantSignedUp;
    await rememberUser(manager, { userId: data.admin.userId, tenantId: data.tenantId, email: data.admin.email, fullName: data.admin.fullName, roles: ['GLOBAL_ADMIN'] });
  },
  'channelgraph.enrollment.UserAdded.v1': async (event, { manager }) => {
    const data = event.data as UserAdded;
    await rememberUser(manager, data);
  },
  // Roles only: the address comes from the user's earlier event (or a later sign-up event on the tenant topic).
  'channelgraph.enrollment.UserRolesChanged.v1': async (event, { manager }) => {
    const data = event.data as UserRolesChanged;
    if (await insertIfNew(manager, { userId: data.userId, tenantId: data.tenantId, email: null, fullName: null, roles: data.roles, removedAt: null })) return;
    await manager.getRepository(tenantUserEntity).update({ userId: data.userId, removedAt: IsNull() }, { roles: data.roles, updatedAt: new Date() });
  },
  // A tombstone without personal data rather than a delete, so no late event brings the user back.
  'channelgraph.enrollment.UserRemoved.v1': async (event, { manager }) => {
    const data = event.data as UserRemoved;
    const now = new Date();
    const tombstone = { email: null, fullName: null, roles: [], removedAt: now };
    if (await insertIfNew(manager, { userId: data.userId, tenantId: data.tenantId, ...tombstone })) return;
    await manager.getRepository(tenantUserEntity).update({ userId: data.userId }, { ...tombstone, updatedAt: now });
  },
};

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
 * A customer's global admins; none, with a warning, when none is known here.
 * Like a partner's contact (see partnerContact), they come from other topics
 * than the event that needs them, so a gap is a matter of ordering: skipped,
 * not dead-lettered.
 */
export async function customerAdmins({ manager, event, log }: RecipientLookup, tenantId: string): Promise<Recipient[]> {
  const admins = await globalAdminsOf(manager, tenantId);
  if (admins.length === 0) log.warn({ eventId: event.id, eventType: event.type, tenantId }, "no email sent: no global admin of the customer's tenant is known here yet");
  return admins;
}
