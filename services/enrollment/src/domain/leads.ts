import { checkLength, DomainError, invalid } from '@channelgraph/common/domain';

/**
 * R18: each partner a lead was sent to has its own status for it. NEW until it answers;
 * ANSWERED once it wrote to the customer; CONVERTED once it invited the customer from
 * the lead (RelationshipRequested with the lead's id).
 */
export const LEAD_STATUSES = ['NEW', 'ANSWERED', 'CONVERTED'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

export const LEAD_MESSAGE_LENGTH = { min: 10, max: 4000 } as const;

/** A partner answers a lead it has not turned into an invitation yet; it may write again after a first answer. */
export function checkAnswerable(status: LeadStatus): void {
  if (status === 'CONVERTED') throw new DomainError('CONFLICT', 'You already invited this customer from the lead; write to them from your own mailbox now.');
}

/** The partner's answer: 10 to 4,000 characters once trimmed. */
export function checkLeadMessage(message: string): string {
  const text = message.trim();
  if (text.length < LEAD_MESSAGE_LENGTH.min) throw invalid('message', `Write your answer to the customer: at least ${LEAD_MESSAGE_LENGTH.min} characters.`);
  return checkLength('message', text, LEAD_MESSAGE_LENGTH.max);
}

/** The status after the partner's invitation from the lead: CONVERTED whatever it was (a redelivered event changes nothing). */
export const convertedStatus = (_status: LeadStatus): LeadStatus => 'CONVERTED';
