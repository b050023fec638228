import { Principal, UnitOfWork } from '@channelgraph/common';
import { checkChangeableRelationship } from '../domain/relationships';
import { checkCustomerMayDelete } from '../domain/roles';
import { RelationshipEvents } from '../events/published';
import { RelationshipRow } from '../store/entities';
import { partnerName } from '../store/partners.repository';
import { relationshipOfTenantForUpdate, saveRelationship } from '../store/relationships.repository';

/** R7: the customer deletes a relationship only where every role is delegated admin or advisor. */
export function deleteRelationship(deps: { unitOfWork: UnitOfWork }, principal: Principal, relationshipId: string): Promise<RelationshipRow> {
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const relationship = checkChangeableRelationship(await relationshipOfTenantForUpdate(manager, relationshipId, 'customer', principal.tenantId));
    checkCustomerMayDelete(relationship.roles);
    const ended: RelationshipRow = { ...relationship, status: 'TERMINATED', updatedAt: new Date() };
    await saveRelationship(manager, ended);
    raise(RelationshipEvents.deleted(ended, await partnerName(manager, ended.partnerId), principal.userId));
    return ended;
  });
}
