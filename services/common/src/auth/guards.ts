import type { Principal } from '../context';
import { forbidden, unauthenticated } from '../errors';

export const Role = {
  GLOBAL_ADMIN: 'GLOBAL_ADMIN',
  ADMIN_AGENT: 'ADMIN_AGENT',
  SALES_AGENT: 'SALES_AGENT',
  HELPDESK_AGENT: 'HELPDESK_AGENT',
  BILLING_ADMIN: 'BILLING_ADMIN',
  USER_MANAGEMENT_ADMIN: 'USER_MANAGEMENT_ADMIN',
  PLATFORM_OPERATOR: 'PLATFORM_OPERATOR',
  /** Another system calling a subgraph (a service token, not a person): may ask `authorize` about any partner. */
  SERVICE: 'SERVICE',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export interface GuardOptions {
  /** Only changePassword may be called with a temporary password. */
  allowTemporaryPassword?: boolean;
  /** Only what a service token is documented to do (`authorize`) lets one in. */
  allowServiceToken?: boolean;
}

/**
 * The signed-in caller, or UNAUTHENTICATED; FORBIDDEN while a temporary password is unchanged,
 * and for a service token wherever it is not allowed in so many words.
 */
export function requireUser(principal: Principal | undefined, options: GuardOptions = {}): Principal {
  if (!principal) throw unauthenticated();
  if (principal.roles.includes(Role.SERVICE) && !options.allowServiceToken) {
    throw forbidden('A service token may only ask authorize; this needs a signed-in user.');
  }
  if (principal.mustChangePassword && !options.allowTemporaryPassword) {
    throw forbidden('You signed in with a temporary password: change it with changePassword before doing anything else.');
  }
  return principal;
}

/** The caller if they hold at least one of the roles, else FORBIDDEN naming what is needed. */
export function requireRole(principal: Principal | undefined, roles: readonly Role[], options: GuardOptions = {}): Principal {
  const user = requireUser(principal, options);
  if (!roles.some((role) => user.roles.includes(role))) {
    throw forbidden(`This needs one of these roles: ${roles.join(', ')}.`);
  }
  return user;
}

export function hasRole(principal: Principal | undefined, role: Role): boolean {
  return principal?.roles.includes(role) ?? false;
}
