import { agreementStandingOf, CurrentAgreementVersion, invalid } from '@channelgraph/common/domain';
import { AGREEMENT_NAMES, AgreementType } from './templates';

export const ACCEPTANCE_METHODS = ['ACCEPTED_BY_CUSTOMER', 'CONFIRMED_BY_PARTNER'] as const;
export type AcceptanceMethod = (typeof ACCEPTANCE_METHODS)[number];

/**
 * What makes a customer's own acceptance unique: one per tenant and version.
 * (A partner's confirmation keys on the contact it names: see confirmationKey.)
 */
export const CUSTOMER_ACCEPTANCE_KEY = 'CUSTOMER';

/** What the rules need to know of a template. */
export interface TemplateFacts {
  id: string;
  type: string;
  version: string;
  isCurrent: boolean;
  publishedAt: Date;
  /** When a newer version replaced it; null while it is current. */
  supersededAt: Date | null;
}

export interface CustomerAcceptance {
  confirmRead: boolean;
  /** When the customer accepted: now for acceptAgreement, the moment on the invitation page for an event. */
  acceptedAt: Date;
}

/** A sentence naming the current Customer Agreement, for messages that refuse another one. */
export const currentOf = (current: TemplateFacts | null) =>
  current
    ? `The current ${AGREEMENT_NAMES.CUSTOMER_AGREEMENT} is version ${current.version} (templateId ${current.id}).`
    : `No ${AGREEMENT_NAMES.CUSTOMER_AGREEMENT} is published yet.`;

/** Was this the current version at that moment? A version replaced later still counts for an acceptance made before. */
export function wasCurrentAt(template: TemplateFacts, at: Date): boolean {
  return template.isCurrent || (template.supersededAt !== null && template.supersededAt.getTime() > at.getTime());
}

/**
 * R3, R4: a customer accepts the Customer Agreement version that is current
 * when they accept, after confirming they read its document.
 */
export function checkCustomerAcceptance(template: TemplateFacts | null, current: TemplateFacts | null, acceptance: CustomerAcceptance): void {
  if (!template) throw invalid('templateId', `No agreement has this templateId. ${currentOf(current)}`);
  if (template.type !== 'CUSTOMER_AGREEMENT') {
    const name = AGREEMENT_NAMES[template.type as AgreementType] ?? template.type;
    throw invalid('templateId', `This template is the ${name}; a customer accepts the ${AGREEMENT_NAMES.CUSTOMER_AGREEMENT}. ${currentOf(current)}`);
  }
  if (!wasCurrentAt(template, acceptance.acceptedAt)) {
    throw invalid(
      'templateId',
      `Version ${template.version} of the ${AGREEMENT_NAMES.CUSTOMER_AGREEMENT} has been replaced and can no longer be accepted. ${currentOf(current)} Read it and accept that one.`,
    );
  }
  if (acceptance.confirmRead !== true) {
    throw invalid(
      'confirmRead',
      `Open and read the ${AGREEMENT_NAMES.CUSTOMER_AGREEMENT} document, then confirm you have read it (confirmRead: true) to accept it.`,
    );
  }
}

/**
 * R4: a customer that has not accepted the current version but accepted one it still honours may go on until
 * the deadline; returns that deadline, or null (accepted the current version, or nothing that still counts).
 */
export const reacceptanceDeadlineOf = (current: CurrentAgreementVersion, acceptedVersions: readonly string[], now: Date): Date | null =>
  agreementStandingOf(current, acceptedVersions, now).honouredUntil;
