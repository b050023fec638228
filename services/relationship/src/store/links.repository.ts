import { EntityManager } from 'typeorm';
import { indirectLinkEntity, IndirectLinkRow } from './entities';
import { partnerName } from './partners.repository';

/** The indirect link with this id, locked for a change; null if there is none. */
export function linkForUpdate(manager: EntityManager, id: string): Promise<IndirectLinkRow | null> {
  return manager.getRepository(indirectLinkEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
}

/** The ACTIVE link between a provider and a reseller, if there is one. */
export function activeLinkBetween(manager: EntityManager, providerId: string, resellerId: string): Promise<IndirectLinkRow | null> {
  return manager.getRepository(indirectLinkEntity).findOneBy({ providerId, resellerId, status: 'ACTIVE' });
}

/** The link between a provider and a reseller, whatever its status, locked while it is authorised again. */
export function linkBetweenForUpdate(manager: EntityManager, providerId: string, resellerId: string): Promise<IndirectLinkRow | null> {
  return manager.getRepository(indirectLinkEntity).findOne({ where: { providerId, resellerId }, lock: { mode: 'pessimistic_write' } });
}

export async function saveLink(manager: EntityManager, link: IndirectLinkRow): Promise<void> {
  await manager.getRepository(indirectLinkEntity).save(link);
}

/** The names a link's events carry. */
export async function linkPartnerNames(manager: EntityManager, link: IndirectLinkRow): Promise<{ providerName: string; resellerName: string }> {
  return { providerName: await partnerName(manager, link.providerId), resellerName: await partnerName(manager, link.resellerId) };
}

/** R13: the ACTIVE links of a reseller (its providers), oldest first. */
export function activeLinksOfReseller(manager: EntityManager, resellerId: string): Promise<IndirectLinkRow[]> {
  return manager.getRepository(indirectLinkEntity).find({ where: { resellerId, status: 'ACTIVE' }, order: { establishedAt: 'ASC' } });
}

/** R13: the ACTIVE links of a provider (its resellers), oldest first. */
export function activeLinksOfProvider(manager: EntityManager, providerId: string): Promise<IndirectLinkRow[]> {
  return manager.getRepository(indirectLinkEntity).find({ where: { providerId, status: 'ACTIVE' }, order: { establishedAt: 'ASC' } });
}
