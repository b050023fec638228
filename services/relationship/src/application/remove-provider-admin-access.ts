import { Principal, UnitOfWork } from '@channelgraph/common';
import { checkChangeableLink, checkProviderHasAdminAccess } from '../domain/relationships';
import { LinkEvents } from '../events/published';
import { IndirectLinkRow } from '../store/entities';
import { linkForUpdate, linkPartnerNames, saveLink } from '../store/links.repository';

/** R13: the reseller takes back its provider's admin access to its tenant; the partnership stays. */
export function removeProviderAdminAccess(deps: { unitOfWork: UnitOfWork }, principal: Principal, linkId: string): Promise<IndirectLinkRow> {
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const link = checkChangeableLink(await linkForUpdate(manager, linkId), principal.tenantId, ['reseller']);
    checkProviderHasAdminAccess(link);
    const updated: IndirectLinkRow = { ...link, providerAdminAccess: false, updatedAt: new Date() };
    await saveLink(manager, updated);
    raise(LinkEvents.adminAccessRemoved(updated, await linkPartnerNames(manager, updated)));
    return updated;
  });
}
