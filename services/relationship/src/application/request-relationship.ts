import { checkEmail, Principal } from '@channelgraph/common';
import { checkRoles } from '../domain/roles';
import { actingPartner } from '../store/facts';
import { CreatedRequest, InvitationDeps, issueInvitation } from './issue-invitation';

/** R2, R17: an ACTIVE partner invites a customer to a relationship with the chosen roles. */
export async function requestRelationship(deps: InvitationDeps, principal: Principal, input: { roles: string[]; customerEmail: string }): Promise<CreatedRequest> {
  const roles = checkRoles('roles', input.roles);
  const inviteeEmail = checkEmail('customerEmail', input.customerEmail);
  await deps.invitationThrottle.take(principal.tenantId);
  return deps.unitOfWork.run(async (tx) => {
    const partner = await actingPartner(tx.manager, principal.tenantId, ['INDIRECT_RESELLER', 'DIRECT', 'INDIRECT_PROVIDER']);
    return issueInvitation(deps, tx, { kind: 'CUSTOMER', partnerId: partner.partnerId, partnerTenantId: partner.tenantId, partnerName: partner.legalName, provider: null, roles, inviteeEmail });
  });
}
