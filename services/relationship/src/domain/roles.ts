import { DomainError, invalid, roleList } from '@channelgraph/common/domain';

/** R2: what a partner may be to a customer. */
export const RELATIONSHIP_ROLES = ['RESELLER', 'DELEGATED_ADMIN', 'PARTNER', 'ADVISOR', 'MPSA', 'OEM_PC', 'LINE_OF_BUSINESS'] as const;
export type RelationshipRole = (typeof RELATIONSHIP_ROLES)[number];

export const PERMISSIONS = [
  'SUBMIT_ORDERS',
  'MANAGE_SUBSCRIPTIONS',
  'MANAGE_USERS',
  'MANAGE_LICENSES',
  'RESET_PASSWORDS',
  'MANAGE_SUPPORT_INCIDENTS',
  'VIEW_PURCHASES',
  'UPLOAD_DEVICE_IDS',
  'MANAGE_LOB_APPS',
  'MANAGE_BILLING',
  'READ_DIRECTORY',
  'READ_SECURITY_SETTINGS',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** R2 and R15: which role grants which permission. RESELLER's are also conditional on the agreement (R4). */
export const PERMISSIONS_BY_ROLE: Record<RelationshipRole, readonly Permission[]> = {
  RESELLER: ['SUBMIT_ORDERS', 'MANAGE_SUBSCRIPTIONS'],
  // B1: what delegated admin can grant, each permission through its admin roles (ADMIN_ROLES_BY_PERMISSION);
  // never buying, which is the reseller's.
  DELEGATED_ADMIN: [
    'MANAGE_USERS',
    'MANAGE_LICENSES',
    'RESET_PASSWORDS',
    'MANAGE_SUPPORT_INCIDENTS',
    'MANAGE_BILLING',
    'READ_DIRECTORY',
    'READ_SECURITY_SETTINGS',
  ],
  ADVISOR: ['RESET_PASSWORDS', 'MANAGE_SUPPORT_INCIDENTS'],
  MPSA: ['VIEW_PURCHASES'],
  OEM_PC: ['UPLOAD_DEVICE_IDS'],
  LINE_OF_BUSINESS: ['MANAGE_LOB_APPS'],
  PARTNER: [],
};

/** Permissions that only count while the customer has accepted the current Customer Agreement (R4). */
export const NEEDS_CURRENT_AGREEMENT: readonly Permission[] = ['SUBMIT_ORDERS', 'MANAGE_SUBSCRIPTIONS'];

/**
 * R19: what a combined invitation asks for. The reseller becomes reseller and
 * delegated admin ("administrator permissions to manage subscriptions,
 * licences and users on the customer's behalf"); its provider becomes a
 * reseller of record, so it can submit orders. The request's `roles` are the
 * reseller's; the provider's follow from the kind.
 */
export const COMBINED_INVITATION_ROLES: { reseller: readonly RelationshipRole[]; provider: readonly RelationshipRole[] } = {
  reseller: ['RESELLER', 'DELEGATED_ADMIN'],
  provider: ['RESELLER'],
};

/** R19: the roles a request asks for its indirect provider; null when it names none (only a combined invitation does). */
export const providerRolesOf = (request: { kind: string; indirectProviderId: string | null }): RelationshipRole[] | null =>
  request.kind === 'CUSTOMER_WITH_PROVIDER' && request.indirectProviderId ? [...COMBINED_INVITATION_ROLES.provider] : null;

/** R7: the only roles a customer may end by deleting the relationship. */
export const CUSTOMER_DELETABLE_ROLES: readonly RelationshipRole[] = ['DELEGATED_ADMIN', 'ADVISOR'];

export function checkRoles(field: string, roles: readonly string[]): RelationshipRole[] {
  const unique = [...new Set(roles)];
  if (unique.length === 0) throw invalid(field, 'Choose at least one role for the relationship.');
  const unknown = unique.filter((role) => !(RELATIONSHIP_ROLES as readonly string[]).includes(role));
  if (unknown.length > 0) throw invalid(field, `Unknown relationship roles: ${unknown.join(', ')}. Choose from ${RELATIONSHIP_ROLES.join(', ')}.`);
  return RELATIONSHIP_ROLES.filter((role) => unique.includes(role));
}

/** Roles after an acceptance: the union, in the canonical order. */
export function mergeRoles(current: readonly string[], added: readonly string[]): RelationshipRole[] {
  return RELATIONSHIP_ROLES.filter((role) => current.includes(role) || added.includes(role));
}

/** R6: the relationship stays, without delegated admin: with its other roles, or with none (it then grants no permission). */
export function withoutAdminPrivileges(roles: readonly string[]): RelationshipRole[] {
  if (!roles.includes('DELEGATED_ADMIN')) throw new DomainError('CONFLICT', 'This partner has no delegated admin privileges to remove.');
  return RELATIONSHIP_ROLES.filter((role) => role !== 'DELEGATED_ADMIN' && roles.includes(role));
}

/** R7: the customer may delete only delegated-admin and advisor relationships; for others, the partner ends it. */
export function checkCustomerMayDelete(roles: readonly string[]): void {
  const others = roles.filter((role) => !(CUSTOMER_DELETABLE_ROLES as readonly string[]).includes(role));
  if (others.length > 0) {
    throw new DomainError(
      'FORBIDDEN',
      `You cannot delete this relationship because the partner is also your ${roleList(others)}. Contact the partner to end it.`,
    );
  }
}
