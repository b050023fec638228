import { EntityManager } from 'typeorm';
import { pendingImportEntity, PendingImportRow } from './entities';

// R16 rows waiting, by MPN id, for their partner to become ACTIVE.

/** Keeps the rows; a row for the same MPN id and customer replaces the one waiting. */
export async function keepPendingImports(manager: EntityManager, rows: PendingImportRow[]): Promise<void> {
  await manager.getRepository(pendingImportEntity).upsert(rows, ['mpnId', 'customerTenantId']);
}

/** The rows waiting for an MPN id, locked until they are applied. */
export function pendingImportsForUpdate(manager: EntityManager, mpnId: string): Promise<PendingImportRow[]> {
  return manager.getRepository(pendingImportEntity).find({ where: { mpnId }, lock: { mode: 'pessimistic_write' } });
}

export async function forgetPendingImports(manager: EntityManager, mpnId: string): Promise<void> {
  await manager.getRepository(pendingImportEntity).delete({ mpnId });
}
