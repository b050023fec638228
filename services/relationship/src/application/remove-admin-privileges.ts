import { Principal, UnitOfWork } from '@channelgraph/common';
import { checkChangeableRelationship } from '../domain/relationships';
import { withoutAdminPrivileges } from '../domain/roles';
import { RelationshipEvents } from '../events/published';
import { RelationshipRow } from '../store/entities';
import { partnerName } from '../store/partners.repository';
import { relationshipOfTenantForUpdate, saveRelationship } from '../store/relationships.repository';
import { keepOrEndPartnerAssignment } from './end-partner-assignment';

/** R6: the customer removes delegated admin; the relationship stays ACTIVE with its other roles, possibly none. */
export function removeAdminPrivileges(deps: { unitOfWork: UnitOfWork }, principal: Principal, relationshipId: string): Promise<RelationshipRow> {
  return deps.unitOfWork.run(async (tx) => {
    const { manager, raise } = tx;
    const relationship = checkChangeableRelationship(await relationshipOfTenantForUpdate(manager, relationshipId, 'customer', principal.tenantId));
    const roles = withoutAdminPrivileges(relationship.roles);
    // Even with no role left it stays, granting nothing, until the customer deletes it or the partner ends it.
    const name = await partnerName(manager, relationship.partnerId);
    // R2 PARTNER role: an assignment ends when a change leaves the relationship without that role (R6 never takes it).
    const updated = await keepOrEndPartnerAssignment(tx, { ...relationship, roles, updatedAt: new Date() }, name, principal.userId);
    await saveRelationship(manager, updated);
    raise(RelationshipEvents.adminPrivilegesRemoved(updated, name, principal.userId));
    return updated;
  });
}
