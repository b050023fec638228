import { DomainError, isDuplicateKey, Role, Throttle, UnitOfWork } from '@channelgraph/common';
import { randomUUID } from 'node:crypto';
import { hashPassword } from '../domain/passwords';
import { SignUpRequest, validateSignUp } from '../domain/sign-up';
import { TokenIssuer } from '../auth/token-issuer';
import { TenantRow, tenantEntity, UserRow, userEntity } from '../store/entities';

const domainTaken = () => new DomainError('CONFLICT', 'An organisation with this domain is already signed up; sign in instead, or ask its global admin to add you.', 'domain');
const emailTaken = () => new DomainError('CONFLICT', 'This email address already has an account; sign in instead.', 'admin.email');

/** Creates a tenant and its GLOBAL_ADMIN; TenantSignedUp commits with them. */
export async function signUp(
  deps: { unitOfWork: UnitOfWork; tokens: TokenIssuer; signUpThrottle: Throttle },
  input: SignUpRequest,
  clientIp: string,
): Promise<{ tenant: TenantRow; user: UserRow; token: string }> {
  const request = validateSignUp(input);
  // After the cheap checks, before the password hash: what a flood of sign-ups from one address would cost.
  await deps.signUpThrottle.take(clientIp);
  const passwordHash = await hashPassword(request.admin.password);
  const now = new Date();
  const tenant: TenantRow = { id: randomUUID(), domain: request.domain, displayName: request.displayName, country: request.country, createdAt: now };
  const user: UserRow = {
    id: randomUUID(),
    tenantId: tenant.id,
    fullName: request.admin.fullName,
    email: request.admin.email,
    passwordHash,
    roles: [Role.GLOBAL_ADMIN],
    mustChangePassword: false,
    createdAt: now,
    updatedAt: now,
  };
  try {
    await deps.unitOfWork.run(async ({ manager, raise }) => {
      if (await manager.getRepository(tenantEntity).existsBy({ domain: tenant.domain })) throw domainTaken();
      if (await manager.getRepository(userEntity).existsBy({ email: user.email })) throw emailTaken();
      await manager.getRepository(tenantEntity).insert(tenant);
      await manager.getRepository(userEntity).insert(user);
      raise({
        type: 'channelgraph.enrollment.TenantSignedUp.v1',
        subject: tenant.id,
        tenantId: tenant.id,
        data: {
          tenantId: tenant.id,
          domain: tenant.domain,
          displayName: tenant.displayName,
          country: tenant.country,
          admin: { userId: user.id, fullName: user.fullName, email: user.email },
          signedUpAt: now.toISOString(),
        },
      });
    });
  } catch (error) {
    if (isDuplicateKey(error, 'uq_tenant_domain')) throw domainTaken();
    if (isDuplicateKey(error, 'uq_user_email')) throw emailTaken();
    throw error;
  }
  const token = await deps.tokens.issue({ userId: user.id, tenantId: tenant.id, roles: user.roles, mustChangePassword: false });
  return { tenant, user, token };
}
