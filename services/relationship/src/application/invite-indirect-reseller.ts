import { checkEmail, Principal } from '@channelgraph/common';
import { NO_ADMIN_ASK } from '../domain/admin-access';
import { checkActingPartner } from '../domain/partners';
import { partnersOfTenant } from '../store/partners.repository';
import { CreatedRequest, InvitationDeps, issueInvitation } from './issue-invitation';

/** R13: an ACTIVE indirect provider invites a reseller to authorise it. */
export async function inviteIndirectReseller(deps: InvitationDeps, principal: Principal, input: { resellerEmail: string }): Promise<CreatedRequest> {
  const inviteeEmail = checkEmail('resellerEmail', input.resellerEmail);
  await deps.invitationThrottle.take(principal.tenantId);
  return deps.unitOfWork.run(async (tx) => {
    const provider = checkActingPartner(await partnersOfTenant(tx.manager, principal.tenantId), ['INDIRECT_PROVIDER']);
    return issueInvitation(deps, tx, {
      kind: 'INDIRECT_RESELLER',
      partnerId: provider.partnerId,
      partnerTenantId: provider.tenantId,
      partnerName: provider.legalName,
      provider: null,
      roles: [],
      inviteeEmail,
      adminAccess: NO_ADMIN_ASK,
    });
  });
}
