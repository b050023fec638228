import type { DataSource } from 'typeorm';
import type { UserRow } from '../store/entities';
import { firstPartnerOfTenant } from '../store/partners.repository';
import type { TokenIssuer } from './token-issuer';

/**
 * A sign-in token for a user: their tenant, the partner their tenant enrolled first (the one
 * they work for, if any), their roles, whether they must change a temporary password, and
 * their access version, so that a later revocation ends it (common auth/revocations).
 */
export async function userToken(deps: { dataSource: DataSource; tokens: TokenIssuer }, user: UserRow): Promise<string> {
  const partner = await firstPartnerOfTenant(deps.dataSource.manager, user.tenantId);
  return deps.tokens.issue({
    userId: user.id,
    tenantId: user.tenantId,
    partnerId: partner?.id,
    roles: user.roles,
    mustChangePassword: user.mustChangePassword,
    accessVersion: user.accessVersion,
  });
}
