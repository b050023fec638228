import { DomainError, Principal, recordAccessRevocation, REMOVED_USER_VERSION, UnitOfWork } from '@channelgraph/common';
import { ServiceTokenEvents } from '../events/published';
import type { ServiceTokenRow } from '../store/entities';
import { lockedServiceToken, markServiceTokenRevoked } from '../store/service-tokens.repository';
import { operationsTenant } from '../store/tenants.repository';

/**
 * Ends a service token before it expires: enrollment refuses it at once (its own
 * record), the other subgraphs as soon as they have ServiceTokenRevoked.
 */
export function revokeServiceToken(deps: { unitOfWork: UnitOfWork }, principal: Principal, id: string): Promise<ServiceTokenRow> {
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const row = await lockedServiceToken(manager, id);
    if (!row) throw new DomainError('NOT_FOUND', 'No service token with this id.');
    if (row.revokedAt) throw new DomainError('CONFLICT', `${row.name} was already revoked on ${row.revokedAt.toISOString()}.`);
    const operations = await operationsTenant(manager);
    const revoked = { ...row, revokedAt: new Date(), revokedByUserId: principal.userId };
    await markServiceTokenRevoked(manager, id, revoked);
    await recordAccessRevocation(manager, row.id, REMOVED_USER_VERSION);
    raise(ServiceTokenEvents.revoked(revoked, operations.id));
    return revoked;
  });
}
