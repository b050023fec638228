import { checkMpnId, checkPhone, DomainError, domainOfEmail, invalid } from '@channelgraph/common/domain';
import { checkCountry, checkEmail, checkName } from './sign-up';

export const PROGRAMS = ['INDIRECT_RESELLER', 'INDIRECT_PROVIDER', 'DIRECT'] as const;
export type Program = (typeof PROGRAMS)[number];
export type PartnerStatus = 'EMAIL_VERIFICATION_PENDING' | 'IN_REVIEW' | 'ACTIVE' | 'REJECTED';

export interface AddressInput {
  line1: string;
  line2?: string | null;
  city: string;
  region?: string | null;
  postalCode: string;
  country: string;
}
export interface ContactInput {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
}
export interface SupportContactInput {
  email: string;
  phone: string;
  website: string;
}

export interface EnrollPartnerInput {
  program: Program;
  mpnId?: string | null;
  legalName?: string | null;
  address?: AddressInput | null;
  primaryContact?: ContactInput | null;
  supportContact: SupportContactInput;
}

/** What an application holds once validated. */
export interface Application {
  program: Program;
  mpnId: string;
  legalName: string;
  address: { line1: string; line2: string | null; city: string; region: string | null; postalCode: string; country: string };
  primaryContact: ContactInput;
  supportContact: SupportContactInput;
}

export interface MpnProfileFacts {
  mpnId: string;
  country: string;
  status: string;
}

