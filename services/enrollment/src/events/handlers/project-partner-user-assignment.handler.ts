import { EventHandler, isNewerThanApplied, PartnerUserAssignedV1, PartnerUserUnassignedV1, sequenceAfter } from '@channelgraph/common';
import { assignmentForUpdate, saveAssignment } from '../../store/partner-user-assignments.repository';

/**
 * R2 PARTNER role: keeps which customer user each relationship's partner works with. An event older
 * than the one applied (by the relationship's event sequence) changes nothing, so a late
 * PartnerUserUnassigned never ends a newer assignment.
 */
export const projectPartnerUserAssignment: EventHandler<PartnerUserAssignedV1 | PartnerUserUnassignedV1> = async (event, { manager }) => {
  const data = event.data;
  const known = await assignmentForUpdate(manager, data.relationshipId);
  if (!isNewerThanApplied(event, known?.lastSequence)) return;
  const assigned = 'assignedAt' in data;
  await saveAssignment(manager, {
    relationshipId: data.relationshipId,
    userId: assigned ? data.assignedUser.userId : null,
    partnerTenantId: data.partnerTenantId,
    lastSequence: sequenceAfter(event, known?.lastSequence),
    changedAt: new Date(assigned ? data.assignedAt : data.unassignedAt),
  });
};
