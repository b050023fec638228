import { DomainError, Principal, Transaction, UnitOfWork } from '@channelgraph/common';
import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { checkHasAdminAccess, liveAdminRoles } from '../domain/admin-access';
import { checkAssignableRoles, checkAssignees, fitToGrant } from '../domain/admin-assignment';
import { checkChangeableRelationship } from '../domain/relationships';
import { AdminAccessAssignmentEvents, AdminAccessChange, AdminAccessEvents, AdminAccessState } from '../events/published';
import {
  AssignmentRecord,
  assignmentForUpdate,
  assignmentsOfRelationshipForUpdate,
  deleteAssignment,
  saveAssignment,
} from '../store/admin-access-assignments.repository';
import { RelationshipRow, userProjectionEntity } from '../store/entities';
import { relationshipOfTenantForUpdate } from '../store/relationships.repository';

type Tx = Pick<Transaction, 'manager' | 'raise'>;

/** B3: the partner assigns granted admin roles to named users of its own. */
export function assignAdminAccess(
  deps: { unitOfWork: UnitOfWork },
  principal: Principal,
  input: { relationshipId: string; userIds: string[]; adminRoles: string[] },
): Promise<AssignmentRecord> {
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const relationship = checkChangeableRelationship(await relationshipOfTenantForUpdate(manager, input.relationshipId, 'partner', principal.tenantId));
    checkHasAdminAccess(relationship);
    const adminRoles = checkAssignableRoles(input.adminRoles, relationship.adminRoles);
    const known = await manager.getRepository(userProjectionEntity).findBy({ userId: In([...new Set(input.userIds)]) });
    const userIds = checkAssignees(input.userIds, known, relationship.partnerTenantId);
    const now = new Date();
    const assignment: AssignmentRecord = {
      id: randomUUID(),
      relationshipId: relationship.id,
      partnerId: relationship.partnerId,
      adminRoles,
      userIds,
      createdByUserId: principal.userId,
      createdAt: now,
      updatedAt: now,
    };
    await saveAssignment(manager, assignment, true);
    raise(AdminAccessAssignmentEvents.changed('ASSIGNED', assignment, relationship, principal.userId));
    return assignment;
  });
}

/** B3: the partner ends one of its assignments. */
export function removeAdminAccessAssignment(deps: { unitOfWork: UnitOfWork }, principal: Principal, assignmentId: string): Promise<AssignmentRecord> {
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const found = await assignmentForUpdate(manager, assignmentId);
    const relationship = found && (await relationshipOfTenantForUpdate(manager, found.relationshipId, 'partner', principal.tenantId));
    if (!found || !relationship) throw new DomainError('NOT_FOUND', 'No admin access assignment with this id is yours to remove.');
    await deleteAssignment(manager, found.id);
    const removed: AssignmentRecord = { ...found, updatedAt: new Date() };
    raise(AdminAccessAssignmentEvents.changed('REMOVED', removed, relationship, principal.userId));
    return removed;
  });
}

/**
 * B3: an assignment never holds more than the customer grants now. After the grant changed (or the relationship
 * ended), each assignment keeps only the roles still granted, and ends with none left.
 */
export async function fitAssignmentsToGrant(tx: Tx, relationship: RelationshipRow, byUserId: string | null): Promise<void> {
  const granted = relationship.status === 'ACTIVE' ? liveAdminRoles(relationship) : [];
  for (const assignment of await assignmentsOfRelationshipForUpdate(tx.manager, relationship.id)) {
    const kept = fitToGrant(assignment.adminRoles, granted);
    if (kept.length === assignment.adminRoles.length) continue;
    const changed: AssignmentRecord = { ...assignment, adminRoles: kept, updatedAt: relationship.updatedAt };
    if (kept.length === 0) await deleteAssignment(tx.manager, assignment.id);
    else await saveAssignment(tx.manager, changed, false);
    tx.raise(AdminAccessAssignmentEvents.changed(kept.length === 0 ? 'REMOVED' : 'REDUCED', changed, relationship, byUserId));
  }
}

/** Every change of admin access: announced (AdminAccessChanged), with the partner's assignments fitted to what is left. */
export async function adminAccessChanged(
  tx: Tx,
  change: AdminAccessChange,
  relationship: RelationshipRow,
  partnerName: string,
  before: AdminAccessState | null,
  by: { byUserId: string | null; requestId?: string | null },
): Promise<void> {
  tx.raise(AdminAccessEvents.changed(change, relationship, partnerName, before, by));
  await fitAssignmentsToGrant(tx, relationship, by.byUserId);
}
