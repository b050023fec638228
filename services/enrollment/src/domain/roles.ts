import { DomainError, invalid } from '@channelgraph/common/domain';

export const AGENT_ROLES = ['ADMIN_AGENT', 'SALES_AGENT', 'HELPDESK_AGENT'] as const;
/** B4: RELATIONSHIP_ADMIN reviews, accepts, declines and ends a customer's partner relationships; only a global admin gives it. */
export const ADMIN_ROLES = ['BILLING_ADMIN', 'USER_MANAGEMENT_ADMIN', 'RELATIONSHIP_ADMIN', 'GLOBAL_ADMIN'] as const;
const ASSIGNABLE = new Set<string>([...AGENT_ROLES, ...ADMIN_ROLES]);

/** A role a user can be given here (a platform operator's is not). */
export type AssignableRole = (typeof AGENT_ROLES)[number] | (typeof ADMIN_ROLES)[number];

const isAssignable = (role: string): role is AssignableRole => ASSIGNABLE.has(role);

/** R12: one agent role at most, any admin roles, never PLATFORM_OPERATOR; at least one role. */
export function checkAssignableRoles(roles: readonly string[]): AssignableRole[] {
  const unique = [...new Set(roles)];
  if (unique.length === 0) throw invalid('roles', 'Give the user at least one role.');
  const refused = unique.filter((role) => !isAssignable(role));
  if (refused.length > 0) throw invalid('roles', `These roles cannot be given to a user: ${refused.join(', ')}.`);
  const agents = unique.filter((role) => (AGENT_ROLES as readonly string[]).includes(role));
  if (agents.length > 1) throw invalid('roles', `Pick one agent role, not ${agents.join(' and ')}.`);
  return unique.filter(isAssignable);
}

/** B4: the relationship admin role decides on a customer's partners: a partner organisation's own are its global admin's. */
export function checkRolesForTenant(roles: readonly string[], tenantIsPartner: boolean): void {
  if (tenantIsPartner && roles.includes('RELATIONSHIP_ADMIN')) {
    throw invalid(
      'roles',
      'The relationship admin role is for customer organisations; in a partner organisation its global admin answers partner invitations.',
    );
  }
}

/** A partner must keep an admin agent: only one can finish set-up and add users (R11). */
export function checkKeepsAdminAgent(isPartnerTenant: boolean, adminAgentsLeft: number): void {
  if (isPartnerTenant && adminAgentsLeft === 0) {
    throw new DomainError('CONFLICT', 'This is the partner’s last admin agent; make another user an admin agent first.');
  }
}

/** 18 characters from an alphabet without look-alikes, in three groups: easy to read out and to type once. */
export function temporaryPassword(randomIndex: (max: number) => number): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const group = () => Array.from({ length: 6 }, () => alphabet[randomIndex(alphabet.length)]).join('');
  return `${group()}-${group()}-${group()}`;
}

/**
 * How much power a role carries over the tenant's users: a global admin
 * outranks an admin agent, who outranks everyone else (including a
 * user-management admin, who manages users but never the ones above it). A relationship admin decides on the
 * tenant's partners, a global admin's power (B4): only a global admin gives it or takes it away.
 */
const RANK: Record<string, number> = { GLOBAL_ADMIN: 2, RELATIONSHIP_ADMIN: 2, ADMIN_AGENT: 1 };
const rankOf = (roles: readonly string[]) => Math.max(0, ...roles.map((role) => RANK[role] ?? 0));

/** Nobody gives a role that carries more power than they hold themselves. */
export function checkCallerMayGrant(callerRoles: readonly string[], roles: readonly string[]): void {
  const granted = roles.filter((role) => (RANK[role] ?? 0) > rankOf(callerRoles));
  if (granted.length > 0) {
    const needed = granted.some((role) => RANK[role] === RANK.GLOBAL_ADMIN) ? 'a global admin' : 'an admin agent or a global admin';
    throw new DomainError('FORBIDDEN', `Only ${needed} can give the roles ${granted.join(', ')}.`, 'roles');
  }
}

/** Nobody changes the roles of, or removes, a user with more power than they hold (a user-management admin never touches a global admin). */
export function checkCallerMayManage(callerRoles: readonly string[], targetRoles: readonly string[]): void {
  if (rankOf(targetRoles) > rankOf(callerRoles)) {
    const who = targetRoles.includes('GLOBAL_ADMIN')
      ? 'a global admin'
      : targetRoles.includes('RELATIONSHIP_ADMIN')
        ? 'a relationship admin'
        : 'an admin agent';
    throw new DomainError('FORBIDDEN', `You cannot change or remove ${who}: ask a user with at least the same power.`, 'userId');
  }
}

/**
 * R11, R12 and DESIGN §7: admin agents and user-management admins manage their tenant's users; a
 * global admin does too, but only in a tenant that is not an enrolled partner (a customer managing
 * its own users, e.g. to assign one to a partner), since R11 leaves a partner's users to its admin agents.
 */
export function checkMayManageUsers(callerRoles: readonly string[], tenantIsPartner: boolean): void {
  if (callerRoles.includes('ADMIN_AGENT') || callerRoles.includes('USER_MANAGEMENT_ADMIN')) return;
  if (callerRoles.includes('GLOBAL_ADMIN') && !tenantIsPartner) return;
  throw new DomainError('FORBIDDEN', 'In a partner organisation only an admin agent or a user-management admin manages users.');
}
