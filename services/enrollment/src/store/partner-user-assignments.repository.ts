import { EntityManager, In } from 'typeorm';
import { partnerUserAssignmentEntity, PartnerUserAssignmentRow } from './entities';

// R2 PARTNER role: the customer users assigned to partners, as relationship's events state them.

/** A relationship's assignment as last projected, locked while an event changes it. */
export function assignmentForUpdate(manager: EntityManager, relationshipId: string): Promise<PartnerUserAssignmentRow | null> {
  return manager.getRepository(partnerUserAssignmentEntity).findOne({ where: { relationshipId }, lock: { mode: 'pessimistic_write' } });
}

export async function saveAssignment(manager: EntityManager, row: PartnerUserAssignmentRow): Promise<void> {
  await manager.getRepository(partnerUserAssignmentEntity).save(row);
}

/** For several users in one query: the partner tenants each is assigned to. */
export async function partnerTenantsAssignedTo(manager: EntityManager, userIds: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await manager.getRepository(partnerUserAssignmentEntity).find({ where: { userId: In([...userIds]) } });
  const byUser = new Map<string, string[]>();
  for (const row of rows) if (row.userId) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.partnerTenantId]);
  return byUser;
}
