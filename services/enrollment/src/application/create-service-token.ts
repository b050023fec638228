import { Principal, Role } from '@channelgraph/common';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { TokenIssuer } from '../auth/token-issuer';
import { checkServiceTokenName, checkServiceTokenTtlHours } from '../domain/service-tokens';
import type { ServiceTokenRow } from '../store/entities';
import { insertServiceToken } from '../store/service-tokens.repository';
import { operationsTenant } from '../store/tenants.repository';

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
  const name = checkServiceTokenName(input.name);
  const ttlHours = checkServiceTokenTtlHours(input.ttlHours, deps.tokens.maxLifetimeSeconds);
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
