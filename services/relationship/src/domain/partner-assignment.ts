import { DomainError, invalid, roleList } from '@channelgraph/common/domain';

/*
 * R2 PARTNER role: "the customer assigns a user account in its tenant to the
 * partner, to work with other services on its behalf". One user per
 * relationship; assigning another replaces them. The assignment lasts while the
 * relationship is ACTIVE, holds the PARTNER role and the user is in the tenant.
 */

/** Why an assignment ended, as PartnerUserUnassigned states it. */
export type AssignmentEnd = 'UNASSIGNED' | 'REASSIGNED' | 'RELATIONSHIP_ENDED' | 'PARTNER_ROLE_REMOVED' | 'USER_REMOVED';

/** Only an ACTIVE relationship (checked before) that holds the PARTNER role takes an assigned user. */
export function checkPartnerRole(relationship: { roles: readonly string[] }): void {
  if (relationship.roles.includes('PARTNER')) return;
  const held = relationship.roles.length > 0 ? `this partner is your ${roleList(relationship.roles)}` : 'this relationship has no roles';
  throw new DomainError(
    'CONFLICT',
    `Only a partner with the partner role can have a user assigned, and ${held}. Ask the partner to invite you to the partner role first.`,
  );
}

/** The user must be a user of the customer's own tenant, not removed. */
export function checkAssignableUser<T extends { tenantId: string; removedAt: Date | null }>(user: T | null, customerTenantId: string): T {
  if (!user || user.tenantId !== customerTenantId || user.removedAt)
    throw invalid('userId', 'Choose a user of your organisation; this one is not, or was removed.');
  return user;
}

/** Ending an assignment needs one. */
export function checkHasAssignedUser<T extends { assignedUserId: string | null }>(relationship: T): T & { assignedUserId: string } {
  if (!relationship.assignedUserId) throw new DomainError('CONFLICT', 'No user is assigned to this partner.');
  return relationship as T & { assignedUserId: string };
}

/** An assignment outlives no change that leaves the relationship without the PARTNER role or not ACTIVE. */
export const keepsAssignment = (relationship: { status: string; roles: readonly string[] }): boolean =>
  relationship.status === 'ACTIVE' && relationship.roles.includes('PARTNER');
