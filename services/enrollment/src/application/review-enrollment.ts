import { DomainError, Role, UnitOfWork } from '@channelgraph/common';
import { checkApproval, checkRejection, nextStatus } from '../domain/enrollment';
import { PartnerEvents, UserEvents } from '../events/published';
import type { PartnerRow } from '../store/entities';
import { lockedPartnerById, updatePartner } from '../store/partners.repository';
import { updateUser, userById } from '../store/users.repository';

export interface ReviewInput {
  partnerId: string;
  decision: 'APPROVE' | 'REJECT';
  reasonCodes?: readonly string[] | null;
  reason?: string | null;
}

/**
 * An operator decides: APPROVE → ACTIVE and the enrolling admin becomes ADMIN_AGENT (R11);
 * REJECT → REJECTED with the reasons that say what to fix (R10), which the applicant reads.
 */
export async function reviewEnrollment(deps: { unitOfWork: UnitOfWork }, input: ReviewInput): Promise<PartnerRow> {
  const rejection = input.decision === 'REJECT' ? checkRejection(input.reasonCodes, input.reason) : null;
  if (!rejection) checkApproval(input.reasonCodes);
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const partner = await lockedPartnerById(manager, input.partnerId);
    if (!partner) throw new DomainError('NOT_FOUND', 'No partner application has this id.');
    const now = new Date();
    const changes = {
      status: nextStatus(partner.status, input.decision),
      statusChangedAt: now,
      rejectionReason: rejection?.note ?? null,
      rejectionReasonCodes: rejection?.codes ?? null,
    };
    await updatePartner(manager, partner.id, changes);
    const reviewed: PartnerRow = { ...partner, ...changes };
    if (reviewed.status === 'REJECTED') {
      raise(PartnerEvents.rejected(reviewed));
      return reviewed;
    }
    const admin = partner.enrolledByUserId ? await userById(manager, partner.enrolledByUserId) : null;
    if (admin && !admin.roles.includes(Role.ADMIN_AGENT)) {
      const promoted = { ...admin, roles: [...admin.roles, Role.ADMIN_AGENT], updatedAt: now };
      await updateUser(manager, admin.id, { roles: promoted.roles, updatedAt: now });
      raise(UserEvents.rolesChanged(promoted, admin.roles, null));
    }
    raise(PartnerEvents.activated(reviewed, admin?.id ?? null));
    return reviewed;
  });
}
