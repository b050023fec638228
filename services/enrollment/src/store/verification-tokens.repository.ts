import { EntityManager, IsNull } from 'typeorm';
import { verificationTokenEntity, VerificationTokenRow } from './entities';

export async function insertVerificationToken(manager: EntityManager, row: VerificationTokenRow): Promise<void> {
  await manager.getRepository(verificationTokenEntity).insert(row);
}

/** The link with this token hash, locked so two clicks on the same link cannot both succeed. */
export function lockedVerificationLink(manager: EntityManager, tokenHash: string): Promise<VerificationTokenRow | null> {
  return manager.getRepository(verificationTokenEntity).findOne({ where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
}

export async function markVerificationLinkUsed(manager: EntityManager, tokenHash: string, usedAt: Date): Promise<void> {
  await manager.getRepository(verificationTokenEntity).update({ tokenHash }, { usedAt });
}

/** Ends every link of the partner not used yet: only the newest email's link works. */
export async function deleteUnusedVerificationLinks(manager: EntityManager, partnerId: string): Promise<void> {
  await manager.getRepository(verificationTokenEntity).delete({ partnerId, usedAt: IsNull() });
}
