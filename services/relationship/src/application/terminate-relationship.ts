import { Principal, UnitOfWork } from '@channelgraph/common';
import { checkChangeableRelationship } from '../domain/relationships';
import { RelationshipEvents } from '../events/published';
import { RelationshipRow } from '../store/entities';
import { partnerName } from '../store/partners.repository';
import { relationshipOfTenantForUpdate, saveRelationship } from '../store/relationships.repository';

/** The partner ends one of its relationships. */
export function terminateRelationship(deps: { unitOfWork: UnitOfWork }, principal: Principal, relationshipId: string): Promise<RelationshipRow> {
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const relationship = checkChangeableRelationship(await relationshipOfTenantForUpdate(manager, relationshipId, 'partner', principal.tenantId));
    const ended: RelationshipRow = { ...relationship, status: 'TERMINATED', updatedAt: new Date() };
    await saveRelationship(manager, ended);
    raise(RelationshipEvents.terminated(ended, await partnerName(manager, ended.partnerId), principal.userId));
    return ended;
  });
}
