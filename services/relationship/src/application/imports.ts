import { invalid, UnitOfWork } from '@channelgraph/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { checkRoles } from '../domain/roles';
import { importEvent } from '../events/published';
import { partnerProjectionEntity, PartnerProjectionRow, pendingImportEntity } from '../store/entities';
import { establish } from './responses';

export interface ExistingRelationship { mpnId: string; customerId: string; roles: string[] }

const MAX_ROWS = 1000;

/**
 * R16: customers a partner served outside the platform. Rows are kept by MPN
 * id; they become relationships when (or as soon as) the partner is ACTIVE.
 */
export function importExistingRelationships(deps: { unitOfWork: UnitOfWork }, rows: ExistingRelationship[]): Promise<{ imported: number; activated: number }> {
  if (rows.length === 0 || rows.length > MAX_ROWS) throw invalid('relationships', `Give between 1 and ${MAX_ROWS} rows per import.`);
  const checked = rows.map((row, i) => {
    if (!/^\d{6,10}$/.test(row.mpnId.trim())) throw invalid(`relationships.${i}.mpnId`, 'An MPN id is 6 to 10 digits.');
    if (!/^[0-9a-f-]{36}$/i.test(row.customerId)) throw invalid(`relationships.${i}.customerId`, 'The customer id must be the customer tenant id (a UUID).');
    return { mpnId: row.mpnId.trim(), customerTenantId: row.customerId.toLowerCase(), roles: checkRoles(`relationships.${i}.roles`, row.roles) };
  });
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const now = new Date();
    await manager.getRepository(pendingImportEntity).upsert(checked.map((row) => ({ ...row, importedAt: now })), ['mpnId', 'customerTenantId']);
    let activated = 0;
    for (const mpnId of new Set(checked.map((row) => row.mpnId))) {
      const partners = await manager.getRepository(partnerProjectionEntity).findBy({ mpnId, status: 'ACTIVE' });
      for (const partner of partners) activated += await activateImports(manager, raise, partner);
    }
    raise(importEvent(randomUUID(), checked.length, [...new Set(checked.map((row) => row.mpnId))], activated));
    return { imported: checked.length, activated };
  });
}

/**
 * Turns a partner's waiting rows into relationships, then forgets them: a row
 * is applied once, so a later import never re-opens a relationship that was
 * ended or re-grants a role the customer removed since. Called on import and
 * when the partner becomes ACTIVE.
 */
export async function activateImports(manager: EntityManager, raise: Parameters<typeof establish>[1], partner: PartnerProjectionRow): Promise<number> {
  const pending = manager.getRepository(pendingImportEntity);
  const rows = await pending.find({ where: { mpnId: partner.mpnId }, lock: { mode: 'pessimistic_write' } });
  for (const row of rows) await establish(manager, raise, partner.partnerId, row.customerTenantId, row.roles, null);
  if (rows.length > 0) await pending.delete({ mpnId: partner.mpnId });
  return rows.length;
}
