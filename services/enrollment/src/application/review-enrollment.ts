import { DomainError, Role, UnitOfWork } from '@channelgraph/common';
import { checkRejectionReason, nextStatus } from '../domain/enrollment';
import { PartnerEvents, UserEvents } from '../events/published';
import type { PartnerRow } from '../store/entities';
import { lockedPartnerById, updatePartner } from '../store/partners.repository';
import { updateUser, userById } from '../store/users.repository';

export interface ReviewInput {
  partnerId: string;
  decision: 'APPROVE' | 'REJECT';
  reason?: string | null;
}

/** An operator decides: APPROVE → ACTIVE and the enrolling admin becomes ADMIN_AGENT (R11); REJECT → REJECTED with a reason. */
export async function reviewEnrollment(deps: { unitOfWork: UnitOfWork }, input: ReviewInput): Promise<PartnerRow> {
  const reason = input.decision === 'REJECT' ? checkRejectionReason(input.reason) : null;
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const partner = await lockedPartnerById(manager, input.partnerId);
    if (!partner) throw new DomainError('NOT_FOUND', 'No partner application has this id.');
    const now = new Date();
    const reviewed: PartnerRow = { ...partner, status: nextStatus(partner.status, input.decision), statusChangedAt: now, rejectionReason: reason };
    await updatePartner(manager, partner.id, { status: reviewed.status, statusChangedAt: now, rejectionReason: reason });
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
