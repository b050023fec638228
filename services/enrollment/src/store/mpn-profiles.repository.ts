import { EntityManager } from 'typeorm';
import { mpnProfileEntity, MpnProfileRow } from './entities';

/** The registry profile of an MPN id; locked when `lock`, so concurrent claims of one id take turns. */
export function mpnProfileById(manager: EntityManager, mpnId: string, lock = false): Promise<MpnProfileRow | null> {
  return manager.getRepository(mpnProfileEntity).findOne({ where: { mpnId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
}

/** Creates the profile, or replaces the one with the same MPN id. */
export async function saveMpnProfile(manager: EntityManager, row: MpnProfileRow): Promise<void> {
  await manager.getRepository(mpnProfileEntity).upsert(row, ['mpnId']);
}
