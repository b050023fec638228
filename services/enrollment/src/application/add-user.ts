import { DomainError, isDuplicateKey, Principal, UnitOfWork } from '@channelgraph/common';
import { randomInt, randomUUID } from 'node:crypto';
import { hashPassword } from '../domain/passwords';
import { checkAssignableRoles, checkCallerMayGrant, temporaryPassword } from '../domain/roles';
import { checkEmail, checkName } from '../domain/sign-up';
import { UserEvents } from '../events/published';
import type { UserRow } from '../store/entities';
import { insertUser, userWithEmailExists } from '../store/users.repository';

export interface AddUserInput {
  fullName: string;
  email: string;
  roles: string[];
}

const emailTaken = () => new DomainError('CONFLICT', 'This email address already has an account on the platform.', 'email');

/** R12: a new user of the caller's tenant with a temporary password, returned once and stored only as a hash. */
export async function addUser(
  deps: { unitOfWork: UnitOfWork },
  principal: Principal,
  input: AddUserInput,
): Promise<{ user: UserRow; temporaryPassword: string }> {
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
