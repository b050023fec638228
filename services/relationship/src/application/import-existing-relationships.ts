import { checkMpnId, invalid, isUuid, UnitOfWork } from '@channelgraph/common';
import { randomUUID } from 'node:crypto';
import { checkRoles } from '../domain/roles';
import { importEvent } from '../events/published';
import { keepPendingImports } from '../store/imports.repository';
import { activePartnersWithMpnId } from '../store/partners.repository';
import { activateImports } from './activate-imports';

export interface ExistingRelationship {
  mpnId: string;
  customerId: string;
  roles: string[];
}

const MAX_ROWS = 1000;

/**
 * R16: customers a partner served outside the platform. Rows are kept by MPN
 * id; they become relationships when (or as soon as) the partner is ACTIVE.
 */
export function importExistingRelationships(deps: { unitOfWork: UnitOfWork }, rows: ExistingRelationship[]): Promise<{ imported: number; activated: number }> {
  if (rows.length === 0 || rows.length > MAX_ROWS) throw invalid('relationships', `Give between 1 and ${MAX_ROWS} rows per import.`);
  const checked = rows.map((row, i) => {
    const mpnId = checkMpnId(`relationships.${i}.mpnId`, row.mpnId);
    if (!isUuid(row.customerId)) throw invalid(`relationships.${i}.customerId`, 'The customer id must be the customer tenant id (a UUID).');
    return { mpnId, customerTenantId: row.customerId.toLowerCase(), roles: checkRoles(`relationships.${i}.roles`, row.roles) };
  });
  return deps.unitOfWork.run(async (tx) => {
    const now = new Date();
    await keepPendingImports(
      tx.manager,
      checked.map((row) => ({ ...row, importedAt: now })),
    );
    let activated = 0;
    for (const mpnId of new Set(checked.map((row) => row.mpnId))) {
      const partners = await activePartnersWithMpnId(tx.manager, mpnId);
      for (const partner of partners) activated += await activateImports(tx, partner);
    }
    tx.raise(importEvent(randomUUID(), checked.length, [...new Set(checked.map((row) => row.mpnId))], activated));
    return { imported: checked.length, activated };
  });
}
