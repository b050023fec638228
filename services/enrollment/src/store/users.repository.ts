import { Connection, pageByCreation, PageRequest, Role } from '@channelgraph/common';
import { EntityManager } from 'typeorm';
import { partnerEntity, userEntity, UserRow } from './entities';

const locked = { lock: { mode: 'pessimistic_write' as const } };

export function userById(manager: EntityManager, id: string): Promise<UserRow | null> {
  return manager.getRepository(userEntity).findOneBy({ id });
}

/** A user locked for change; null when the account no longer exists. */
export function lockedUserById(manager: EntityManager, id: string): Promise<UserRow | null> {
  return manager.getRepository(userEntity).findOne({ where: { id }, ...locked });
}

/** A user of the given tenant only, locked for change: another tenant's user is not found. */
export function lockedUserOfTenant(manager: EntityManager, id: string, tenantId: string): Promise<UserRow | null> {
  return manager.getRepository(userEntity).findOne({ where: { id, tenantId }, ...locked });
}

/** The account an email address signs in to (addresses are stored normalized). */
export function userByEmail(manager: EntityManager, email: string): Promise<UserRow | null> {
  return manager.getRepository(userEntity).findOneBy({ email });
}

export function userWithEmailExists(manager: EntityManager, email: string): Promise<boolean> {
  return manager.getRepository(userEntity).existsBy({ email });
}

export async function insertUser(manager: EntityManager, user: UserRow): Promise<void> {
  await manager.getRepository(userEntity).insert(user);
}

export async function updateUser(
  manager: EntityManager,
  id: string,
  changes: Partial<Pick<UserRow, 'passwordHash' | 'mustChangePassword' | 'roles' | 'accessVersion' | 'updatedAt'>>,
): Promise<void> {
  await manager.getRepository(userEntity).update({ id }, changes);
}

export async function deleteUser(manager: EntityManager, id: string): Promise<void> {
  await manager.getRepository(userEntity).delete({ id });
}

/**
 * Whether the tenant is an enrolled partner, and how many admin agents it keeps if `userId` no
 * longer counted as one. The tenant's users stay locked until the transaction ends, so two
 * admins demoting each other at once cannot both succeed.
 */
export async function adminAgentsLeftWithout(manager: EntityManager, tenantId: string, userId: string): Promise<{ isPartner: boolean; left: number }> {
  const isPartner = await manager.getRepository(partnerEntity).existsBy({ tenantId });
  const users = await manager.getRepository(userEntity).find({ where: { tenantId }, ...locked });
  return { isPartner, left: users.filter((user) => user.id !== userId && user.roles.includes(Role.ADMIN_AGENT)).length };
}

/** A page of a tenant's users, oldest first. */
export function usersOfTenantPage(manager: EntityManager, tenantId: string, page: PageRequest): Promise<Connection<UserRow>> {
  const query = manager.getRepository(userEntity).createQueryBuilder('u').where('u.tenant_id = :tenantId', { tenantId });
  return pageByCreation(query, 'u', page, 'ASC');
}
