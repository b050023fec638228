import { Transaction } from '@channelgraph/common';
import { AssignmentEnd, keepsAssignment } from '../domain/partner-assignment';
import { RelationshipEvents } from '../events/published';
import { RelationshipRow } from '../store/entities';
import { userById } from '../store/users.repository';

/**
 * R2 PARTNER role: the relationship without its assigned user, if it has one;
 * raises PartnerUserUnassigned in the change's transaction. The caller saves the row.
 */
export async function endPartnerAssignment(
  { manager, raise }: Pick<Transaction, 'manager' | 'raise'>,
  relationship: RelationshipRow,
  partnerName: string,
  reason: AssignmentEnd,
  byUserId: string | null,
): Promise<RelationshipRow> {
  if (!relationship.assignedUserId) return relationship;
  const user = await userById(manager, relationship.assignedUserId);
  const ended: RelationshipRow = { ...relationship, assignedUserId: null };
  // Only a projected user can be assigned, and removal only marks them, so the row is there.
  if (!user) throw new Error(`The assigned user ${relationship.assignedUserId} is missing from user_projection.`);
  raise(RelationshipEvents.partnerUserUnassigned(ended, partnerName, user, reason, byUserId));
  return ended;
}

/**
 * The relationship after a change of status or roles: the assignment ends when
 * the change leaves it not ACTIVE or without the PARTNER role, and stays otherwise.
 */
export function keepOrEndPartnerAssignment(
  tx: Pick<Transaction, 'manager' | 'raise'>,
  changed: RelationshipRow,
  partnerName: string,
  byUserId: string | null,
): Promise<RelationshipRow> {
  if (keepsAssignment(changed)) return Promise.resolve(changed);
  return endPartnerAssignment(tx, changed, partnerName, changed.status === 'ACTIVE' ? 'PARTNER_ROLE_REMOVED' : 'RELATIONSHIP_ENDED', byUserId);
}
