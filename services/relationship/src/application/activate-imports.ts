import { Transaction } from '@channelgraph/common';
import { PartnerProjectionRow } from '../store/entities';
import { forgetPendingImports, pendingImportsForUpdate } from '../store/imports.repository';
import { establishRelationship } from './establish-relationship';

/**
 * Turns a partner's waiting rows into relationships, then forgets them: a row
 * is applied once, so a later import never re-opens a relationship that was
 * ended or re-grants a role the customer removed since. Called on import and
 * when the partner becomes ACTIVE, inside that transaction.
 */
export async function activateImports(tx: Pick<Transaction, 'manager' | 'raise'>, partner: PartnerProjectionRow): Promise<number> {
  const rows = await pendingImportsForUpdate(tx.manager, partner.mpnId);
  for (const row of rows) await establishRelationship(tx, partner.partnerId, row.customerTenantId, row.roles, { requestId: null, source: 'IMPORTED' });
  if (rows.length > 0) await forgetPendingImports(tx.manager, partner.mpnId);
  return rows.length;
}
