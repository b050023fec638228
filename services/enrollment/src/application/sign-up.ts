import { DomainError, isDuplicateKey, Role, Throttle, UnitOfWork } from '@channelgraph/common';
import { randomUUID } from 'node:crypto';
import type { TokenIssuer } from '../auth/token-issuer';
import { hashPassword } from '../domain/passwords';
import { SignUpRequest, validateSignUp } from '../domain/sign-up';
import { TenantEvents } from '../events/published';
import type { TenantRow, UserRow } from '../store/entities';
import { insertTenant, tenantWithDomainExists } from '../store/tenants.repository';
import { insertUser, userWithEmailExists } from '../store/users.repository';

const domainTaken = () =>
  new DomainError('CONFLICT', 'An organisation with this domain is already signed up; sign in instead, or ask its global admin to add you.', 'domain');
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
      if (await tenantWithDomainExists(manager, tenant.domain)) throw domainTaken();
      if (await userWithEmailExists(manager, user.email)) throw emailTaken();
      await insertTenant(manager, tenant);
      await insertUser(manager, user);
      raise(TenantEvents.signedUp(tenant, user));
    });
  } catch (error) {
    if (isDuplicateKey(error, 'uq_tenant_domain')) throw domainTaken();
    if (isDuplicateKey(error, 'uq_user_email')) throw emailTaken();
    throw error;
  }
  const token = await deps.tokens.issue({ userId: user.id, tenantId: tenant.id, roles: user.roles, mustChangePassword: false });
  return { tenant, user, token };
}
