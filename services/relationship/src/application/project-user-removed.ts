import { ReceivedEvent, Transaction, UserRemovedV1 } from '@channelgraph/common';
import { partnerName } from '../store/partners.repository';
import { relationshipsAssignedToForUpdate, saveRelationship } from '../store/relationships.repository';
import { markUserRemoved } from '../store/users.repository';
import { endPartnerAssignment } from './end-partner-assignment';

/** A user left their tenant: they can no longer be assigned, and every assignment of theirs ends (R2 PARTNER role). */
export async function projectUserRemoved(tx: Pick<Transaction, 'manager' | 'raise'>, event: ReceivedEvent<UserRemovedV1>): Promise<void> {
  const data = event.data;
  const at = new Date(data.removedAt);
  // Marking the user first locks them, so an assignment under way either saw them removed or is ended below.
  await markUserRemoved(tx.manager, { userId: data.userId, tenantId: data.tenantId, email: data.email }, at);
  for (const relationship of await relationshipsAssignedToForUpdate(tx.manager, data.userId)) {
    const name = await partnerName(tx.manager, relationship.partnerId);
    await saveRelationship(tx.manager, await endPartnerAssignment(tx, { ...relationship, updatedAt: new Date() }, name, 'USER_REMOVED', data.removedByUserId));
  }
}
