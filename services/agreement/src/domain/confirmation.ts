import { checkEmail, checkName, checkPhone, DomainError, invalid } from '@channelgraph/common/domain';
import type { ProjectedRelationship } from '@channelgraph/common/domain';
import { createHash } from 'node:crypto';
import { currentOf, TemplateFacts } from './acceptance';
import { AGREEMENT_NAMES, AgreementType } from './templates';

/**
 * A partner confirms that a customer accepted the Customer Agreement, naming
 * the customer's person who accepted it (the way vendors' partner APIs let a
 * reseller attest the customer's acceptance).
 */

/** The partner roles that sell to customers, and so may attest their acceptance. */
export const CONFIRMING_ROLES = ['ADMIN_AGENT', 'SALES_AGENT'] as const;

/** A client clock a little ahead of ours is not "the future". */
export const CLOCK_TOLERANCE_MS = 5 * 60 * 1000;

export interface ContactInput {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
}

/** A contact as recorded: names with white space folded, the email lower-cased, the phone trimmed. */
export type Contact = ContactInput;

export interface ConfirmationInput {
  /** When the customer agreed; a bare date (YYYY-MM-DD) arrives as midnight UTC. */
  dateAgreed: Date;
  contact: ContactInput | null | undefined;
}

export interface ValidConfirmation {
  dateAgreed: Date;
  contact: Contact;
  /** Unique with customer, type and version: the same contact's acceptance of a version is recorded once. */
  dedupeKey: string;
}

export interface ConfirmingCaller {
  tenantId: string;
  roles: readonly string[];
}

type RelationshipFacts = Pick<ProjectedRelationship, 'id' | 'partnerId' | 'partnerTenantId' | 'customerTenantId' | 'status' | 'roles'>;

/** The partner programmes (enrollment's PartnerProgram). */
export type PartnerProgram = 'INDIRECT_RESELLER' | 'INDIRECT_PROVIDER' | 'DIRECT';

/**
 * Partners that sell to a customer but may not attest its acceptance: an
 * indirect reseller's customers are attested by its indirect provider (which
 * holds its own reseller relationship with them) or accept themselves, as in
 * Partner Center.
 */
export const NON_ATTESTING_PROGRAMS: readonly PartnerProgram[] = ['INDIRECT_RESELLER'];

const needsRelationship = 'Only a partner with an active relationship with this customer can confirm its acceptance of the Customer Agreement.';

/** The refusal an indirect reseller gets, saying who can do it instead. */
export const INDIRECT_RESELLER_REFUSAL =
  'An indirect reseller cannot confirm a customer’s acceptance of the Customer Agreement. ' +
  'Ask the customer’s global admin to accept it in the console (Accept agreement), ' +
  'or ask your indirect provider, which needs its own reseller relationship with the customer, to confirm it.';

/** The programme of a partner is learnt from its activation, by event: for a moment after approval it may not be known here yet. */
export const PROGRAMME_NOT_KNOWN =
  'Your partner enrolment is not known to the agreement service yet (it learns it from the enrolment’s approval). Try again in a minute.';

/**
 * Who may confirm for a customer: a partner's admin or sales agent whose
 * organisation has an ACTIVE relationship with it that holds the RESELLER role
 * (R4: the agreement is what lets a reseller buy; a delegated admin or an
 * advisor sells nothing), through a partner that is not an indirect reseller
 * (`programs`: each known partner's programme, by partner id; one not in it is
 * not known yet, which is refused as CONFLICT, to retry, rather than allowed).
 * Returns that relationship.
 */
export function checkConfirmingPartner(
  caller: ConfirmingCaller,
  customerTenantId: string,
  relationships: readonly RelationshipFacts[],
  programs: ReadonlyMap<string, string>,
): RelationshipFacts {
  if (!CONFIRMING_ROLES.some((role) => caller.roles.includes(role))) {
    throw new DomainError(
      'FORBIDDEN',
      `Confirming a customer's acceptance needs one of these roles in a partner organisation: ${CONFIRMING_ROLES.join(', ')}.`,
    );
  }
  if (caller.tenantId === customerTenantId) {
    throw new DomainError(
      'FORBIDDEN',
      'A customer accepts the Customer Agreement itself, with acceptAgreement; confirmCustomerAcceptance is for its partners.',
    );
  }
  const ours = relationships.filter((r) => r.partnerTenantId === caller.tenantId && r.customerTenantId === customerTenantId);
  const active = ours.filter((r) => r.status === 'ACTIVE');
  // A tenant enrolled in two programmes may hold a relationship through each.
  const reselling = active.filter((r) => r.roles.includes('RESELLER'));
  const attesting = reselling.find((r) => {
    const program = programs.get(r.partnerId);
    return program !== undefined && !NON_ATTESTING_PROGRAMS.includes(program as PartnerProgram);
  });
  if (attesting) return attesting;
  if (reselling.some((r) => !programs.has(r.partnerId))) throw new DomainError('CONFLICT', PROGRAMME_NOT_KNOWN);
  if (reselling.length > 0) throw new DomainError('FORBIDDEN', INDIRECT_RESELLER_REFUSAL);
  if (active.length > 0) {
    const roles = [...new Set(active.flatMap((r) => r.roles))];
    throw new DomainError(
      'FORBIDDEN',
      `Only a reseller of this customer can confirm its acceptance of the Customer Agreement; your organisation's relationship with it has the roles ${roles.join(', ') || '(none)'}.`,
    );
  }
  if (ours.length > 0) {
    throw new DomainError(
      'FORBIDDEN',
      `${needsRelationship} Your organisation's relationship with this customer has ended: invite the customer again (requestRelationship) to re-establish it.`,
    );
  }
  throw new DomainError(
    'FORBIDDEN',
    `${needsRelationship} Your organisation has no relationship with this customer: a relationship is needed first (requestRelationship invites the customer).`,
  );
}

