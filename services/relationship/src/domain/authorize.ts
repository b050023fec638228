import type { AgreementStanding } from '@channelgraph/common/domain';
import { hasLiveAdminAccess, liveAdminRoles } from './admin-access';
import { adminRolesGranting, intersectAdminRoles } from './admin-roles';
import { NEEDS_CURRENT_AGREEMENT, Permission, PERMISSIONS_BY_ROLE, RelationshipRole } from './roles';

/** The relationship as the decision reads it: its roles and, with DELEGATED_ADMIN, the admin roles granted and until when. */
export interface AuthorizedRelationship {
  status: string;
  roles: readonly string[];
  adminRoles?: readonly string[];
  adminAccessExpiresAt?: Date | null;
}

/** B3: the partner user asked about, when authorize names one. */
export interface AskingUser {
  userId: string;
  /** A user of the partner's own tenant, not removed. */
  ofPartner: boolean;
  /** The admin roles their assignments on this relationship hold. */
  assignedAdminRoles: readonly string[];
}

/** What the decision needs to know: the partner's own relationship with the customer, and the agreement state. */
export interface AuthorizationFacts {
  relationship: AuthorizedRelationship | null;
  partnerActive: boolean;
  customerAgreement: AgreementStanding;
  user?: AskingUser | null;
}

export const mayTransactUnder = (standing: AgreementStanding) => standing.acceptedCurrent || standing.honouredUntil !== null;

export interface Decision {
  allowed: boolean;
  reasons: string[];
}

const either = (names: readonly string[]) => names.join(' or ') || '(none grants it)';

/**
 * R15 and B1–B3: may this partner (or this user of the partner) do this for this customer? Only the partner's own
 * relationship counts (a provider's rights never come from its reseller's). DELEGATED_ADMIN grants a permission
 * through the admin roles the customer granted, while they last (ADMIN_ROLES_BY_PERMISSION); for a partner user,
 * only through the admin roles assigned to them. Other roles grant their permissions to the partner and all its users.
 * A denial names every missing condition, the missing role among them.
 */
export function decide(permission: Permission, facts: AuthorizationFacts, now = new Date()): Decision {
  const reasons: string[] = [];
  if (!facts.partnerActive) reasons.push('The partner is not an active member of the partner programme.');
  const user = facts.user ?? null;
  if (user && !user.ofPartner) reasons.push(`The user ${user.userId} is not a user of this partner, or was removed.`);
  const relationship = facts.relationship?.status === 'ACTIVE' ? facts.relationship : null;
  if (!relationship) {
    reasons.push('The partner has no active relationship with this customer.');
    return { allowed: false, reasons };
  }
  const granting = (Object.entries(PERMISSIONS_BY_ROLE) as Array<[RelationshipRole, readonly Permission[]]>)
    .filter(([, permissions]) => permissions.includes(permission))
    .map(([role]) => role);
  const byRoles = granting.filter((role) => role !== 'DELEGATED_ADMIN' && relationship.roles.includes(role));
  const adminGranting = adminRolesGranting(permission);
  const access = { roles: relationship.roles, adminRoles: relationship.adminRoles ?? [], adminAccessExpiresAt: relationship.adminAccessExpiresAt ?? null };
  const granted = intersectAdminRoles(adminGranting, liveAdminRoles(access, now));
  const byAdminRoles = user ? granted.filter((role) => user.assignedAdminRoles.includes(role)) : granted;
  if (byRoles.length === 0 && byAdminRoles.length === 0) {
    const others = granting.filter((role) => role !== 'DELEGATED_ADMIN');
    const needs = [...others, ...(adminGranting.length > 0 ? [`DELEGATED_ADMIN with the admin role ${either(adminGranting)}`] : [])];
    if (relationship.roles.length === 0) {
      // R6: delegated admin was its only role and the customer removed it; the relationship stays, granting nothing.
      reasons.push(`The relationship has no roles, so it grants no permission: ${permission} needs the role ${either(needs)}.`);
    } else if (granted.length > 0) {
      reasons.push(`${permission} needs an admin access assignment with ${either(granted)} for this user, who holds none that covers it.`);
    } else if (adminGranting.length > 0 && relationship.roles.includes('DELEGATED_ADMIN') && hasLiveAdminAccess(access, now)) {
      const also = others.length > 0 ? ` (or the role ${either(others)})` : '';
      reasons.push(`${permission} needs the admin role ${either(adminGranting)}${also}, which the customer has not granted.`);
    } else if (adminGranting.length > 0 && relationship.roles.includes('DELEGATED_ADMIN') && access.adminAccessExpiresAt) {
      reasons.push(
        `The partner's delegated admin access ended at ${access.adminAccessExpiresAt.toISOString()}: ${permission} needs the role ${either(needs)}.`,
      );
    } else {
      reasons.push(`${permission} needs the role ${either(needs)}, which this relationship does not have.`);
    }
  }
  const needsAgreement = NEEDS_CURRENT_AGREEMENT.includes(permission);
  if (needsAgreement && !mayTransactUnder(facts.customerAgreement)) {
    reasons.push('The customer has not accepted the current Customer Agreement.');
  }
  if (reasons.length > 0) return { allowed: false, reasons };
  const grounds = [
    ...(byRoles.length > 0 ? [`Granted by the ${byRoles.join(', ')} role.`] : []),
    ...(byAdminRoles.length > 0
      ? [`Granted by the DELEGATED_ADMIN role with the admin role ${byAdminRoles.join(', ')}${user ? ', assigned to this user' : ''}.`]
      : []),
  ];
  const until = facts.customerAgreement.honouredUntil;
  if (needsAgreement && !facts.customerAgreement.acceptedCurrent && until) {
    grounds.push(`The customer accepted an earlier Customer Agreement, which counts until ${until.toISOString()}; it must accept the current one by then.`);
  }
  return { allowed: true, reasons: grounds };
}

/**
 * Can the partner buy for the customer now (RESELLER + current agreement)? Shown
 * as Relationship.canTransact: the decision for SUBMIT_ORDERS on this
 * relationship, so it can never disagree with authorize. It speaks of the
 * relationship alone; the partner's own programme status is authorize's to tell.
 */
export function canTransact(roles: readonly string[], status: string, customerAgreement: AgreementStanding): boolean {
  return decide('SUBMIT_ORDERS', { relationship: { status, roles }, partnerActive: true, customerAgreement }).allowed;
}