function checkWebsite(field: string, website: string): string {
  let url: URL;
  try {
    url = new URL(website.trim());
  } catch {
    throw invalid(field, `"${website}" is not a web address; give the full URL, e.g. https://support.contoso.com.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw invalid(field, 'The support web site must be an http(s) address.');
  return url.toString();
}

/** True when the address's domain is a web-mail service (configurable list; `*` matches any ending, e.g. yahoo.*). */
export function isWebmail(email: string, webmailDomains: readonly string[]): boolean {
  const domain = domainOfEmail(email);
  return webmailDomains.some((pattern) =>
    pattern.endsWith('.*') ? domain.startsWith(pattern.slice(0, -1)) : domain === pattern || domain.endsWith(`.${pattern}`),
  );
}

export function checkSupportContact(support: SupportContactInput): SupportContactInput {
  return {
    email: checkEmail('supportContact.email', support.email),
    phone: checkPhone('supportContact.phone', support.phone),
    website: checkWebsite('supportContact.website', support.website),
  };
}

/**
 * Validates a first enrolment (every field required) or an additional
 * programme for an enrolled tenant (R9: only the support contact is new; the
 * rest comes from the existing enrolment unless given).
 */
export function validateApplication(input: EnrollPartnerInput, webmailDomains: readonly string[], existing?: Application): Application {
  if (!PROGRAMS.includes(input.program)) throw invalid('program', `program must be one of ${PROGRAMS.join(', ')}.`);
  const supportContact = checkSupportContact(input.supportContact);
  const required = <T>(field: string, value: T | null | undefined, fallback: T | undefined): T => {
    const chosen = value ?? fallback;
    if (chosen === undefined || chosen === null) throw invalid(field, `${field} is required for a first enrolment.`);
    return chosen;
  };
  const mpnId = checkMpnId('mpnId', required('mpnId', input.mpnId, existing?.mpnId));
  const legalName = checkName('legalName', required('legalName', input.legalName, existing?.legalName));
  const address = required('address', input.address, existing?.address);
  const contact = required('primaryContact', input.primaryContact, existing?.primaryContact);
  const primaryEmail = checkEmail('primaryContact.email', contact.email);
  if (isWebmail(primaryEmail, webmailDomains)) {
    throw invalid(
      'primaryContact.email',
      'The primary contact needs an address at your organisation’s own domain; web-mail addresses (gmail.com, outlook.com, …) are not accepted.',
    );
  }
  return {
    program: input.program,
    mpnId,
    legalName,
    address: {
      line1: checkName('address.line1', address.line1),
      line2: address.line2?.trim() ? checkName('address.line2', address.line2) : null,
      city: checkName('address.city', address.city, 100),
      region: address.region?.trim() ? checkName('address.region', address.region, 100) : null,
      postalCode: checkName('address.postalCode', address.postalCode, 20),
      country: checkCountry('address.country', address.country),
    },
    primaryContact: {
      firstName: checkName('primaryContact.firstName', contact.firstName, 100),
      lastName: checkName('primaryContact.lastName', contact.lastName, 100),
      email: primaryEmail,
      phone: checkPhone('primaryContact.phone', contact.phone),
    },
    supportContact,
  };
}

/** R10: the MPN profile must exist, be ACTIVE and be in the tenant's country. */
export function checkMpnProfile(mpnId: string, profile: MpnProfileFacts | null, tenantCountry: string): void {
  if (!profile) throw invalid('mpnId', `No partner-membership profile has MPN id ${mpnId}; check the id in the registry.`);
  if (profile.status !== 'ACTIVE') throw invalid('mpnId', `The partner-membership profile ${mpnId} is not active; reactivate it in the registry first.`);
  if (profile.country !== tenantCountry) {
    throw invalid(
      'mpnId',
      `The partner-membership profile ${mpnId} is in ${profile.country}, but your organisation is in ${tenantCountry}; pick the profile of the same country.`,
    );
  }
}

/**
 * The application's state machine: which step may move which status.
 * RESUBMIT takes a REJECTED application back to review, or to verification
 * first when its primary contact must verify (`contactMustVerify`).
 */
export function nextStatus(current: string, step: 'VERIFY' | 'APPROVE' | 'REJECT' | 'RESUBMIT', contactMustVerify = false): PartnerStatus {
  if (step === 'VERIFY') {
    if (current === 'EMAIL_VERIFICATION_PENDING') return 'IN_REVIEW';
    throw new DomainError(
      'CONFLICT',
      current === 'REJECTED' ? 'This application was rejected; resubmit it first.' : 'This primary contact is already verified.',
    );
  }
  if (step === 'RESUBMIT') {
    if (current === 'REJECTED') return contactMustVerify ? 'EMAIL_VERIFICATION_PENDING' : 'IN_REVIEW';
    throw new DomainError('CONFLICT', `Only a rejected application can be resubmitted; this one is ${current}.`);
  }
  if (current !== 'IN_REVIEW') {
    throw new DomainError(
      'CONFLICT',
      current === 'EMAIL_VERIFICATION_PENDING'
        ? 'This application cannot be reviewed yet: its primary contact has not verified their address.'
        : `This application was already reviewed (it is ${current}).`,
    );
  }
  return step === 'APPROVE' ? 'ACTIVE' : 'REJECTED';
}

/** Fields of an application to change (R10): those given replace the application's; the programme stays. */
export interface EnrollmentChanges {
  mpnId?: string | null;
  legalName?: string | null;
  address?: AddressInput | null;
  primaryContact?: ContactInput | null;
  supportContact?: SupportContactInput | null;
}

/** An ACTIVE partner changes its details elsewhere; an application is changed until it is approved. */
export function checkEditable(status: string): void {
  if (status === 'ACTIVE') {
    throw new DomainError('CONFLICT', 'This application was approved; an active partner’s enrolment can no longer be changed here.');
  }
}

/**
 * The application once changed, checked exactly as an enrolment is (validateApplication):
 * what is not given is taken from the application as it is.
 */
export function applyChanges(current: Application, changes: EnrollmentChanges, webmailDomains: readonly string[]): Application {
  return validateApplication(
    {
      program: current.program,
      mpnId: changes.mpnId,
      legalName: changes.legalName,
      address: changes.address,
      primaryContact: changes.primaryContact,
      supportContact: changes.supportContact ?? current.supportContact,
    },
    webmailDomains,
    current,
  );
}

/**
 * A changed primary contact address must verify again. An application waiting for review goes
 * back to verification; a rejected one stays REJECTED and verifies when it is resubmitted, since
 * verifying is what sends an application to review.
 */
export function statusAfterChange(status: string, contactChanged: boolean): string {
  return contactChanged && status === 'IN_REVIEW' ? 'EMAIL_VERIFICATION_PENDING' : status;
}

/** A new verification email is only for an application waiting for its primary contact to verify. */
export function checkVerificationResendable(status: string): void {
  if (status === 'EMAIL_VERIFICATION_PENDING') return;
  throw new DomainError(
    'CONFLICT',
    status === 'REJECTED'
      ? 'This application was rejected; resubmit it, and its primary contact will be asked to verify if they must.'
      : 'The primary contact has already verified their address; there is nothing to verify.',
  );
}

export const REJECTION_REASON_CODES = [
  'MPN_INACTIVE',
  'MPN_COUNTRY_MISMATCH',
  'CONTACT_NOT_VERIFIED',
  'LEGAL_NAME_MISMATCH',
  'DOCUMENTS_REQUIRED',
  'OTHER',
] as const;
export type RejectionReasonCode = (typeof REJECTION_REASON_CODES)[number];

/** What the applicant must fix, per reason: the sentence the console and the rejection email show. */
const WHAT_TO_FIX: Record<Exclude<RejectionReasonCode, 'OTHER'>, string> = {
  MPN_INACTIVE: 'The partner-membership profile of your MPN id is not active: reactivate it in the registry, or give the MPN id of an active profile.',
  MPN_COUNTRY_MISMATCH:
    'The partner-membership profile of your MPN id is in another country than your organisation: give the MPN id of your organisation’s profile in its own country.',
  CONTACT_NOT_VERIFIED:
    'We could not confirm that the primary contact works for your organisation: give a primary contact at your organisation’s own domain, who will be asked to verify their address again.',
  LEGAL_NAME_MISMATCH: 'The legal name does not match the partner-membership profile of your MPN id: give the legal name exactly as the registry holds it.',
  DOCUMENTS_REQUIRED: 'We need documents proving your organisation is registered: send them to partner support, then resubmit the application.',
};

export interface RejectionReason {
  code: RejectionReasonCode;
  message: string;
}

/** The reasons of a rejection, each with its sentence; OTHER's sentence is the reviewer's note. */
export function rejectionReasons(codes: readonly string[], note: string | null): RejectionReason[] {
  return codes
    .filter((code): code is RejectionReasonCode => (REJECTION_REASON_CODES as readonly string[]).includes(code))
    .map((code) => ({ code, message: code === 'OTHER' ? (note ?? '') : WHAT_TO_FIX[code] }));
}

/**
 * A rejection names at least one reason (so the applicant knows what to fix); OTHER needs the
 * reviewer's words, which are otherwise an optional note of 5 to 1,000 characters.
 */
export function checkRejection(
  codes: readonly string[] | null | undefined,
  reason: string | null | undefined,
): { codes: RejectionReasonCode[]; note: string | null } {
  const chosen = [...new Set(codes ?? [])];
  if (chosen.length === 0) throw invalid('reasonCodes', 'Pick at least one reason: the applicant reads what to fix for each.');
  const unknown = chosen.find((code) => !(REJECTION_REASON_CODES as readonly string[]).includes(code));
  if (unknown) throw invalid('reasonCodes', `${unknown} is not a rejection reason; use one of ${REJECTION_REASON_CODES.join(', ')}.`);
  const trimmed = reason?.trim() ?? '';
  if (chosen.includes('OTHER') && !trimmed) throw invalid('reason', 'Say what else must be fixed: with “Other”, the reason text is what the applicant reads.');
  return { codes: chosen as RejectionReasonCode[], note: trimmed ? checkRejectionReason(trimmed) : null };
}

/** An approval carries no reasons: they would tell an active partner to fix something. */
export function checkApproval(codes: readonly string[] | null | undefined): void {
  if (codes && codes.length > 0) throw invalid('reasonCodes', 'Reasons are for a rejection; approve without them.');
}

/** A rejection for CONTACT_NOT_VERIFIED, or a changed contact, makes the primary contact verify again on resubmission. */
export function contactMustVerify(primaryVerifiedAt: Date | null, codes: readonly string[]): boolean {
  return primaryVerifiedAt === null || codes.includes('CONTACT_NOT_VERIFIED');
}

export function checkRejectionReason(reason: string | null | undefined): string {
  const trimmed = reason?.trim() ?? '';
  if (trimmed.length < 5) throw invalid('reason', 'Say why the application is rejected (at least 5 characters): the applicant reads it.');
  if (trimmed.length > 1000) throw invalid('reason', 'The reason is too long (at most 1,000 characters).');
  return trimmed;
}
