import { DomainError, invalid, Principal, UnitOfWork } from '@channelgraph/common';
import { randomUUID } from 'node:crypto';
import { checkActingPartner } from '../domain/partners';
import { checkLinkOpensRequest, checkOpenForInvitee, senderTenantsOf } from '../domain/requests';
import { LinkEvents } from '../events/published';
import { IndirectLinkRow } from '../store/entities';
import { linkBetweenForUpdate, saveLink } from '../store/links.repository';
import { partnerById, partnersOfTenant } from '../store/partners.repository';
import { recordAnswer, requestOfLinkToken } from '../store/requests.repository';

/** R13: the reseller's admin agent authorises the provider: an ACTIVE link with provider admin access. */
export function authorizeIndirectProvider(
  deps: { unitOfWork: UnitOfWork },
  principal: Principal,
  input: { token: string; confirm: boolean },
): Promise<IndirectLinkRow> {
  if (input.confirm !== true) throw invalid('confirm', 'Tick the box to confirm you authorise this provider.');
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const request = checkLinkOpensRequest(await requestOfLinkToken(manager, input.token, true));
    if (request.kind !== 'INDIRECT_RESELLER') throw invalid('token', 'This invitation is for a customer relationship, not for authorising a provider.');
    checkOpenForInvitee({ ...request, senderTenantIds: senderTenantsOf(request) }, principal.tenantId);
    const reseller = checkActingPartner(await partnersOfTenant(manager, principal.tenantId), ['INDIRECT_RESELLER']);
    const provider = await partnerById(manager, request.partnerId);
    if (!provider || provider.status !== 'ACTIVE') throw new DomainError('CONFLICT', 'This provider is no longer an active partner.');
    const existing = await linkBetweenForUpdate(manager, provider.partnerId, reseller.partnerId);
    if (existing?.status === 'ACTIVE') throw new DomainError('CONFLICT', `${provider.legalName} is already your indirect provider.`);
    const now = new Date();
    const link: IndirectLinkRow = {
      id: existing?.id ?? randomUUID(),
      providerId: provider.partnerId,
      providerTenantId: provider.tenantId,
      resellerId: reseller.partnerId,
      resellerTenantId: reseller.tenantId,
      status: 'ACTIVE',
      providerAdminAccess: true,
      establishedAt: now,
      updatedAt: now,
    };
    await saveLink(manager, link);
    await recordAnswer(manager, request.id, 'ACCEPTED', principal.tenantId, new Date());
    raise(LinkEvents.authorized(link, { providerName: provider.legalName, resellerName: reseller.legalName }, request.id));
    return link;
  });
}
