import { Principal, UnitOfWork } from '@channelgraph/common';
import { checkChangeableRelationship } from '../domain/relationships';
import { withoutAdminPrivileges } from '../domain/roles';
import { RelationshipEvents } from '../events/published';
import { RelationshipRow } from '../store/entities';
import { partnerName } from '../store/partners.repository';
import { relationshipOfTenantForUpdate, saveRelationship } from '../store/relationships.repository';

/** R6: the customer removes delegated admin; the relationship stays ACTIVE with its other roles, possibly none. */
export function removeAdminPrivileges(deps: { unitOfWork: UnitOfWork }, principal: Principal, relationshipId: string): Promise<RelationshipRow> {
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const relationship = checkChangeableRelationship(await relationshipOfTenantForUpdate(manager, relationshipId, 'customer', principal.tenantId));
    const roles = withoutAdminPrivileges(relationship.roles);
    // Even with no role left it stays, granting nothing, until the customer deletes it or the partner ends it.
    const updated: RelationshipRow = { ...relationship, roles, updatedAt: new Date() };
    await saveRelationship(manager, updated);
    raise(RelationshipEvents.adminPrivilegesRemoved(updated, await partnerName(manager, updated.partnerId), principal.userId));
    return updated;
  });
}
