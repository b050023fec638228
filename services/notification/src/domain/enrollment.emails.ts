import type {
  Links,
  PartnerActivatedV1,
  PartnerEnrollmentResubmittedV1,
  PartnerRejectedV1,
  PartnerRejectedV2,
  PrimaryContactVerificationRequestedV1,
  TenantSignedUpV1,
  VerificationLinkIssuedV1,
} from '@channelgraph/common/domain';
import { EmailDecision, emailsTo, noEmail, send } from './emails';

/** What every partner event with its primary contact carries. */
export type PartnerFacts = Pick<PartnerActivatedV1, 'partnerId' | 'tenantId' | 'program' | 'legalName' | 'primaryContact'>;
export type VerificationRequested = VerificationLinkIssuedV1 | PrimaryContactVerificationRequestedV1;

const PROGRAM_NAMES: Record<string, string> = {
  INDIRECT_RESELLER: 'an indirect reseller',
  INDIRECT_PROVIDER: 'an indirect provider',
  DIRECT: 'a direct partner',
};

const partnerValues = (data: PartnerFacts) => ({
  firstName: data.primaryContact.firstName,
  legalName: data.legalName,
  programName: PROGRAM_NAMES[data.program] ?? data.program,
});

/**
 * The emails of enrolment (R9, R10): every status change goes to the primary
 * contact (the event carries it), filed under the partner's tenant.
 */
function toPrimaryContact(kind: string, template: string, data: PartnerFacts, values: Record<string, unknown>): EmailDecision {
  return send(emailsTo({ kind, template, tenantId: data.tenantId }, [{ email: data.primaryContact.email, name: data.primaryContact.firstName }], values));
}

/** TenantSignedUp: the new organisation's global admin is welcomed. */
export function welcomeEmails(data: TenantSignedUpV1, links: Links): EmailDecision {
  return send(
    emailsTo({ kind: 'WELCOME', template: 'welcome', tenantId: data.tenantId }, [{ email: data.admin.email, name: data.admin.fullName }], {
      fullName: data.admin.fullName,
      displayName: data.displayName,
      domain: data.domain,
      signInUrl: links.signIn(),
    }),
  );
}

/**
 * R10: the link that verifies the primary contact's address (VerificationLinkIssued; the
 * PrimaryContactVerificationRequested v1 events published before the link moved to
 * channelgraph.enrollment.links are still emailed if one arrives).
 */
export function verificationEmails(data: VerificationRequested, links: Links): EmailDecision {
  return toPrimaryContact('PRIMARY_CONTACT_VERIFICATION', 'partner-verification', data, {
    ...partnerValues(data),
    verifyUrl: links.verifyPrimaryContact(data.verificationToken),
    expiresAt: new Date(data.expiresAt).toUTCString(),
  });
}

/** PrimaryContactVerified: the application is in review. */
export const inReviewEmails = (data: PartnerFacts): EmailDecision => toPrimaryContact('ENROLLMENT_IN_REVIEW', 'partner-in-review', data, partnerValues(data));

/** PartnerActivated: the application was approved. */
export const activatedEmails = (data: PartnerFacts, links: Links): EmailDecision =>
  toPrimaryContact('PARTNER_ACTIVATED', 'partner-activated', data, { ...partnerValues(data), signInUrl: links.signIn() });

/**
 * PartnerRejected: the application was rejected, with each reason's sentence saying what to fix
 * (v2); a v1 event, from before reason codes, had the reviewer's words alone.
 */
export function rejectedEmails(data: PartnerRejectedV1 | PartnerRejectedV2, links: Links): EmailDecision {
  const reasons = 'reasons' in data ? data.reasons.map(({ message }) => message) : [data.reason];
  // The reviewer's words are OTHER's message when OTHER is a reason; otherwise a note of their own.
  const note = 'reasons' in data && !data.reasons.some(({ code }) => code === 'OTHER') ? data.note : null;
  return toPrimaryContact('PARTNER_REJECTED', 'partner-rejected', data, { ...partnerValues(data), reasons, note, enrolmentUrl: links.enrolment() });
}

/**
 * PartnerEnrollmentResubmitted: back in review (the same kind as the first time it was). One
 * resubmitted to verification is emailed by its verification link, which follows.
 */
export function resubmittedEmails(data: PartnerEnrollmentResubmittedV1): EmailDecision {
  if (data.status !== 'IN_REVIEW') return noEmail;
  return toPrimaryContact('ENROLLMENT_IN_REVIEW', 'partner-back-in-review', data, partnerValues(data));
}
