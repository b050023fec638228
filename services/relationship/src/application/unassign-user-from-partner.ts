import { Principal, UnitOfWork } from '@channelgraph/common';
import { checkHasAssignedUser } from '../domain/partner-assignment';
import { checkChangeableRelationship } from '../domain/relationships';
import { RelationshipRow } from '../store/entities';
import { partnerName } from '../store/partners.repository';
import { relationshipOfTenantForUpdate, saveRelationship } from '../store/relationships.repository';
import { endPartnerAssignment } from './end-partner-assignment';

/** R2 PARTNER role: the customer ends the assignment of its user to the partner. */
export function unassignUserFromPartner(deps: { unitOfWork: UnitOfWork }, principal: Principal, relationshipId: string): Promise<RelationshipRow> {
  return deps.unitOfWork.run(async (tx) => {
    const relationship = checkHasAssignedUser(
      checkChangeableRelationship(await relationshipOfTenantForUpdate(tx.manager, relationshipId, 'customer', principal.tenantId)),
    );
    const changed: RelationshipRow = { ...relationship, updatedAt: new Date() };
    const updated = await endPartnerAssignment(tx, changed, await partnerName(tx.manager, relationship.partnerId), 'UNASSIGNED', principal.userId);
    await saveRelationship(tx.manager, updated);
    return updated;
  });
}
