import { invalid } from '@channelgraph/common/domain';
import { ADMIN_ROLES, AdminRole, checkAdminRoles, intersectAdminRoles } from './admin-roles';

/*
 * B3: least privilege on the partner side. The partner assigns admin roles the customer granted to named users of
 * its own (GDAP's access assignments to security groups, with users instead of groups). An assignment never holds
 * more than the grant: when the grant shrinks (a role removed, a change approved with fewer roles, the access
 * expired or removed), each assignment keeps only the roles still granted, and ends with none left.
 */

export const MAX_ASSIGNED_USERS = 50;

/** The roles to assign: known, at least one, and each granted on the relationship now. */
export function checkAssignableRoles(requested: readonly string[], granted: readonly AdminRole[]): AdminRole[] {
  const roles = checkAdminRoles('adminRoles', requested);
  const notGranted = roles.filter((role) => !granted.includes(role));
  if (notGranted.length > 0) {
    const held = granted.length > 0 ? `it granted ${granted.join(', ')}` : 'it granted none now';
    throw invalid('adminRoles', `The customer has not granted ${notGranted.join(', ')}: assign only roles it granted (${held}).`);
  }
  return roles;
}

/** 1 to 50 distinct ids, each a user of the partner's own tenant, not removed. */
export function checkAssignees<U extends { userId: string; tenantId: string; removedAt: Date | null }>(
  userIds: readonly string[],
  known: readonly U[],
  partnerTenantId: string,
): string[] {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) throw invalid('userIds', 'Choose at least one user of your organisation.');
  if (unique.length > MAX_ASSIGNED_USERS) throw invalid('userIds', `Choose at most ${MAX_ASSIGNED_USERS} users per assignment; make another for the rest.`);
  const ours = new Set(known.filter((user) => user.tenantId === partnerTenantId && !user.removedAt).map((user) => user.userId));
  const others = unique.filter((id) => !ours.has(id));
  if (others.length > 0) throw invalid('userIds', `Choose users of your own organisation; these are not, or were removed: ${others.join(', ')}.`);
  return unique.sort();
}

/** What an assignment keeps of its roles under this grant; empty: it ends. */
export const fitToGrant = (assigned: readonly AdminRole[], granted: readonly string[]): AdminRole[] => intersectAdminRoles(assigned, granted);

/** The admin roles of `granted` that a user's assignments cover. */
export const coveredByAssignments = (granted: readonly string[], assigned: readonly string[]): AdminRole[] =>
  ADMIN_ROLES.filter((role) => granted.includes(role) && assigned.includes(role));
