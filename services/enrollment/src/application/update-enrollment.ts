import { DomainError, Principal, Throttle, UnitOfWork } from '@channelgraph/common';
import type { EnrollmentSettings } from '../config';
import { applyChanges, checkEditable, EnrollmentChanges, statusAfterChange } from '../domain/enrollment';
import { PartnerEvents } from '../events/published';
import type { PartnerRow } from '../store/entities';
import { applicationColumns, applicationOf, lockedPartnerById, updatePartner } from '../store/partners.repository';
import { existingTenant } from '../store/tenants.repository';
import { deleteUnusedVerificationLinks } from '../store/verification-tokens.repository';
import { asClaimConflict, checkMpnIdClaim } from './mpn-claims';
import { ownApplication } from './own-application';
import { requestVerification } from './verification-links';

export interface UpdateEnrollmentInput extends EnrollmentChanges {
  partnerId: string;
}

/**
 * R10: the applicant changes an application until it is approved, checked as an enrolment is.
 * A changed primary contact address must verify again: the earlier links stop working and,
 * unless the application is REJECTED (it verifies on resubmission), a new one is emailed.
 */
export async function updateEnrollment(
  deps: {
    unitOfWork: UnitOfWork;
    settings: Pick<EnrollmentSettings, 'webmailDomains' | 'verificationTtlHours'>;
    verificationEmailThrottle: Throttle;
  },
  principal: Principal,
  input: UpdateEnrollmentInput,
): Promise<PartnerRow> {
  let mpnId = input.mpnId ?? '';
  try {
    return await deps.unitOfWork.run(async (tx) => {
      const { manager, raise } = tx;
      const partner = ownApplication(principal, await lockedPartnerById(manager, input.partnerId));
      checkEditable(partner.status);
      const application = applyChanges(applicationOf(partner), input, deps.settings.webmailDomains);
      mpnId = application.mpnId;
      if (application.mpnId !== partner.mpnId) {
        await checkMpnIdClaim(manager, await existingTenant(manager, partner.tenantId), application.program, application.mpnId);
      }
      const contactChanged = application.primaryContact.email.toLowerCase() !== partner.primaryEmail.toLowerCase();
      const status = statusAfterChange(partner.status, contactChanged);
      if (contactChanged && status === 'EMAIL_VERIFICATION_PENDING') await deps.verificationEmailThrottle.take(partner.id);
      const now = new Date();
      const changes = {
        ...applicationColumns(application),
        status,
        primaryVerifiedAt: contactChanged ? null : partner.primaryVerifiedAt,
        statusChangedAt: status === partner.status ? partner.statusChangedAt : now,
      };
      await updatePartner(manager, partner.id, changes);
      const updated: PartnerRow = { ...partner, ...changes };
      raise(PartnerEvents.updated(updated, contactChanged, now));
      if (contactChanged) {
        if (status === 'EMAIL_VERIFICATION_PENDING') await requestVerification(tx, updated, deps.settings.verificationTtlHours);
        else await deleteUnusedVerificationLinks(manager, partner.id);
      }
      return updated;
    });
  } catch (error) {
    throw error instanceof DomainError ? error : asClaimConflict(error, mpnId);
  }
}
