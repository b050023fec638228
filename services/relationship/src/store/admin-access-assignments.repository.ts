import { EntityManager, In } from 'typeorm';
import type { AdminRole } from '../domain/admin-roles';
import { adminAccessAssignmentEntity, AdminAccessAssignmentRow, adminAccessAssignmentUserEntity } from './entities';

// B3: admin access assignments, each with the partner users it names.

export interface AssignmentRecord extends AdminAccessAssignmentRow {
  userIds: string[];
}

async function withUsers(manager: EntityManager, rows: AdminAccessAssignmentRow[]): Promise<AssignmentRecord[]> {
  if (rows.length === 0) return [];
  const users = await manager.getRepository(adminAccessAssignmentUserEntity).find({
    where: { assignmentId: In(rows.map((row) => row.id)) },
    order: { userId: 'ASC' },
  });
  return rows.map((row) => ({ ...row, userIds: users.filter((user) => user.assignmentId === row.id).map((user) => user.userId) }));
}

export async function saveAssignment(manager: EntityManager, assignment: AssignmentRecord, isNew: boolean): Promise<void> {
  const { userIds, ...row } = assignment;
  await manager.getRepository(adminAccessAssignmentEntity).save(row);
  if (isNew) await manager.getRepository(adminAccessAssignmentUserEntity).insert(userIds.map((userId) => ({ assignmentId: row.id, userId })));
}

export async function deleteAssignment(manager: EntityManager, assignmentId: string): Promise<void> {
  // Its users go with it (ON DELETE CASCADE).
  await manager.getRepository(adminAccessAssignmentEntity).delete({ id: assignmentId });
}

/** One assignment, locked while it is removed. */
export async function assignmentForUpdate(manager: EntityManager, assignmentId: string): Promise<AssignmentRecord | null> {
  const row = await manager.getRepository(adminAccessAssignmentEntity).findOne({ where: { id: assignmentId }, lock: { mode: 'pessimistic_write' } });
  return row ? (await withUsers(manager, [row]))[0] : null;
}

/** The relationships' assignments, oldest first, each list keyed by its relationship. */
export async function assignmentsOfRelationships(manager: EntityManager, relationshipIds: readonly string[]): Promise<Map<string, AssignmentRecord[]>> {
  const rows = await manager.getRepository(adminAccessAssignmentEntity).find({
    where: { relationshipId: In([...relationshipIds]) },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
  const assignments = await withUsers(manager, rows);
  return new Map(relationshipIds.map((id) => [id, assignments.filter((assignment) => assignment.relationshipId === id)]));
}

/** A relationship's assignments, locked while the grant they must fit changes (the relationship is locked first). */
export async function assignmentsOfRelationshipForUpdate(manager: EntityManager, relationshipId: string): Promise<AssignmentRecord[]> {
  const rows = await manager.getRepository(adminAccessAssignmentEntity).find({
    where: { relationshipId },
    order: { createdAt: 'ASC', id: 'ASC' },
    lock: { mode: 'pessimistic_write' },
  });
  return withUsers(manager, rows);
}

/** Every admin role assigned to this user on this relationship, across their assignments. */
export async function adminRolesAssignedTo(manager: EntityManager, relationshipId: string, userId: string): Promise<AdminRole[]> {
  const rows: Array<{ admin_roles: string }> = await manager.query(
    `SELECT a.admin_roles FROM admin_access_assignment_user u
       JOIN admin_access_assignment a ON a.id = u.assignment_id
      WHERE u.user_id = ? AND a.relationship_id = ?`,
    [userId, relationshipId],
  );
  return [...new Set(rows.flatMap((row) => (row.admin_roles ? (row.admin_roles.split(',') as AdminRole[]) : [])))];
}
