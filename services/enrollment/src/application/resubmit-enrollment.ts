import { DomainError, Principal, UnitOfWork } from '@channelgraph/common';
import type { EnrollmentSettings } from '../config';
import { contactMustVerify, nextStatus, Program } from '../domain/enrollment';
import { PartnerEvents } from '../events/published';
import type { PartnerRow } from '../store/entities';
import { lockedPartnerById, updatePartner } from '../store/partners.repository';
import { existingTenant } from '../store/tenants.repository';
import { asClaimConflict, checkMpnIdClaim } from './mpn-claims';
import { ownApplication } from './own-application';
import { requestVerification } from './verification-links';

/**
 * R10: a REJECTED application, once fixed (updateEnrollment), goes back to review, or first to
 * verification when its primary contact must verify (a changed address, or a rejection for
 * CONTACT_NOT_VERIFIED). Its MPN id is checked again, since a rejected application held no
 * claim on it meanwhile.
 */
export async function resubmitEnrollment(
  deps: { unitOfWork: UnitOfWork; settings: Pick<EnrollmentSettings, 'verificationTtlHours'> },
  principal: Principal,
  partnerId: string,
): Promise<PartnerRow> {
  let mpnId = '';
  try {
    return await deps.unitOfWork.run(async (tx) => {
      const { manager, raise } = tx;
      const partner = ownApplication(principal, await lockedPartnerById(manager, partnerId));
      mpnId = partner.mpnId;
      const mustVerify = contactMustVerify(partner.primaryVerifiedAt, partner.rejectionReasonCodes ?? []);
      const status = nextStatus(partner.status, 'RESUBMIT', mustVerify);
      await checkMpnIdClaim(manager, await existingTenant(manager, partner.tenantId), partner.program as Program, partner.mpnId);
      const now = new Date();
      const changes = {
        status,
        statusChangedAt: now,
        primaryVerifiedAt: mustVerify ? null : partner.primaryVerifiedAt,
        rejectionReason: null,
        rejectionReasonCodes: null,
      };
      await updatePartner(manager, partner.id, changes);
      const resubmitted: PartnerRow = { ...partner, ...changes };
      raise(PartnerEvents.resubmitted(resubmitted));
      if (mustVerify) await requestVerification(tx, resubmitted, deps.settings.verificationTtlHours);
      return resubmitted;
    });
  } catch (error) {
    throw error instanceof DomainError ? error : asClaimConflict(error, mpnId);
  }
}
