import { invalid, Role } from '@channelgraph/common';
import { DataSource } from 'typeorm';
import { TokenIssuer } from '../auth/token-issuer';
import { tenantEntity } from '../store/entities';
import { OPERATIONS_TENANT_DOMAIN } from './ensure-operator';

const NAME = /^[a-z0-9][a-z0-9-]{1,62}$/;
const MAX_TTL_HOURS = 24 * 30;

/**
 * A token for another system (say, an ordering service that asks `authorize`
 * before it places an order): role SERVICE, in the operations tenant, named
 * after the system so logs say who called. Issued by a platform operator;
 * like every token it cannot be revoked before it expires, so keep it short.
 */
export async function createServiceToken(deps: { dataSource: DataSource; tokens: TokenIssuer }, input: { name: string; ttlHours?: number | null }): Promise<{ token: string; expiresAt: Date }> {
  const name = input.name.trim().toLowerCase();
  if (!NAME.test(name)) throw invalid('name', 'Name the calling system with 2 to 63 lower-case letters, digits or dashes, e.g. order-service.');
  const ttlHours = input.ttlHours ?? 24;
  // Verifiers refuse tokens older than JWT_MAX_AGE_SECONDS, so an operator who lowered it gets a lower ceiling here.
  const maxHours = Math.min(MAX_TTL_HOURS, Math.floor(deps.tokens.maxLifetimeSeconds / 3600));
  if (!Number.isInteger(ttlHours) || ttlHours < 1 || ttlHours > maxHours) throw invalid('ttlHours', `A service token lives 1 to ${maxHours} hours.`);
  const operations = await deps.dataSource.getRepository(tenantEntity).findOneByOrFail({ domain: OPERATIONS_TENANT_DOMAIN });
  const token = await deps.tokens.issue({ userId: `service:${name}`, tenantId: operations.id, roles: [Role.SERVICE], mustChangePassword: false }, ttlHours * 3600);
  return { token, expiresAt: new Date(Date.now() + ttlHours * 3600 * 1000) };
}
