import { checkMpnId, checkPhone, DomainError, invalid } from '@channelgraph/common/domain';
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
  const domain = email.split('@')[1]?.toLowerCase() ?? '';
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

/** The application's state machine: which decision may move which status. */
export function nextStatus(current: string, step: 'VERIFY' | 'APPROVE' | 'REJECT'): PartnerStatus {
  if (step === 'VERIFY') {
    if (current === 'EMAIL_VERIFICATION_PENDING') return 'IN_REVIEW';
    throw new DomainError('CONFLICT', 'This primary contact is already verified.');
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

export function checkRejectionReason(reason: string | null | undefined): string {
  const trimmed = reason?.trim() ?? '';
  if (trimmed.length < 5) throw invalid('reason', 'Say why the application is rejected (at least 5 characters): the applicant reads it.');
  if (trimmed.length > 1000) throw invalid('reason', 'The reason is too long (at most 1,000 characters).');
  return trimmed;
}
