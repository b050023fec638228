import { invalid } from '@channelgraph/common/domain';

const NAME = /^[a-z0-9][a-z0-9-]{1,62}$/;
const MAX_TTL_HOURS = 24 * 30;

export type ServiceTokenStatus = 'ACTIVE' | 'EXPIRED' | 'REVOKED';

/** What a service token's record says of it at `now`. */
export function serviceTokenStatus(token: { revokedAt: Date | null; expiresAt: Date }, now = new Date()): ServiceTokenStatus {
  if (token.revokedAt) return 'REVOKED';
  return token.expiresAt.getTime() <= now.getTime() ? 'EXPIRED' : 'ACTIVE';
}

/** The calling system's name, lower-cased: what the token's record is listed under. */
export function checkServiceTokenName(name: string): string {
  const normalized = name.trim().toLowerCase();
  if (!NAME.test(normalized)) throw invalid('name', 'Name the calling system with 2 to 63 lower-case letters, digits or dashes, e.g. order-service.');
  return normalized;
}

/**
 * A service token lives 1 to 720 hours (24 when not said). Verifiers refuse tokens older than
 * JWT_MAX_AGE_SECONDS, so an operator who lowered it gets a lower ceiling here.
 */
export function checkServiceTokenTtlHours(ttlHours: number | null | undefined, maxLifetimeSeconds: number): number {
  const hours = ttlHours ?? 24;
  const maxHours = Math.min(MAX_TTL_HOURS, Math.floor(maxLifetimeSeconds / 3600));
  if (!Number.isInteger(hours) || hours < 1 || hours > maxHours) throw invalid('ttlHours', `A service token lives 1 to ${maxHours} hours.`);
  return hours;
}
