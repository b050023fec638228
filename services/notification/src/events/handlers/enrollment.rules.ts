import type { PartnerActivatedV1, PartnerRejectedV1, PrimaryContactVerificationRequestedV1, TenantSignedUpV1, VerificationLinkIssuedV1 } from '@channelgraph/common';
import type { EmailRule, EmailRules } from './email.handler';

type TenantSignedUp = TenantSignedUpV1;
/** What every partner event with its primary contact carries. */
type PartnerFacts = Pick<PartnerActivatedV1, 'partnerId' | 'tenantId' | 'program' | 'legalName' | 'primaryContact'>;
type VerificationRequested = VerificationLinkIssuedV1 | PrimaryContactVerificationRequestedV1;
type Rejected = PartnerRejectedV1;

const PROGRAM_NAMES: Record<string, string> = {
  INDIRECT_RESELLER: 'an indirect reseller',
  INDIRECT_PROVIDER: 'an indirect provider',
  DIRECT: 'a direct partner',
};

const toPrimaryContact = (data: PartnerFacts) => [{ email: data.primaryContact.email, name: data.primaryContact.firstName }];
const partnerValues = (data: PartnerFacts) => ({
  firstName: data.primaryContact.firstName,
  legalName: data.legalName,
  programName: PROGRAM_NAMES[data.program] ?? data.program,
});

/** An email to the partner's primary contact, filed under the partner's tenant. */
function toPrimaryContactRule<T extends PartnerFacts>(kind: string, template: string, values: EmailRule<T>['values']): EmailRule<T> {
  return { kind, template, recipients: toPrimaryContact, tenantId: (data) => data.tenantId, values };
}

const verificationEmail = toPrimaryContactRule<VerificationRequested>('PRIMARY_CONTACT_VERIFICATION', 'partner-verification', (data, { links }) => ({
  ...partnerValues(data),
  verifyUrl: links.verifyPrimaryContact(data.verificationToken),
  expiresAt: new Date(data.expiresAt).toUTCString(),
}));

/** The emails of enrolment (R9, R10): every status change goes to the primary contact. */
export const enrollmentRules = {
  'channelgraph.enrollment.TenantSignedUp.v1': {
    kind: 'WELCOME',
    template: 'welcome',
    recipients: (data) => [{ email: data.admin.email, name: data.admin.fullName }],
    tenantId: (data) => data.tenantId,
    values: (data, { links }) => ({ fullName: data.admin.fullName, displayName: data.displayName, domain: data.domain, signInUrl: links.signIn() }),
  } satisfies EmailRule<TenantSignedUp>,
  'channelgraph.enrollment.VerificationLinkIssued.v1': verificationEmail,
  // Published before the link moved to channelgraph.enrollment.links; still emailed if one arrives.
  'channelgraph.enrollment.PrimaryContactVerificationRequested.v1': verificationEmail,
  'channelgraph.enrollment.PrimaryContactVerified.v1': toPrimaryContactRule<PartnerFacts>('ENROLLMENT_IN_REVIEW', 'partner-in-review', partnerValues),
  'channelgraph.enrollment.PartnerActivated.v1': toPrimaryContactRule<PartnerFacts>('PARTNER_ACTIVATED', 'partner-activated', (data, { links }) => ({ ...partnerValues(data), signInUrl: links.signIn() })),
  'channelgraph.enrollment.PartnerRejected.v1': toPrimaryContactRule<Rejected>('PARTNER_REJECTED', 'partner-rejected', (data) => ({ ...partnerValues(data), reason: data.reason })),
} satisfies EmailRules;
