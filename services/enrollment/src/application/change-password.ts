import { DomainError, Principal, recordAccessRevocation, UnitOfWork } from '@channelgraph/common';
import type { DataSource } from 'typeorm';
import type { TokenIssuer } from '../auth/token-issuer';
import { userToken } from '../auth/user-token';
import { hashPassword, verifyPassword } from '../domain/passwords';
import type { SignInLimiter } from '../domain/sign-in-limits';
import { checkPasswordStrength } from '../domain/sign-up';
import { UserEvents } from '../events/published';
import type { UserRow } from '../store/entities';
import { lockedUserById, updateUser, userById } from '../store/users.repository';

const accountGone = () => new DomainError('UNAUTHENTICATED', 'Your account no longer exists.');

/**
 * Replaces the caller's password (ending a temporary one) and returns a fresh
 * token. Every other sign-in of the user ends, in every subgraph: whoever knew
 * the old password keeps no access through a token obtained with it. A wrong
 * current password counts like a failed sign-in of the account from that
 * address: a stolen token cannot be used to guess the password faster.
 */
export async function changePassword(
  deps: { dataSource: DataSource; unitOfWork: UnitOfWork; tokens: TokenIssuer; limiter: SignInLimiter },
  principal: Principal,
  input: { currentPassword: string; newPassword: string },
  clientIp: string,
): Promise<{ user: UserRow; token: string }> {
  const user = await userById(deps.dataSource.manager, principal.userId);
  if (!user) throw accountGone();
  await deps.limiter.check(user.email, clientIp);
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    await deps.limiter.recordFailure(user.email, clientIp);
    throw new DomainError('BAD_USER_INPUT', 'The current password is wrong.', 'currentPassword');
  }
  checkPasswordStrength('newPassword', input.newPassword, user.email);
  if (input.newPassword === input.currentPassword) {
    throw new DomainError('BAD_USER_INPUT', 'The new password must differ from the current one.', 'newPassword');
  }
  // Hashing takes tens of milliseconds: before the transaction, not while holding the row.
  const passwordHash = await hashPassword(input.newPassword);
  const updated = await deps.unitOfWork.run(async ({ manager, raise }) => {
    const current = await lockedUserById(manager, user.id);
    if (!current) throw accountGone();
    const changed: UserRow = { ...current, passwordHash, mustChangePassword: false, accessVersion: (current.accessVersion ?? 0) + 1, updatedAt: new Date() };
    await updateUser(manager, user.id, { passwordHash, mustChangePassword: false, accessVersion: changed.accessVersion, updatedAt: changed.updatedAt });
    await recordAccessRevocation(manager, user.id, changed.accessVersion!);
    raise(UserEvents.passwordChanged(changed));
    return changed;
  });
  return { user: updated, token: await userToken(deps, updated) };
}
