import { DomainError, invalid } from '@channelgraph/common';

export const AGENT_ROLES = ['ADMIN_AGENT', 'SALES_AGENT', 'HELPDESK_AGENT'] as const;
export const ADMIN_ROLES = ['BILLING_ADMIN', 'USER_MANAGEMENT_ADMIN', 'GLOBAL_ADMIN'] as const;
const ASSIGNABLE = new Set<string>([...AGENT_ROLES, ...ADMIN_ROLES]);

/** R12: one agent role at most, any admin roles, never PLATFORM_OPERATOR; at least one role. */
export function checkAssignableRoles(roles: readonly string[]): string[] {
  const unique = [...new Set(roles)];
  if (unique.length === 0) throw invalid('roles', 'Give the user at least one role.');
  const refused = unique.filter((role) => !ASSIGNABLE.has(role));
  if (refused.length > 0) throw invalid('roles', `These roles cannot be given to a user: ${refused.join(', ')}.`);
  const agents = unique.filter((role) => (AGENT_ROLES as readonly string[]).includes(role));
  if (agents.length > 1) throw invalid('roles', `Pick one agent role, not ${agents.join(' and ')}.`);
  return unique;
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

const POWERFUL_ROLES = ['GLOBAL_ADMIN', 'ADMIN_AGENT'];

/** A user-management admin manages users but cannot hand out more power than an admin agent or global admin would approve. */
export function checkCallerMayGrant(callerRoles: readonly string[], roles: readonly string[]): void {
  const callerIsPowerful = callerRoles.some((role) => POWERFUL_ROLES.includes(role));
  const granted = roles.filter((role) => POWERFUL_ROLES.includes(role));
  if (!callerIsPowerful && granted.length > 0) {
    throw new DomainError('FORBIDDEN', `Only an admin agent or a global admin can give the roles ${granted.join(', ')}.`);
  }
}
