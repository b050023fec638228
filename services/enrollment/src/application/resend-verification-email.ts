import { Principal, Throttle, UnitOfWork } from '@channelgraph/common';
import type { DataSource } from 'typeorm';
import type { EnrollmentSettings } from '../config';
import { checkVerificationResendable } from '../domain/enrollment';
import type { PartnerRow } from '../store/entities';
import { lockedPartnerById, partnerById } from '../store/partners.repository';
import { ownApplication } from './own-application';
import { requestVerification } from './verification-links';

/**
 * R10: a link that expired (or an email that went astray) no longer leaves the application
 * stuck: the applicant asks for a new one while the primary contact has not verified, and the
 * earlier links stop working. Counted per application (VERIFICATION_EMAILS_PER_PARTNER_PER_HOUR)
 * once the request is known to be the caller's and to make sense, so refusals cost nothing.
 */
export async function resendVerificationEmail(
  deps: { unitOfWork: UnitOfWork; settings: Pick<EnrollmentSettings, 'verificationTtlHours'>; verificationEmailThrottle: Throttle; dataSource: DataSource },
  principal: Principal,
  partnerId: string,
): Promise<PartnerRow> {
  checkVerificationResendable(ownApplication(principal, await partnerById(deps.dataSource.manager, partnerId)).status);
  await deps.verificationEmailThrottle.take(partnerId);
  return deps.unitOfWork.run(async (tx) => {
    const partner = ownApplication(principal, await lockedPartnerById(tx.manager, partnerId));
    checkVerificationResendable(partner.status);
    await requestVerification(tx, partner, deps.settings.verificationTtlHours);
    return partner;
  });
}
