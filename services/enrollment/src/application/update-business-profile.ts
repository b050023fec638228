import { DomainError, Principal, UnitOfWork } from '@channelgraph/common';
import type { EntityManager } from 'typeorm';
import { BusinessProfileInput, searchTextOf, validateBusinessProfile } from '../domain/directory';
import type { PartnerProfileRow } from '../store/directory.entities';
import { saveBusinessProfile } from '../store/directory.repository';
import type { PartnerRow } from '../store/entities';
import { firstPartnerOfTenant, partnerById } from '../store/partners.repository';

const notAPartner = () =>
  new DomainError('FORBIDDEN', 'Only the admin agent of an enrolled partner can describe it in the directory, and only their own partner.');

/**
 * The caller's own partner: the one named in their token (checked to belong to
 * their tenant), else their tenant's first enrolment. Never one from a request
 * argument, so no tenant can reach another's profile.
 */
async function ownPartner(manager: EntityManager, principal: Principal): Promise<PartnerRow> {
  if (principal.partnerId) {
    const named = await partnerById(manager, principal.partnerId);
    if (named && named.tenantId !== principal.tenantId) throw notAPartner();
    if (named) return named;
  }
  const first = await firstPartnerOfTenant(manager, principal.tenantId);
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
    await saveBusinessProfile(manager, row);
    return { partner, profile: row };
  });
}
