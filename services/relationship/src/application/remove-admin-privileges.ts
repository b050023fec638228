import { Principal, UnitOfWork } from '@channelgraph/common';
import { checkChangeableRelationship, statusWithRoles } from '../domain/relationships';
import { withoutAdminPrivileges } from '../domain/roles';
import { RelationshipEvents } from '../events/published';
import { RelationshipRow } from '../store/entities';
import { partnerName } from '../store/partners.repository';
import { relationshipOfTenantForUpdate, saveRelationship } from '../store/relationships.repository';

/** R6: the customer removes delegated admin; the relationship stays with its other roles. */
export function removeAdminPrivileges(deps: { unitOfWork: UnitOfWork }, principal: Principal, relationshipId: string): Promise<RelationshipRow> {
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const relationship = checkChangeableRelationship(await relationshipOfTenantForUpdate(manager, relationshipId, 'customer', principal.tenantId));
    const roles = withoutAdminPrivileges(relationship.roles);
    // A relationship whose only role was delegated admin has nothing left: it ends.
    const updated: RelationshipRow = { ...relationship, roles, status: statusWithRoles(roles), updatedAt: new Date() };
    await saveRelationship(manager, updated);
    raise(RelationshipEvents.adminPrivilegesRemoved(updated, await partnerName(manager, updated.partnerId), principal.userId));
    return updated;
  });
}
