import { activePartnerTenantsLoader, entityLoader, hasRole, Principal, RequestContextBase, Role, Throttle, UnitOfWork } from '@channelgraph/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { TokenIssuer } from '../auth/token-issuer';
import type { EnrollmentSettings } from '../config';
import type { SignInLimiter } from '../domain/sign-in-limits';
import type { PartnerProfileRow } from '../store/directory.entities';
import { profilesOfPartners } from '../store/directory.repository';
import { partnerEntity, PartnerRow, tenantEntity, TenantRow, userEntity } from '../store/entities';
import { partnerTenantsAssignedTo } from '../store/partner-user-assignments.repository';
import { firstPartnersOfTenants } from '../store/partners.repository';

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

/** Per-request loaders (never shared between requests): N rows on a page cost one query. */
export function createLoaders(dataSource: DataSource) {
  const { manager } = dataSource;
  return {
    tenant: entityLoader(dataSource, tenantEntity),
    user: entityLoader(dataSource, userEntity),
    partner: entityLoader(dataSource, partnerEntity),
    /** A tenant's first enrolment: the partner its users work for. */
    partnerOfTenant: new DataLoader<string, PartnerRow | null>(async (tenantIds) => {
      const byTenant = await firstPartnersOfTenants(manager, tenantIds);
      return tenantIds.map((id) => byTenant.get(id) ?? null);
    }),
    /** Each partner's directory entry (R1), null for a partner without one. */
    businessProfile: new DataLoader<string, PartnerProfileRow | null>(async (partnerIds) => {
      const byPartner = new Map((await profilesOfPartners(manager, partnerIds)).map((row) => [row.partnerId, row]));
      return partnerIds.map((id) => byPartner.get(id) ?? null);
    }),
    /** The tenants of each customer's partners with an ACTIVE relationship, as relationship's events told enrollment. */
    activePartnerTenants: activePartnerTenantsLoader(manager),
    /** R2 PARTNER role: the tenants of the partners each user is assigned to (empty: none). */
    assignedPartnerTenants: new DataLoader<string, string[]>(async (userIds) => {
      const byUser = await partnerTenantsAssignedTo(manager, userIds);
      return userIds.map((id) => byUser.get(id) ?? []);
    }),
  };
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
