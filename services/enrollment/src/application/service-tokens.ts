import { conflict, Connection, invalid, notFound, pageRequest, Principal, recordAccessRevocation, REMOVED_USER_VERSION, Role, UnitOfWork } from '@channelgraph/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TokenIssuer } from '../auth/token-issuer';
import { ServiceTokenEvents } from '../events/published';
import type { ServiceTokenRow } from '../store/entities';
import { insertServiceToken, lockedServiceToken, markServiceTokenRevoked, serviceTokensPage } from '../store/service-tokens.repository';
import { operationsTenant } from '../store/tenants.repository';

const NAME = /^[a-z0-9][a-z0-9-]{1,62}$/;
const MAX_TTL_HOURS = 24 * 30;

export type ServiceTokenStatus = 'ACTIVE' | 'EXPIRED' | 'REVOKED';

export function statusOf(row: ServiceTokenRow, now = new Date()): ServiceTokenStatus {
  if (row.revokedAt) return 'REVOKED';
  return row.expiresAt.getTime() <= now.getTime() ? 'EXPIRED' : 'ACTIVE';
}

/**
 * A token for another system (say, an ordering service that asks `authorize`
 * before it places an order): role SERVICE, in the operations tenant, which
 * lets it ask `authorize` and nothing else (guards). Issued by a platform
 * operator and kept on record, without the token, so the operator can list it
 * and revoke it; its subject is the record's id, named after the system.
 */
export async function createServiceToken(
  deps: { dataSource: DataSource; tokens: TokenIssuer },
  principal: Principal,
  input: { name: string; ttlHours?: number | null },
): Promise<ServiceTokenRow & { token: string }> {
  const name = input.name.trim().toLowerCase();
  if (!NAME.test(name)) throw invalid('name', 'Name the calling system with 2 to 63 lower-case letters, digits or dashes, e.g. order-service.');
  const ttlHours = input.ttlHours ?? 24;
  // Verifiers refuse tokens older than JWT_MAX_AGE_SECONDS, so an operator who lowered it gets a lower ceiling here.
  const maxHours = Math.min(MAX_TTL_HOURS, Math.floor(deps.tokens.maxLifetimeSeconds / 3600));
  if (!Number.isInteger(ttlHours) || ttlHours < 1 || ttlHours > maxHours) throw invalid('ttlHours', `A service token lives 1 to ${maxHours} hours.`);
  const operations = await operationsTenant(deps.dataSource.manager);
  const now = new Date();
  const row: ServiceTokenRow = {
    id: randomUUID(),
    name,
    createdByUserId: principal.userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + ttlHours * 3600 * 1000),
    revokedAt: null,
    revokedByUserId: null,
  };
  // Recorded first: a token that exists is always on the list, so it can always be revoked.
  await insertServiceToken(deps.dataSource.manager, row);
  const token = await deps.tokens.issue({ userId: row.id, tenantId: operations.id, roles: [Role.SERVICE], mustChangePassword: false }, ttlHours * 3600);
  return { ...row, token };
}

/** Every service token on record, newest first. */
export function listServiceTokens(dataSource: DataSource, args: { first?: number | null; after?: string | null }): Promise<Connection<ServiceTokenRow>> {
  return serviceTokensPage(dataSource.manager, pageRequest(args.first, args.after));
}

/**
 * Ends a service token before it expires: enrollment refuses it at once (its own
 * record), the other subgraphs as soon as they have ServiceTokenRevoked.
 */
export function revokeServiceToken(deps: { dataSource: DataSource; unitOfWork: UnitOfWork }, principal: Principal, id: string): Promise<ServiceTokenRow> {
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const row = await lockedServiceToken(manager, id);
    if (!row) throw notFound('No service token with this id.');
    if (row.revokedAt) throw conflict(`${row.name} was already revoked on ${row.revokedAt.toISOString()}.`);
    const operations = await operationsTenant(manager);
    const revoked = { ...row, revokedAt: new Date(), revokedByUserId: principal.userId };
    await markServiceTokenRevoked(manager, id, revoked);
    await recordAccessRevocation(manager, row.id, REMOVED_USER_VERSION);
    raise(ServiceTokenEvents.revoked(revoked, operations.id));
    return revoked;
  });
}
