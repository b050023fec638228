import { EntityManager, In } from 'typeorm';
import { partnerProjectionEntity, PartnerProjectionRow } from './entities';

// Enrollment's partners as this service knows them from events (the partner projection).

/** The partner's row, locked while an event changes it. */
export function partnerForUpdate(manager: EntityManager, partnerId: string): Promise<PartnerProjectionRow | null> {
  return manager.getRepository(partnerProjectionEntity).findOne({ where: { partnerId }, lock: { mode: 'pessimistic_write' } });
}

export async function savePartner(manager: EntityManager, row: PartnerProjectionRow): Promise<void> {
  await manager.getRepository(partnerProjectionEntity).save(row);
}

/** The programme of each partner known here (an id missing from the map: not projected yet). */
export async function programmesOf(manager: EntityManager, partnerIds: readonly string[]): Promise<Map<string, PartnerProjectionRow['program']>> {
  if (partnerIds.length === 0) return new Map();
  const rows = await manager.getRepository(partnerProjectionEntity).find({
    select: { partnerId: true, program: true },
    where: { partnerId: In([...new Set(partnerIds)]) },
  });
  return new Map(rows.map((row) => [row.partnerId, row.program]));
}
