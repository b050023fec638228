import { DomainError, Principal } from '@channelgraph/common';
import { checkHasAdminAccess, durationDays } from '../domain/admin-access';
import { checkAdminRoles } from '../domain/admin-roles';
import { checkIsAChange } from '../domain/admin-change';
import { checkActingPartner } from '../domain/partners';
import { ChangeRequestEvents } from '../events/published';
import { partnersOfTenant } from '../store/partners.repository';
import { relationshipOfTenantForUpdate } from '../store/relationships.repository';
import { pendingChangeOf } from '../store/requests.repository';
import { CreatedRequest, InvitationDeps, issueInvitation } from './issue-invitation';

/**
 * B2: the partner asks the customer to change its delegated admin access in place: the roles it would hold
 * (current ones kept, others added or dropped) and, optionally, a new duration from approval. The customer's
 * global and relationship admins are emailed the link (notification, from InvitationLinkIssued); one change
 * waits per relationship at a time.
 */
export async function requestAdminAccessChange(
  deps: InvitationDeps,
  principal: Principal,
  input: { relationshipId: string; adminRoles: string[]; adminAccessDuration?: string | null },
): Promise<CreatedRequest> {
  const adminRoles = checkAdminRoles('adminRoles', input.adminRoles);
  const duration = input.adminAccessDuration?.trim() ? input.adminAccessDuration.trim().toUpperCase() : null;
  if (duration) durationDays('adminAccessDuration', duration);
  await deps.invitationThrottle.take(principal.tenantId);
  return deps.unitOfWork.run(async (tx) => {
    const partner = checkActingPartner(await partnersOfTenant(tx.manager, principal.tenantId), ['INDIRECT_RESELLER', 'DIRECT', 'INDIRECT_PROVIDER']);
    const relationship = await relationshipOfTenantForUpdate(tx.manager, input.relationshipId, 'partner', principal.tenantId);
    if (!relationship || relationship.partnerId !== partner.partnerId) throw new DomainError('NOT_FOUND', 'No relationship with this id is yours to change.');
    checkHasAdminAccess(relationship);
    checkIsAChange(relationship.adminRoles, adminRoles, duration);
    if (await pendingChangeOf(tx.manager, relationship.id)) {
      throw new DomainError(
        'CONFLICT',
        'A change of admin access already waits for this customer’s answer: withdraw it (cancelRelationshipRequest) before asking for another.',
      );
    }
    const created = await issueInvitation(deps, tx, {
      kind: 'ADMIN_ACCESS_CHANGE',
      partnerId: partner.partnerId,
      partnerTenantId: partner.tenantId,
      partnerName: partner.legalName,
      provider: null,
      roles: ['DELEGATED_ADMIN'],
      inviteeEmail: null,
      adminAccess: { adminRoles, adminAccessDuration: duration, autoExtend: relationship.autoExtend && !adminRoles.includes('GLOBAL_ADMINISTRATOR') },
      change: { relationshipId: relationship.id, customerTenantId: relationship.customerTenantId },
    });
    tx.raise(ChangeRequestEvents.requested(created.request, relationship, partner.legalName, principal.userId));
    return created;
  });
}
