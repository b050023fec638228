import { Principal, UnitOfWork } from '@channelgraph/common';
import { checkAssignableUser, checkPartnerRole } from '../domain/partner-assignment';
import { checkChangeableRelationship } from '../domain/relationships';
import { RelationshipEvents } from '../events/published';
import { RelationshipRow } from '../store/entities';
import { partnerName } from '../store/partners.repository';
import { relationshipOfTenantForUpdate, saveRelationship } from '../store/relationships.repository';
import { userForUpdate } from '../store/users.repository';
import { endPartnerAssignment } from './end-partner-assignment';

/** R2 PARTNER role: the customer assigns one of its users to the partner, replacing the user assigned before. */
export function assignUserToPartner(
  deps: { unitOfWork: UnitOfWork },
  principal: Principal,
  input: { relationshipId: string; userId: string },
): Promise<RelationshipRow> {
  return deps.unitOfWork.run(async (tx) => {
    const { manager, raise } = tx;
    // The user first, as the UserRemoved handler locks them before their relationships: no lock cycle, and a user
    // removed meanwhile is either seen removed here or has this assignment ended by that handler.
    const user = await userForUpdate(manager, input.userId);
    const relationship = checkChangeableRelationship(await relationshipOfTenantForUpdate(manager, input.relationshipId, 'customer', principal.tenantId));
    checkPartnerRole(relationship);
    const assigned = checkAssignableUser(user, principal.tenantId);
    if (relationship.assignedUserId === assigned.userId) return relationship;
    const name = await partnerName(manager, relationship.partnerId);
    const changed: RelationshipRow = { ...relationship, updatedAt: new Date() };
    const replaced = await endPartnerAssignment(tx, changed, name, 'REASSIGNED', principal.userId);
    const updated: RelationshipRow = { ...replaced, assignedUserId: assigned.userId };
    await saveRelationship(manager, updated);
    raise(RelationshipEvents.partnerUserAssigned(updated, name, assigned, principal.userId));
    return updated;
  });
}
