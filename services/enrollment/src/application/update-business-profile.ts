import { DomainError, Principal, UnitOfWork } from '@channelgraph/common';
import { EntityManager } from 'typeorm';
import { BusinessProfileInput, searchTextOf, validateBusinessProfile } from '../domain/directory';
import { partnerProfileEntity, PartnerProfileRow } from '../store/directory.entities';
import { partnerEntity, PartnerRow } from '../store/entities';

const notAPartner = () =>
  new DomainError('FORBIDDEN', 'Only the admin agent of an enrolled partner can describe it in the directory, and only their own partner.');

/**
 * The caller's own partner: the one named in their token (checked to belong to
 * their tenant), else their tenant's first enrolment. Never one from a request
 * argument, so no tenant can reach another's profile.
 */
export async function ownPartner(manager: EntityManager, principal: Principal): Promise<PartnerRow> {
  const partners = manager.getRepository(partnerEntity);
  if (principal.partnerId) {
    const named = await partners.findOneBy({ id: principal.partnerId });
    if (named && named.tenantId !== principal.tenantId) throw notAPartner();
    if (named) return named;
  }
  const [first] = await partners.find({ where: { tenantId: principal.tenantId }, order: { createdAt: 'ASC' }, take: 1 });
  if (!first) throw notAPartner();
  return first;
}

/** R1: a partner's admin agent writes (or rewrites) its directory entry. The caller's role is checked by the resolver. */
export async function updateBusinessProfile(
  deps: { unitOfWork: UnitOfWork },
  principal: Principal,
  input: BusinessProfileInput,
): Promise<{ partner: PartnerRow; profile: PartnerProfileRow }> {
  return deps.unitOfWork.run(async ({ manager }) => {
    const partner = await ownPartner(manager, principal);
    const profile = validateBusinessProfile(input);
    const row: PartnerProfileRow = { partnerId: partner.id, ...profile, searchText: searchTextOf(partner.legalName, profile), updatedAt: new Date() };
    await manager.getRepository(partnerProfileEntity).upsert(row, ['partnerId']);
    return { partner, profile: row };
  });
}
