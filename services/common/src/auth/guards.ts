import { GraphQLError } from 'graphql';
import type { Principal } from '../context';
import { mayCall, Operation, rolesFor } from './access';
import { forbidden, unauthenticated } from '../errors';

export const Role = {
  GLOBAL_ADMIN: 'GLOBAL_ADMIN',
  ADMIN_AGENT: 'ADMIN_AGENT',
  SALES_AGENT: 'SALES_AGENT',
  HELPDESK_AGENT: 'HELPDESK_AGENT',
  BILLING_ADMIN: 'BILLING_ADMIN',
  USER_MANAGEMENT_ADMIN: 'USER_MANAGEMENT_ADMIN',
  RELATIONSHIP_ADMIN: 'RELATIONSHIP_ADMIN',
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

export function hasRole(principal: Principal | undefined, role: Role): boolean {
  return principal?.roles.includes(role) ?? false;
}

/**
 * The caller if the access table (auth/access.ts, R12) lets their roles call `operation`, else FORBIDDEN with
 * `extensions.requiredRoles`: the roles that would, in the caller's kind of organisation (empty when none would).
 */
export function requireAccess(principal: Principal | undefined, operation: Operation, options: GuardOptions = {}): Principal {
  const user = requireUser(principal, options);
  if (mayCall(operation, user)) return user;
  const who = rolesFor(operation, user);
  const requiredRoles = Array.isArray(who) ? [...who] : [];
  throw new GraphQLError(refusal(operation, user, requiredRoles), { extensions: { code: 'FORBIDDEN', requiredRoles } });
}

/** Why the table refuses, in a sentence that says what would do. */
function refusal(operation: Operation, user: Principal, requiredRoles: readonly string[]): string {
  if (user.roles.includes(Role.PLATFORM_OPERATOR)) return 'A platform operator cannot do this: it is for the organisations themselves.';
  const organisation = user.partnerId ? 'a partner organisation' : 'an organisation that is not an enrolled partner';
  if (requiredRoles.length > 0) return `This needs one of these roles in ${organisation}: ${requiredRoles.join(', ')}.`;
  const asPartner = rolesFor(operation, { roles: user.roles, partnerId: 'any' });
  if (!user.partnerId && Array.isArray(asPartner) && asPartner.length > 0) {
    // A sign-in from before the organisation enrolled does not name its partner yet.
    return `This is for users of an enrolled partner organisation with one of these roles: ${asPartner.join(', ')}. If your organisation enrolled after you signed in, sign in again.`;
  }
  return `Nobody in ${organisation} can do this.`;
}
