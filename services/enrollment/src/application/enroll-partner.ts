import { createLinkToken, DomainError, isDuplicateKey, Principal, Transaction, UnitOfWork } from '@channelgraph/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { EnrollmentSettings } from '../config';
import { checkMpnProfile, EnrollPartnerInput, Program, validateApplication } from '../domain/enrollment';
import { PartnerEvents } from '../events/published';
import type { PartnerRow } from '../store/entities';
import { mpnProfileById } from '../store/mpn-profiles.repository';
import { applicationOf, insertPartner, otherClaimOfMpnId, partnersOfTenant } from '../store/partners.repository';
import { existingTenant } from '../store/tenants.repository';
import { insertVerificationToken } from '../store/verification-tokens.repository';

const alreadyEnrolled = (program: string) =>
  new DomainError('CONFLICT', `Your organisation is already enrolled as ${program}; each programme is enrolled once.`, 'program');

/** Issues a fresh verification link for the partner's primary contact and raises the event that emails it. */
async function requestVerification({ manager, raise }: Transaction, partner: PartnerRow, ttlHours: number) {
  const { token, hash } = createLinkToken();
  const expiresAt = new Date(Date.now() + ttlHours * 3600 * 1000);
  await insertVerificationToken(manager, {
    tokenHash: hash,
    partnerId: partner.id,
    email: partner.primaryEmail,
    expiresAt,
    usedAt: null,
    createdAt: new Date(),
  });
  raise(PartnerEvents.verificationRequested(partner, expiresAt));
  raise(PartnerEvents.verificationLinkIssued(partner, token, expiresAt));
}

/**
 * An MPN id belongs to at most one tenant per programme: R16 hands the
 * customers waiting under it to whoever holds it. A rejected application
 * claims nothing, so an impostor's attempt cannot block the real owner.
 */
async function refuseClaimedMpnId(manager: EntityManager, tenantId: string, program: Program, mpnId: string): Promise<void> {
  const holder = await otherClaimOfMpnId(manager, mpnId, program, tenantId);
  if (holder) {
    throw new DomainError(
      'CONFLICT',
      `MPN id ${mpnId} is already enrolled in this programme by another organisation; check the id, or ask the vendor's partner support if it is yours.`,
      'mpnId',
    );
  }
}

/** R9, R10: the tenant's global admin applies; the primary contact is asked to verify their address. */
export async function enrollPartner(
  deps: { unitOfWork: UnitOfWork; settings: Pick<EnrollmentSettings, 'webmailDomains' | 'verificationTtlHours'> },
  principal: Principal,
  input: EnrollPartnerInput,
): Promise<PartnerRow> {
  try {
    return await deps.unitOfWork.run(async (tx) => {
      const { manager, raise } = tx;
      const tenant = await existingTenant(manager, principal.tenantId);
      const existing = await partnersOfTenant(manager, tenant.id);
      if (existing.some((partner) => partner.program === input.program)) throw alreadyEnrolled(input.program);
      const application = validateApplication(input, deps.settings.webmailDomains, existing[0] ? applicationOf(existing[0]) : undefined);
      // Locking the profile row makes concurrent claims of one MPN id (from any instance) take turns.
      const profile = await mpnProfileById(manager, application.mpnId, true);
      checkMpnProfile(application.mpnId, profile, tenant.country);
      await refuseClaimedMpnId(manager, tenant.id, application.program, application.mpnId);

      const now = new Date();
      const partner: PartnerRow = {
        id: randomUUID(),
        tenantId: tenant.id,
        program: application.program,
        status: 'EMAIL_VERIFICATION_PENDING',
        legalName: application.legalName,
        mpnId: application.mpnId,
        addressLine1: application.address.line1,
        addressLine2: application.address.line2,
        addressCity: application.address.city,
        addressRegion: application.address.region,
        addressPostalCode: application.address.postalCode,
        addressCountry: application.address.country,
        primaryFirstName: application.primaryContact.firstName,
        primaryLastName: application.primaryContact.lastName,
        primaryEmail: application.primaryContact.email,
        primaryPhone: application.primaryContact.phone,
        primaryVerifiedAt: null,
        supportEmail: application.supportContact.email,
        supportPhone: application.supportContact.phone,
        supportWebsite: application.supportContact.website,
        enrolledByUserId: principal.userId,
        rejectionReason: null,
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
    throw error;
  }
}
