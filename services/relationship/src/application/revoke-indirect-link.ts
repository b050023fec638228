import { Principal, UnitOfWork } from '@channelgraph/common';
import { checkChangeableLink } from '../domain/relationships';
import { LinkEvents } from '../events/published';
import { IndirectLinkRow } from '../store/entities';
import { linkForUpdate, linkPartnerNames, saveLink } from '../store/links.repository';

/** Either side ends the indirect provider link. */
export function revokeIndirectLink(deps: { unitOfWork: UnitOfWork }, principal: Principal, linkId: string): Promise<IndirectLinkRow> {
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const link = checkChangeableLink(await linkForUpdate(manager, linkId), principal.tenantId, ['provider', 'reseller']);
    const revoked: IndirectLinkRow = { ...link, status: 'TERMINATED', providerAdminAccess: false, updatedAt: new Date() };
    await saveLink(manager, revoked);
    const byPartnerId = principal.tenantId === link.providerTenantId ? link.providerId : link.resellerId;
    raise(LinkEvents.revoked(revoked, await linkPartnerNames(manager, revoked), byPartnerId));
    return revoked;
  });
}
