import { DomainError } from '@channelgraph/common';
import { DataSource } from 'typeorm';
import { TokenIssuer } from '../auth/token-issuer';
import { hashForUnknownAccount, verifyPassword } from '../domain/passwords';
import { SignInLimiter } from '../domain/sign-in-limits';
import { normalizeEmail } from '../domain/sign-up';
import { partnerEntity, UserRow, userEntity } from '../store/entities';

const wrongCredentials = () => new DomainError('UNAUTHENTICATED', 'The email or password is wrong.');

/** The partner a user works for: the enrolled partner of their tenant, if any. */
export async function partnerIdOfTenant(dataSource: DataSource, tenantId: string): Promise<string | undefined> {
  const partner = await dataSource.getRepository(partnerEntity).findOne({ where: { tenantId }, order: { createdAt: 'ASC' } });
  return partner?.id;
}

export async function tokenFor(deps: { dataSource: DataSource; tokens: TokenIssuer }, user: UserRow): Promise<string> {
  return deps.tokens.issue({
    userId: user.id,
    tenantId: user.tenantId,
    partnerId: await partnerIdOfTenant(deps.dataSource, user.tenantId),
    roles: user.roles,
    mustChangePassword: user.mustChangePassword,
    accessVersion: user.accessVersion,
  });
}

/** Checks the password (in constant time, also for unknown accounts) and issues a token. */
export async function signIn(
  deps: { dataSource: DataSource; tokens: TokenIssuer; limiter: SignInLimiter },
  input: { email: string; password: string },
  clientIp: string,
): Promise<{ user: UserRow; token: string }> {
  const email = normalizeEmail(input.email);
  await deps.limiter.check(email, clientIp);
  const user = await deps.dataSource.getRepository(userEntity).findOneBy({ email });
  const matches = await verifyPassword(input.password, user?.passwordHash ?? (await hashForUnknownAccount()));
  if (!user || !matches) {
    await deps.limiter.recordFailure(email, clientIp);
    throw wrongCredentials();
  }
  await deps.limiter.recordSuccess(email, clientIp);
  return { user, token: await tokenFor(deps, user) };
}
