import { DomainError, isDuplicateKey, Principal, UnitOfWork } from '@channelgraph/common';
import { randomUUID } from 'node:crypto';
import type { EnrollmentSettings } from '../config';
import { EnrollPartnerInput, validateApplication } from '../domain/enrollment';
import { PartnerEvents } from '../events/published';
import type { PartnerRow } from '../store/entities';
import { applicationColumns, applicationOf, insertPartner, partnersOfTenant } from '../store/partners.repository';
import { existingTenant } from '../store/tenants.repository';
import { asClaimConflict, checkMpnIdClaim } from './mpn-claims';
import { requestVerification } from './verification-links';

const alreadyEnrolled = (program: string) =>
  new DomainError('CONFLICT', `Your organisation is already enrolled as ${program}; each programme is enrolled once.`, 'program');

/** R9, R10: the tenant's global admin applies; the primary contact is asked to verify their address. */
export async function enrollPartner(
  deps: { unitOfWork: UnitOfWork; settings: Pick<EnrollmentSettings, 'webmailDomains' | 'verificationTtlHours'> },
  principal: Principal,
  input: EnrollPartnerInput,
): Promise<PartnerRow> {
  let claimedMpnId = input.mpnId ?? '';
  try {
    return await deps.unitOfWork.run(async (tx) => {
      const { manager, raise } = tx;
      const tenant = await existingTenant(manager, principal.tenantId);
      const existing = await partnersOfTenant(manager, tenant.id);
      if (existing.some((partner) => partner.program === input.program)) throw alreadyEnrolled(input.program);
      const application = validateApplication(input, deps.settings.webmailDomains, existing[0] ? applicationOf(existing[0]) : undefined);
      claimedMpnId = application.mpnId;
      await checkMpnIdClaim(manager, tenant, application.program, application.mpnId);

      const now = new Date();
      const partner: PartnerRow = {
        id: randomUUID(),
        tenantId: tenant.id,
        program: application.program,
        status: 'EMAIL_VERIFICATION_PENDING',
        ...applicationColumns(application),
        primaryVerifiedAt: null,
        enrolledByUserId: principal.userId,
        rejectionReason: null,
        rejectionReasonCodes: null,
        createdAt: now,
        statusChangedAt: now,
      };
      await insertPartner(manager, partner);
      raise(PartnerEvents.submitted(partner));
      await requestVerification(tx, partner, deps.settings.verificationTtlHours);
      return partner;
    });
  } catch (error) {
    if (isDuplicateKey(error, 'uq_partner_tenant_program')) throw alreadyEnrolled(input.program);
    throw asClaimConflict(error, claimedMpnId);
  }
}
