import { DomainError } from '@channelgraph/common';
import type { DataSource } from 'typeorm';
import type { TokenIssuer } from '../auth/token-issuer';
import { userToken } from '../auth/user-token';
import { hashForUnknownAccount, verifyPassword } from '../domain/passwords';
import type { SignInLimiter } from '../domain/sign-in-limits';
import { normalizeEmail } from '../domain/sign-up';
import type { UserRow } from '../store/entities';
import { userByEmail } from '../store/users.repository';

const wrongCredentials = () => new DomainError('UNAUTHENTICATED', 'The email or password is wrong.');

/** Checks the password (in constant time, also for unknown accounts) and issues a token. */
export async function signIn(
  deps: { dataSource: DataSource; tokens: TokenIssuer; limiter: SignInLimiter },
  input: { email: string; password: string },
  clientIp: string,
): Promise<{ user: UserRow; token: string }> {
  const email = normalizeEmail(input.email);
  await deps.limiter.check(email, clientIp);
  const user = await userByEmail(deps.dataSource.manager, email);
  const matches = await verifyPassword(input.password, user?.passwordHash ?? (await hashForUnknownAccount()));
  if (!user || !matches) {
    await deps.limiter.recordFailure(email, clientIp);
    throw wrongCredentials();
  }
  await deps.limiter.recordSuccess(email, clientIp);
  return { user, token: await userToken(deps, user) };
}