/** Only the current Customer Agreement: that is what the customer is asked to accept now, and what makes it current (R4). */
function checkConfirmedTemplate(template: TemplateFacts | null, current: TemplateFacts | null): TemplateFacts {
  if (!template) throw invalid('templateId', `No agreement has this templateId. ${currentOf(current)}`);
  if (template.type !== 'CUSTOMER_AGREEMENT') {
    const name = AGREEMENT_NAMES[template.type as AgreementType] ?? template.type;
    throw invalid(
      'templateId',
      `This template is the ${name}; a partner confirms a customer's acceptance of the ${AGREEMENT_NAMES.CUSTOMER_AGREEMENT}. ${currentOf(current)}`,
    );
  }
  if (!template.isCurrent) {
    throw invalid(
      'templateId',
      `Version ${template.version} of the ${AGREEMENT_NAMES.CUSTOMER_AGREEMENT} has been replaced; a partner confirms the customer's acceptance of the current version. ${currentOf(current)}`,
    );
  }
  return template;
}

const utcDay = (date: Date) => Math.floor(date.getTime() / 86_400_000);
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Not in the future (beyond a few minutes of clock difference), and not before
 * the version was published. Publication is compared by UTC calendar day, so a
 * bare date on the day of publication counts (agreements are dated by day).
 */
function checkDateAgreed(dateAgreed: Date, template: TemplateFacts, now: Date): Date {
  if (!(dateAgreed instanceof Date) || Number.isNaN(dateAgreed.getTime())) {
    throw invalid('dateAgreed', 'dateAgreed must be a date, e.g. 2026-11-23 or 2026-11-23T15:30:00Z.');
  }
  if (dateAgreed.getTime() > now.getTime() + CLOCK_TOLERANCE_MS) {
    throw invalid(
      'dateAgreed',
      `dateAgreed (${dateAgreed.toISOString()}) is in the future: give the day the customer accepted the agreement, today at the latest.`,
    );
  }
  if (utcDay(dateAgreed) < utcDay(template.publishedAt)) {
    throw invalid(
      'dateAgreed',
      `Version ${template.version} of the ${AGREEMENT_NAMES.CUSTOMER_AGREEMENT} was published on ${dayOf(template.publishedAt)}: the customer cannot have agreed to it on ${dayOf(dateAgreed)}. Give the day they accepted this version.`,
    );
  }
  return dateAgreed;
}

/** The customer's person who accepted: every part required, so the customer can be asked about it later. */
export function checkContact(contact: ContactInput | null | undefined): Contact {
  if (!contact) throw invalid('contact', "Name the customer's person who accepted the agreement: contact with firstName, lastName, email and phone.");
  return {
    firstName: checkName('contact.firstName', contact.firstName ?? '', 100),
    lastName: checkName('contact.lastName', contact.lastName ?? '', 100),
    email: checkEmail('contact.email', contact.email ?? ''),
    phone: checkPhone('contact.phone', contact.phone ?? ''),
  };
}

/**
 * The same contact, however it is written: names without regard to case, the
 * email lower-cased, the phone by its digits alone. Hashed, so the key has a
 * fixed length whatever the contact's.
 */
export function confirmationKey(contact: Contact): string {
  const parts = [
    contact.firstName.normalize('NFC').toLowerCase(),
    contact.lastName.normalize('NFC').toLowerCase(),
    contact.email.toLowerCase(),
    contact.phone.replace(/[^0-9]/g, ''),
  ];
  return `PARTNER:${createHash('sha256').update(JSON.stringify(parts)).digest('hex')}`;
}

/** The rules of one confirmation, in the order a form is read: template, date, contact. */
export function checkPartnerConfirmation(
  template: TemplateFacts | null,
  current: TemplateFacts | null,
  input: ConfirmationInput,
  now: Date,
): ValidConfirmation {
  const confirmed = checkConfirmedTemplate(template, current);
  const dateAgreed = checkDateAgreed(input.dateAgreed, confirmed, now);
  const contact = checkContact(input.contact);
  return { dateAgreed, contact, dedupeKey: confirmationKey(contact) };
}
