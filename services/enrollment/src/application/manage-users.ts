import { conflict, DomainError, isDuplicateKey, notFound, Principal, recordAccessRevocation, REMOVED_USER_VERSION, Role, UnitOfWork } from '@channelgraph/common';
import { randomInt, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { hashPassword } from '../domain/passwords';
import { checkAssignableRoles, checkCallerMayGrant, checkCallerMayManage, checkKeepsAdminAgent, temporaryPassword } from '../domain/roles';
import { checkEmail, checkName } from '../domain/sign-up';
import { UserEvents } from '../events/published';
import type { UserRow } from '../store/entities';
import { adminAgentsLeftWithout, deleteUser, insertUser, lockedUserOfTenant, updateUser, userWithEmailExists } from '../store/users.repository';

export interface AddUserInput { fullName: string; email: string; roles: string[] }

const emailTaken = () => conflict('This email address already has an account on the platform.', 'email');

/** R12: a new user of the caller's tenant with a temporary password, returned once and stored only as a hash. */
export async function addUser(deps: { unitOfWork: UnitOfWork }, principal: Principal, input: AddUserInput): Promise<{ user: UserRow; temporaryPassword: string }> {
  const fullName = checkName('fullName', input.fullName);
  const email = checkEmail('email', input.email);
  const roles = checkAssignableRoles(input.roles);
  checkCallerMayGrant(principal.roles, roles);
  const password = temporaryPassword(randomInt);
  const now = new Date();
  const user: UserRow = {
    id: randomUUID(),
    tenantId: principal.tenantId,
    fullName,
    email,
    passwordHash: await hashPassword(password),
    roles,
    mustChangePassword: true,
    createdAt: now,
    updatedAt: now,
  };
  try {
    await deps.unitOfWork.run(async ({ manager, raise }) => {
      if (await userWithEmailExists(manager, email)) throw emailTaken();
      await insertUser(manager, user);
      raise(UserEvents.added(user, principal.userId));
    });
  } catch (error) {
    if (isDuplicateKey(error, 'uq_user_email')) throw emailTaken();
    throw error;
  }
  return { user, temporaryPassword: password };
}

/** A user of the caller's own tenant, locked for change; others' users do not exist for the caller. */
async function ownUser(manager: EntityManager, principal: Principal, userId: string): Promise<UserRow> {
  const user = await lockedUserOfTenant(manager, userId, principal.tenantId);
  if (!user) throw notFound('No user with this id in your organisation.');
  return user;
}

export async function updateUserRoles(deps: { unitOfWork: UnitOfWork }, principal: Principal, input: { userId: string; roles: string[] }): Promise<UserRow> {
  const roles = checkAssignableRoles(input.roles);
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const user = await ownUser(manager, principal, input.userId);
    checkCallerMayManage(principal.roles, user.roles);
    checkCallerMayGrant(principal.roles, roles.filter((role) => !user.roles.includes(role)));
    if (user.roles.includes(Role.PLATFORM_OPERATOR)) throw new DomainError('FORBIDDEN', 'A platform operator’s roles are not managed here.');
    if (user.roles.includes(Role.ADMIN_AGENT) && !roles.includes(Role.ADMIN_AGENT)) {
      const { isPartner, left } = await adminAgentsLeftWithout(manager, user.tenantId, user.id);
      checkKeepsAdminAgent(isPartner, left);
    }
    // Taking a role away ends the user's current sign-ins everywhere; a role added waits for the next sign-in.
    const takesAway = user.roles.some((role) => !roles.some((kept) => kept === role));
    const accessVersion = (user.accessVersion ?? 0) + (takesAway ? 1 : 0);
    const updated: UserRow = { ...user, roles, accessVersion, updatedAt: new Date() };
    await updateUser(manager, user.id, { roles, accessVersion, updatedAt: updated.updatedAt });
    if (takesAway) await recordAccessRevocation(manager, user.id, accessVersion);
    raise(UserEvents.rolesChanged(updated, user.roles, principal.userId));
    return updated;
  });
}

export async function removeUser(deps: { unitOfWork: UnitOfWork }, principal: Principal, input: { userId: string }): Promise<UserRow> {
  if (input.userId === principal.userId) throw new DomainError('CONFLICT', 'You cannot remove yourself; ask another admin.', 'userId');
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const user = await ownUser(manager, principal, input.userId);
    checkCallerMayManage(principal.roles, user.roles);
    if (user.roles.includes(Role.ADMIN_AGENT)) {
      const { isPartner, left } = await adminAgentsLeftWithout(manager, user.tenantId, user.id);
      checkKeepsAdminAgent(isPartner, left);
    }
    await deleteUser(manager, user.id);
    await recordAccessRevocation(manager, user.id, REMOVED_USER_VERSION);
    raise(UserEvents.removed(user, principal.userId));
    return user;
  });
}
