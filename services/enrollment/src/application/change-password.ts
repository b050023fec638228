import { DomainError, Principal } from '@channelgraph/common';
import { DataSource } from 'typeorm';
import { TokenIssuer } from '../auth/token-issuer';
import { hashPassword, verifyPassword } from '../domain/passwords';
import { checkPasswordStrength } from '../domain/sign-up';
import { UserRow, userEntity } from '../store/entities';
import { tokenFor } from './sign-in';

/** Replaces the caller's password (ending a temporary one) and returns a fresh token. */
export async function changePassword(
  deps: { dataSource: DataSource; tokens: TokenIssuer },
  principal: Principal,
  input: { currentPassword: string; newPassword: string },
): Promise<{ user: UserRow; token: string }> {
  const users = deps.dataSource.getRepository(userEntity);
  const user = await users.findOneBy({ id: principal.userId });
  if (!user) throw new DomainError('UNAUTHENTICATED', 'Your account no longer exists.');
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new DomainError('BAD_USER_INPUT', 'The current password is wrong.', 'currentPassword');
  }
  checkPasswordStrength('newPassword', input.newPassword, user.email);
  if (input.newPassword === input.currentPassword) {
    throw new DomainError('BAD_USER_INPUT', 'The new password must differ from the current one.', 'newPassword');
  }
  const updated: UserRow = { ...user, passwordHash: await hashPassword(input.newPassword), mustChangePassword: false, updatedAt: new Date() };
  await users.update({ id: user.id }, { passwordHash: updated.passwordHash, mustChangePassword: false, updatedAt: updated.updatedAt });
  return { user: updated, token: await tokenFor(deps, updated) };
}
