import { Principal, Transaction, UnitOfWork } from '@channelgraph/common';
import { checkHasAdminAccess, NO_ADMIN_ACCESS } from '../domain/admin-access';
import { checkAdminRoles } from '../domain/admin-roles';
import { rolesAfterRemoval } from '../domain/admin-change';
import { checkChangeableRelationship } from '../domain/relationships';
import { withoutAdminPrivileges } from '../domain/roles';
import { RelationshipEvents } from '../events/published';
import { RelationshipRow } from '../store/entities';
import { partnerName } from '../store/partners.repository';
import { relationshipOfTenantForUpdate, saveRelationship } from '../store/relationships.repository';
import { keepOrEndPartnerAssignment } from './end-partner-assignment';
import { adminAccessChanged } from './admin-access-assignments';

/** R6: the customer removes delegated admin; the relationship stays ACTIVE with its other roles, possibly none. */
export function removeAdminPrivileges(deps: { unitOfWork: UnitOfWork }, principal: Principal, relationshipId: string): Promise<RelationshipRow> {
  return deps.unitOfWork.run(async (tx) => {
    const relationship = checkChangeableRelationship(await relationshipOfTenantForUpdate(tx.manager, relationshipId, 'customer', principal.tenantId));
    return endAdminAccess(tx, relationship, principal.userId);
  });
}

/**
 * B2: the customer removes single admin roles; the partner keeps the others. Removing the last one is R6's
 * removal of delegated admin.
 */
export function removeAdminRoles(
  deps: { unitOfWork: UnitOfWork },
  principal: Principal,
  input: { relationshipId: string; adminRoles: string[] },
): Promise<RelationshipRow> {
  const removed = checkAdminRoles('adminRoles', input.adminRoles);
  return deps.unitOfWork.run(async (tx) => {
    const relationship = checkChangeableRelationship(await relationshipOfTenantForUpdate(tx.manager, input.relationshipId, 'customer', principal.tenantId));
    checkHasAdminAccess(relationship);
    const remaining = rolesAfterRemoval(relationship.adminRoles, removed);
    if (remaining.length === 0) return endAdminAccess(tx, relationship, principal.userId);
    const changed: RelationshipRow = { ...relationship, adminRoles: remaining, updatedAt: new Date() };
    await saveRelationship(tx.manager, changed);
    await adminAccessChanged(tx, 'ROLES_REMOVED', changed, await partnerName(tx.manager, relationship.partnerId), relationship, { byUserId: principal.userId });
    return changed;
  });
}

/** R6 and B2: delegated admin and every admin role go; the relationship stays with its other roles (even none: it then grants nothing). */
async function endAdminAccess(tx: Pick<Transaction, 'manager' | 'raise'>, relationship: RelationshipRow, byUserId: string): Promise<RelationshipRow> {
  const roles = withoutAdminPrivileges(relationship.roles);
  const name = await partnerName(tx.manager, relationship.partnerId);
  // R2 PARTNER role: an assignment ends when a change leaves the relationship without that role (R6 never takes it).
  const updated = await keepOrEndPartnerAssignment(tx, { ...relationship, roles, ...NO_ADMIN_ACCESS, updatedAt: new Date() }, name, byUserId);
  await saveRelationship(tx.manager, updated);
  tx.raise(RelationshipEvents.adminPrivilegesRemoved(updated, name, byUserId));
  await adminAccessChanged(tx, 'ROLES_REMOVED', updated, name, relationship, { byUserId });
  return updated;
}
