import { isNewerThanApplied, PartnerUserAssignedV1, PartnerUserUnassignedV1, ReceivedEvent, sequenceAfter, Transaction } from '@channelgraph/common';
import { assignmentForUpdate, saveAssignment } from '../store/partner-user-assignments.repository';

/**
 * R2 PARTNER role: keeps which customer user each relationship's partner works with. An event older
 * than the one applied (by the relationship's event sequence) changes nothing, so a late
 * PartnerUserUnassigned never ends a newer assignment. Runs in the inbox transaction.
 */
export async function projectPartnerUserAssignment(tx: Transaction, event: ReceivedEvent<PartnerUserAssignedV1 | PartnerUserUnassignedV1>): Promise<void> {
  const data = event.data;
  const known = await assignmentForUpdate(tx.manager, data.relationshipId);
  if (!isNewerThanApplied(event, known?.lastSequence)) return;
  const assigned = 'assignedAt' in data;
  await saveAssignment(tx.manager, {
    relationshipId: data.relationshipId,
    userId: assigned ? data.assignedUser.userId : null,
    partnerTenantId: data.partnerTenantId,
    lastSequence: sequenceAfter(event, known?.lastSequence),
    changedAt: new Date(assigned ? data.assignedAt : data.unassignedAt),
  });
}
