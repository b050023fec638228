import { checkEmail, invalid, Principal } from '@channelgraph/common';
import { AdminAccessAsk, checkAdminAccessAsk } from '../domain/admin-access';
import { checkActingPartner } from '../domain/partners';
import { COMBINED_INVITATION_ROLES } from '../domain/roles';
import { activeLinkBetween } from '../store/links.repository';
import { partnerById, partnersOfTenant } from '../store/partners.repository';
import { CreatedRequest, InvitationDeps, issueInvitation } from './issue-invitation';

/** R14, R19: a reseller invites a customer, in one link, to be its reseller and delegated admin, and its provider's reseller. */
export async function inviteCustomerWithProvider(
  deps: InvitationDeps,
  principal: Principal,
  input: { providerId: string; customerEmail: string } & Partial<{ [K in keyof AdminAccessAsk]: AdminAccessAsk[K] | null }>,
): Promise<CreatedRequest> {
  const inviteeEmail = checkEmail('customerEmail', input.customerEmail);
  const adminAccess = checkAdminAccessAsk(COMBINED_INVITATION_ROLES.reseller, input);
  await deps.invitationThrottle.take(principal.tenantId);
  return deps.unitOfWork.run(async (tx) => {
    const reseller = checkActingPartner(await partnersOfTenant(tx.manager, principal.tenantId), ['INDIRECT_RESELLER']);
    const link = await activeLinkBetween(tx.manager, input.providerId, reseller.partnerId);
    const provider = link ? await partnerById(tx.manager, input.providerId) : null;
    if (!link || !provider) throw invalid('providerId', 'This provider is not one of your active indirect providers (Indirect providers page).');
    if (provider.status !== 'ACTIVE') throw invalid('providerId', 'This provider is no longer an active partner.');
    return issueInvitation(deps, tx, {
      kind: 'CUSTOMER_WITH_PROVIDER',
      partnerId: reseller.partnerId,
      partnerTenantId: reseller.tenantId,
      partnerName: reseller.legalName,
      provider: { id: provider.partnerId, tenantId: provider.tenantId, name: provider.legalName },
      roles: [...COMBINED_INVITATION_ROLES.reseller],
      inviteeEmail,
      adminAccess,
    });
  });
}
