import { DomainError } from '@channelgraph/common/domain';

/** An ACTIVE relationship of the caller's tenant; anyone else's does not exist for the caller. */
export function checkChangeableRelationship<T extends { status: string }>(relationship: T | null): T {
  if (!relationship) throw new DomainError('NOT_FOUND', 'No relationship with this id is yours to change.');
  if (relationship.status !== 'ACTIVE') throw new DomainError('CONFLICT', 'This relationship has already ended.');
  return relationship;
}

export type LinkSide = 'provider' | 'reseller';

/** An ACTIVE indirect link on which the caller's tenant is one of the given sides; anyone else's does not exist for the caller. */
export function checkChangeableLink<T extends { status: string; providerTenantId: string; resellerTenantId: string }>(
  link: T | null,
  tenantId: string,
  sides: readonly LinkSide[],
): T {
  const mine = link && sides.some((side) => (side === 'provider' ? link.providerTenantId : link.resellerTenantId) === tenantId);
  if (!link || !mine) throw new DomainError('NOT_FOUND', 'No indirect provider link with this id is yours to change.');
  if (link.status !== 'ACTIVE') throw new DomainError('CONFLICT', 'This indirect provider link has already ended.');
  return link;
}

/** R13: only a provider with admin access can lose it. */
export function checkProviderHasAdminAccess(link: { providerAdminAccess: boolean }): void {
  if (!link.providerAdminAccess) throw new DomainError('CONFLICT', 'This provider has no admin access to remove.');
}
