import { DomainError, invalid } from '@channelgraph/common/domain';
import { AdminClock, AdminGrant, durationDays, expiryAfter, nextWarningAt } from './admin-access';
import { AdminRole } from './admin-roles';

/** B2: a change request is for the customer whose relationship it changes, and nobody else. */
export function checkChangeForCustomer(request: { customerTenantId: string | null }, tenantId: string): void {
  if (request.customerTenantId !== tenantId) {
    throw new DomainError('FORBIDDEN', 'This change of admin access is for another organisation: it must be approved by the customer it names.');
  }
}

/** B2: a change must change something: a role, or the duration. */
export function checkIsAChange(current: readonly string[], asked: readonly AdminRole[], duration: string | null | undefined): void {
  const same = asked.length === current.length && asked.every((role) => current.includes(role));
  if (same && !duration) {
    throw invalid('adminRoles', 'These are the admin roles you hold already: add or drop a role, or give a new duration.');
  }
}

/**
 * B2: the relationship's admin access once the customer approves a change in place: the approved roles, a new
 * expiry counted from now when the request gave a duration (else the current one stays), and auto-extend kept
 * unless global admin is now granted (GDAP never auto-extends it).
 */
export function grantAfterChange(
  current: { adminAccessExpiresAt: Date | null; autoExtend: boolean; adminNextWarningAt: Date | null },
  approved: AdminRole[],
  duration: string | null,
  clock: AdminClock,
  now = new Date(),
): AdminGrant {
  const adminAccessExpiresAt = duration ? expiryAfter(now, durationDays('adminAccessDuration', duration), clock) : (current.adminAccessExpiresAt as Date);
  return {
    adminRoles: approved,
    adminAccessExpiresAt,
    autoExtend: current.autoExtend && !approved.includes('GLOBAL_ADMINISTRATOR'),
    adminNextWarningAt: duration ? nextWarningAt(adminAccessExpiresAt, clock, now) : current.adminNextWarningAt,
  };
}

/** B2: the roles a customer removes must be held; what remains, in the canonical order. */
export function rolesAfterRemoval(held: readonly AdminRole[], removed: readonly AdminRole[]): AdminRole[] {
  const notHeld = removed.filter((role) => !held.includes(role));
  if (notHeld.length > 0) throw invalid('adminRoles', `The partner does not hold ${notHeld.join(', ')}; it holds ${held.join(', ') || 'no admin role'}.`);
  return held.filter((role) => !removed.includes(role));
}
