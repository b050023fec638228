import { checkEmail, DomainError, Principal } from '@channelgraph/common';
import { AdminAccessAsk, checkAdminAccessAsk } from '../domain/admin-access';
import { checkInviteeOfLead } from '../domain/leads';
import { checkActingPartner } from '../domain/partners';
import { checkRoles } from '../domain/roles';
import { checkOneOrigin } from '../domain/sources';
import { leadSentTo } from '../store/leads.repository';
import { partnersOfTenant } from '../store/partners.repository';
import { tenantById } from '../store/tenants.repository';
import { CreatedRequest, InvitationDeps, issueInvitation } from './issue-invitation';
import { checkReferralToInvite } from './referrals';

/**
 * R2, R17: an ACTIVE partner invites a customer to a relationship with the chosen roles. R18: from a
 * directory lead sent to this very partner (`leadId`, DIRECTORY_LEAD), to the organisation that sent
 * it; a lead sent to another partner, or unknown, is NOT_FOUND. From a vendor referral this partner
 * ACCEPTED (`referralId`, VENDOR_REFERRAL), which becomes CONVERTED in the same transaction.
 */
export async function requestRelationship(
  deps: InvitationDeps,
  principal: Principal,
  input: { roles: string[]; customerEmail: string; leadId?: string | null; referralId?: string | null } & Partial<{
    [K in keyof AdminAccessAsk]: AdminAccessAsk[K] | null;
  }>,
): Promise<CreatedRequest> {
  const roles = checkRoles('roles', input.roles);
  const inviteeEmail = checkEmail('customerEmail', input.customerEmail);
  const adminAccess = checkAdminAccessAsk(roles, input);
  // Refused before the invitation allowance is spent on it.
  checkOneOrigin(input);
  await deps.invitationThrottle.take(principal.tenantId);
  return deps.unitOfWork.run(async (tx) => {
    const partner = checkActingPartner(await partnersOfTenant(tx.manager, principal.tenantId), ['INDIRECT_RESELLER', 'DIRECT', 'INDIRECT_PROVIDER']);
    if (input.leadId) {
      const lead = await leadSentTo(tx.manager, input.leadId, partner.partnerId);
      if (!lead) throw new DomainError('NOT_FOUND', 'No lead with this id was sent to your organisation.');
      checkInviteeOfLead(inviteeEmail, lead, (await tenantById(tx.manager, lead.customerTenantId))?.domain ?? null);
    }
    const convertReferral = input.referralId ? await checkReferralToInvite(tx, input.referralId, partner, inviteeEmail) : null;
    const created = await issueInvitation(deps, tx, {
      kind: 'CUSTOMER',
      partnerId: partner.partnerId,
      partnerTenantId: partner.tenantId,
      partnerName: partner.legalName,
      provider: null,
      roles,
      inviteeEmail,
      adminAccess,
      leadId: input.leadId ?? null,
      referralId: input.referralId ?? null,
    });
    await convertReferral?.(created.request.id);
    return created;
  });
}
