import { EntityManager } from 'typeorm';
import { userProjectionEntity, UserProjectionRow } from './entities';

// Enrollment's users as this service knows them from events (R2 PARTNER role).

export type ProjectedUser = Pick<UserProjectionRow, 'userId' | 'tenantId' | 'fullName' | 'email'>;

/** A user known to this service, removed or not, locked while an event or an assignment reads it. */
export function userForUpdate(manager: EntityManager, userId: string): Promise<UserProjectionRow | null> {
  return manager.getRepository(userProjectionEntity).findOne({ where: { userId }, lock: { mode: 'pessimistic_write' } });
}

/** Adds or updates a user; a user already removed stays removed (user ids are never reused). */
export async function saveUser(manager: EntityManager, user: ProjectedUser, at: Date): Promise<void> {
  const existing = await userForUpdate(manager, user.userId);
  if (existing?.removedAt) return;
  await manager.getRepository(userProjectionEntity).save({ ...user, removedAt: null, updatedAt: at });
}

/** Marks a user removed, remembering them even if no event added them before; returns what is known of them. */
export async function markUserRemoved(
  manager: EntityManager,
  user: Pick<UserProjectionRow, 'userId' | 'tenantId' | 'email'>,
  at: Date,
): Promise<UserProjectionRow> {
  const existing = await userForUpdate(manager, user.userId);
  const row: UserProjectionRow = existing
    ? { ...existing, removedAt: existing.removedAt ?? at, updatedAt: at }
    : { ...user, fullName: user.email, removedAt: at, updatedAt: at };
  await manager.getRepository(userProjectionEntity).save(row);
  return row;
}

/** A user known to this service, removed or not, without locking it. */
export function userById(manager: EntityManager, userId: string): Promise<UserProjectionRow | null> {
  return manager.getRepository(userProjectionEntity).findOneBy({ userId });
}
