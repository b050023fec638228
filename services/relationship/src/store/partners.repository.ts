import { EntityManager, In } from 'typeorm';
import { UNKNOWN_INVITING_PARTNER_NAME, UNKNOWN_PARTNER_NAME } from '../domain/names';
import { partnerProjectionEntity, PartnerProjectionRow, RelationshipRequestRow } from './entities';

// Enrollment's partners as this service knows them from events (the partner projection).

export function partnerById(manager: EntityManager, partnerId: string): Promise<PartnerProjectionRow | null> {
  return manager.getRepository(partnerProjectionEntity).findOneBy({ partnerId });
}

/** The partner's row, locked while an event changes it. */
export function partnerForUpdate(manager: EntityManager, partnerId: string): Promise<PartnerProjectionRow | null> {
  return manager.getRepository(partnerProjectionEntity).findOne({ where: { partnerId }, lock: { mode: 'pessimistic_write' } });
}

/** Several partners in one query. */
export function partnersByIds(manager: EntityManager, partnerIds: readonly string[]): Promise<PartnerProjectionRow[]> {
  return manager.getRepository(partnerProjectionEntity).findBy({ partnerId: In([...partnerIds]) });
}

/** Every enrolment of a tenant, one per programme, whatever its status. */
export function partnersOfTenant(manager: EntityManager, tenantId: string): Promise<PartnerProjectionRow[]> {
  return manager.getRepository(partnerProjectionEntity).findBy({ tenantId });
}

/** The ACTIVE partners holding an MPN id (R16). */
export function activePartnersWithMpnId(manager: EntityManager, mpnId: string): Promise<PartnerProjectionRow[]> {
  return manager.getRepository(partnerProjectionEntity).findBy({ mpnId, status: 'ACTIVE' });
}

export async function savePartner(manager: EntityManager, row: PartnerProjectionRow): Promise<void> {
  await manager.getRepository(partnerProjectionEntity).save(row);
}

/** The partner's legal name, for its events; a fixed wording while the partner is not known yet. */
export async function partnerName(manager: EntityManager, partnerId: string): Promise<string> {
  return (await partnerById(manager, partnerId))?.legalName ?? UNKNOWN_PARTNER_NAME;
}

/** The names a request's events carry: its partner's and its indirect provider's. */
export async function requestPartnerNames(
  manager: EntityManager,
  request: RelationshipRequestRow,
): Promise<{ partnerName: string; indirectProviderName: string | null }> {
  const partner = await partnerById(manager, request.partnerId);
  const provider = request.indirectProviderId ? await partnerById(manager, request.indirectProviderId) : null;
  return { partnerName: partner?.legalName ?? UNKNOWN_INVITING_PARTNER_NAME, indirectProviderName: provider?.legalName ?? null };
}
