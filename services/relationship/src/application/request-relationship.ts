import { checkEmail, Principal } from '@channelgraph/common';
import { checkActingPartner } from '../domain/partners';
import { checkRoles } from '../domain/roles';
import { partnersOfTenant } from '../store/partners.repository';
import { CreatedRequest, InvitationDeps, issueInvitation } from './issue-invitation';

/** R2, R17: an ACTIVE partner invites a customer to a relationship with the chosen roles. */
export async function requestRelationship(
  deps: InvitationDeps,
  principal: Principal,
  input: { roles: string[]; customerEmail: string },
): Promise<CreatedRequest> {
  const roles = checkRoles('roles', input.roles);
  const inviteeEmail = checkEmail('customerEmail', input.customerEmail);
  await deps.invitationThrottle.take(principal.tenantId);
  return deps.unitOfWork.run(async (tx) => {
    const partner = checkActingPartner(await partnersOfTenant(tx.manager, principal.tenantId), ['INDIRECT_RESELLER', 'DIRECT', 'INDIRECT_PROVIDER']);
    return issueInvitation(deps, tx, {
      kind: 'CUSTOMER',
      partnerId: partner.partnerId,
      partnerTenantId: partner.tenantId,
      partnerName: partner.legalName,
      provider: null,
      roles,
      inviteeEmail,
    });
  });
}
