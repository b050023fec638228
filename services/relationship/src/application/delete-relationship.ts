import { Principal, UnitOfWork } from '@channelgraph/common';
import { checkChangeableRelationship } from '../domain/relationships';
import { checkCustomerMayDelete } from '../domain/roles';
import { RelationshipEvents } from '../events/published';
import { RelationshipRow } from '../store/entities';
import { partnerName } from '../store/partners.repository';
import { relationshipOfTenantForUpdate, saveRelationship } from '../store/relationships.repository';
import { fitAssignmentsToGrant } from './admin-access-assignments';
import { keepOrEndPartnerAssignment } from './end-partner-assignment';

/** R7: the customer deletes a relationship only where every role is delegated admin or advisor. */
export function deleteRelationship(deps: { unitOfWork: UnitOfWork }, principal: Principal, relationshipId: string): Promise<RelationshipRow> {
  return deps.unitOfWork.run(async (tx) => {
    const { manager, raise } = tx;
    const relationship = checkChangeableRelationship(await relationshipOfTenantForUpdate(manager, relationshipId, 'customer', principal.tenantId));
    checkCustomerMayDelete(relationship.roles);
    const name = await partnerName(manager, relationship.partnerId);
    // R2 PARTNER role: the assigned user's assignment ends with the relationship.
    const ended = await keepOrEndPartnerAssignment(tx, { ...relationship, status: 'TERMINATED', updatedAt: new Date() }, name, principal.userId);
    await saveRelationship(manager, ended);
    raise(RelationshipEvents.deleted(ended, name, principal.userId));
    // B3: admin access assignments end with the relationship.
    await fitAssignmentsToGrant(tx, ended, principal.userId);
    return ended;
  });
}
