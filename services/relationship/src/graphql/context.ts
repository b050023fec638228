import { forbidden, hasRole, Links, Operation, Principal, requireAccess, RequestContextBase, Role, Throttle, UnitOfWork } from '@channelgraph/common';
import { DataSource } from 'typeorm';
import type { createLoaders } from '../application/loaders';
import type { AdminClock } from '../domain/admin-access';
import type { RelationshipRequestRow } from '../store/entities';

export interface RelationshipDeps {
  dataSource: DataSource;
  unitOfWork: UnitOfWork;
  links: Links;
  requestTtlDays: number;
  /** R18: REFERRAL_TTL_DAYS. */
  referralTtlDays: number;
  invitationThrottle: Throttle;
  /** B1: ADMIN_ACCESS_DAY_MS and ADMIN_ACCESS_WARNING_DAYS. */
  adminClock: AdminClock;
}

/** A request as the graph serves it; only its creator's response carries the link and the draft (R17). */
export type RelationshipRequestView = RelationshipRequestRow & { invitationUrl?: string; emailDraft?: { subject: string; body: string } };

export interface RelationshipContext extends RequestContextBase {
  loaders: ReturnType<typeof createLoaders>;
}

/** Only the tenants a record concerns (and platform operators) may see it. */
export const visibleTo = (principal: Principal, ...tenantIds: Array<string | null>) =>
  tenantIds.includes(principal.tenantId) || hasRole(principal, Role.PLATFORM_OPERATOR);

/** A partner's own lists (customers, links, invitations) are for its own tenant and operators: FORBIDDEN for anyone else. */
export async function mayReadPartnerLists(ctx: RelationshipContext, partnerId: string, field: Operation): Promise<Principal> {
  const principal = requireAccess(ctx.principal, field);
  const partner = await ctx.loaders.partner.load(partnerId);
  if (!partner || !visibleTo(principal, partner.tenantId)) throw forbidden('Only the partner’s own users can see its customers, links and invitations.');
  return principal;
}
