import { hasRole, Principal, RequestContextBase, Role, Throttle, UnitOfWork } from '@channelgraph/common';
import { DataSource } from 'typeorm';
import type { createLoaders } from '../application/loaders';
import type { TokenIssuer } from '../auth/token-issuer';
import type { EnrollmentSettings } from '../config';
import type { SignInLimiter } from '../domain/sign-in-limits';
import type { PartnerRow, TenantRow } from '../store/entities';

export interface EnrollmentDeps {
  dataSource: DataSource;
  unitOfWork: UnitOfWork;
  tokens: TokenIssuer;
  limiter: SignInLimiter;
  /** Sign-ups per client address (DESIGN §8). */
  signUpThrottle: Throttle;
  /** Verification emails per application (resendVerificationEmail, a changed primary contact). */
  verificationEmailThrottle: Throttle;
  settings: EnrollmentSettings;
}

export interface EnrollmentContext extends RequestContextBase {
  loaders: ReturnType<typeof createLoaders>;
}

/**
 * The tenant a user or partner row belongs to. The cast only drops the loader's `null`: fk_user_tenant and
 * fk_partner_tenant guarantee the tenant row exists, and tenants are never deleted.
 */
export function tenantOf(ctx: EnrollmentContext, row: { tenantId: string }): Promise<TenantRow> {
  return ctx.loaders.tenant.load(row.tenantId) as Promise<TenantRow>;
}

/** A tenant's data is visible to its own users and to platform operators; to anyone else it does not exist. */
export function canSeeTenant(principal: Principal, tenantId: string): boolean {
  return principal.tenantId === tenantId || hasRole(principal, Role.PLATFORM_OPERATOR);
}

/**
 * A customer (a tenant seen as somebody's customer) is visible to its own
 * users, platform operators, and the users of its partners while their
 * relationship is ACTIVE; to anyone else it does not exist.
 */
export async function canSeeCustomer(ctx: EnrollmentContext, principal: Principal, customerTenantId: string): Promise<boolean> {
  if (canSeeTenant(principal, customerTenantId)) return true;
  const partners = await ctx.loaders.activePartnerTenants.load(customerTenantId);
  return partners?.tenantIds.includes(principal.tenantId) ?? false;
}

/**
 * A user is visible to their own tenant's users and platform operators, and (R2 PARTNER role) to
 * the users of the partners the user is assigned to; to anyone else they do not exist.
 */
export async function canSeeUser(ctx: EnrollmentContext, principal: Principal, user: { id: string; tenantId: string }): Promise<boolean> {
  if (canSeeTenant(principal, user.tenantId)) return true;
  return (await ctx.loaders.assignedPartnerTenants.load(user.id)).includes(principal.tenantId);
}

/** ACTIVE partners are in the directory; applications only to their own tenant and operators. */
export function canSeePartner(principal: Principal, partner: PartnerRow): boolean {
  return partner.status === 'ACTIVE' || canSeeTenant(principal, partner.tenantId);
}
