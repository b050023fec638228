import { invalid } from '@channelgraph/common/domain';
import type { Permission } from './roles';

/**
 * B1: what a delegated admin relationship grants, role by role (GDAP's Entra roles, the ones a partner
 * channel needs). DELEGATED_ADMIN itself grants nothing: its admin roles do. docs/delegated-admin.md
 * shows this table; a test keeps the two equal.
 */
export const ADMIN_ROLES = [
  'USER_ADMINISTRATOR',
  'HELPDESK_ADMINISTRATOR',
  'LICENSE_ADMINISTRATOR',
  'BILLING_ADMINISTRATOR',
  'SERVICE_SUPPORT_ADMINISTRATOR',
  'SECURITY_READER',
  'GLOBAL_READER',
  'GLOBAL_ADMINISTRATOR',
] as const;
export type AdminRole = (typeof ADMIN_ROLES)[number];

/** The seed's delegated admin (DAP): everything, which is why GDAP refuses it auto-extension. */
export const DEFAULT_ADMIN_ROLES: readonly AdminRole[] = ['GLOBAL_ADMINISTRATOR'];

/** Which admin roles give each permission a delegated admin can hold. */
export const ADMIN_ROLES_BY_PERMISSION: Partial<Record<Permission, readonly AdminRole[]>> = {
  MANAGE_USERS: ['USER_ADMINISTRATOR', 'GLOBAL_ADMINISTRATOR'],
  RESET_PASSWORDS: ['HELPDESK_ADMINISTRATOR', 'USER_ADMINISTRATOR', 'GLOBAL_ADMINISTRATOR'],
  MANAGE_LICENSES: ['LICENSE_ADMINISTRATOR', 'GLOBAL_ADMINISTRATOR'],
  MANAGE_SUPPORT_INCIDENTS: ['SERVICE_SUPPORT_ADMINISTRATOR', 'HELPDESK_ADMINISTRATOR', 'GLOBAL_ADMINISTRATOR'],
  MANAGE_BILLING: ['BILLING_ADMINISTRATOR', 'GLOBAL_ADMINISTRATOR'],
  READ_DIRECTORY: ['GLOBAL_READER', 'USER_ADMINISTRATOR', 'HELPDESK_ADMINISTRATOR', 'GLOBAL_ADMINISTRATOR'],
  READ_SECURITY_SETTINGS: ['SECURITY_READER', 'GLOBAL_READER', 'GLOBAL_ADMINISTRATOR'],
};

/** The admin roles that give a permission; empty when no admin role does (e.g. SUBMIT_ORDERS, the reseller's). */
export const adminRolesGranting = (permission: Permission): readonly AdminRole[] => ADMIN_ROLES_BY_PERMISSION[permission] ?? [];

/** The given roles, known, once each, in the canonical order; at least one. */
export function checkAdminRoles(field: string, roles: readonly string[]): AdminRole[] {
  const unknown = roles.filter((role) => !(ADMIN_ROLES as readonly string[]).includes(role));
  if (unknown.length > 0) throw invalid(field, `Unknown admin roles: ${unknown.join(', ')}. Choose from ${ADMIN_ROLES.join(', ')}.`);
  if (roles.length === 0) throw invalid(field, 'Choose at least one admin role.');
  return ADMIN_ROLES.filter((role) => roles.includes(role));
}

/** The roles of `roles` that are also in `within`, in the canonical order. */
export const intersectAdminRoles = (roles: readonly string[], within: readonly string[]): AdminRole[] =>
  ADMIN_ROLES.filter((role) => roles.includes(role) && within.includes(role));

/** B2: what the customer approves must be among what was asked. */
export function checkApprovedAdminRoles(asked: readonly AdminRole[], approved: readonly string[] | null | undefined): AdminRole[] {
  if (approved === null || approved === undefined) return [...asked];
  const roles = checkAdminRoles('approvedAdminRoles', approved);
  const notAsked = roles.filter((role) => !asked.includes(role));
  if (notAsked.length > 0)
    throw invalid('approvedAdminRoles', `The partner did not ask for ${notAsked.join(', ')}: approve only roles it asked for (${asked.join(', ')}).`);
  return roles;
}
