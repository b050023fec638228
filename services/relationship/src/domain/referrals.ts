import { DomainError, domainOfEmail, invalid } from '@channelgraph/common/domain';

/**
 * R18 vendor referrals: the vendor (a platform operator) hands a customer to an ACTIVE partner,
 * which accepts or declines it, and invites the customer from an accepted one.
 *
 *   PENDING ──accept──▶ ACCEPTED ──invite──▶ CONVERTED
 *      │ └──decline──▶ DECLINED
 *      └──REFERRAL_TTL_DAYS──▶ EXPIRED
 *
 * Only an unanswered referral expires: once accepted, the partner is working with the customer.
 */
export const REFERRAL_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED', 'CONVERTED', 'EXPIRED'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const REFERRAL_NEED_LENGTH = { min: 10, max: 2000 } as const;
export const DECLINE_REASON_MAX = 1000;

/** A PENDING referral past its expiry reads as EXPIRED everywhere, whether or not the sweep stored it yet (as requests do). */
export function effectiveReferralStatus(status: string, expiresAt: Date, now = new Date()): ReferralStatus {
  return status === 'PENDING' && expiresAt.getTime() <= now.getTime() ? 'EXPIRED' : (status as ReferralStatus);
}

const NOW_IS: Record<ReferralStatus, string> = {
  PENDING: 'it is still waiting for your answer',
  ACCEPTED: 'you accepted it already',
  DECLINED: 'you declined it',
  CONVERTED: 'you invited the customer from it already',
  EXPIRED: 'it expired before it was answered',
};

/** Accepting or declining needs a PENDING, unexpired referral. */
export function checkAnswerableReferral(status: ReferralStatus, answer: 'accept' | 'decline'): void {
  if (status !== 'PENDING') throw new DomainError('CONFLICT', `This referral cannot be ${answer === 'accept' ? 'accepted' : 'declined'}: ${NOW_IS[status]}.`);
}

/** Inviting from a referral needs one the partner ACCEPTED and has not invited from yet. */
export function checkConvertibleReferral(status: ReferralStatus): void {
  if (status !== 'ACCEPTED')
    throw new DomainError('CONFLICT', `Invite from a referral once you accepted it; this one cannot be used: ${NOW_IS[status]}.`, 'referralId');
}

/** Why the partner declines: 1 to 1,000 characters, trimmed. */
export function checkDeclineReason(reason: string): string {
  const text = reason.trim();
  if (!text) throw invalid('reason', 'Say why you decline the referral, so the vendor can refer the customer to another partner.');
  if ([...text].length > DECLINE_REASON_MAX) throw invalid('reason', `This may have at most ${DECLINE_REASON_MAX.toLocaleString('en-US')} characters.`);
  return text;
}

/** The customer's need as the vendor describes it: 10 to 2,000 characters, trimmed. */
export function checkReferralNeed(need: string): string {
  const text = need.trim();
  if ([...text].length < REFERRAL_NEED_LENGTH.min || [...text].length > REFERRAL_NEED_LENGTH.max)
    throw invalid('need', `Describe the customer's need in ${REFERRAL_NEED_LENGTH.min} to ${REFERRAL_NEED_LENGTH.max.toLocaleString('en-US')} characters.`);
  return text;
}

/** The invitation from a referral goes to the referred customer: its address, or another at the same domain. */
export function checkInviteeOfReferral(inviteeEmail: string, customerEmail: string): void {
  if (inviteeEmail.toLowerCase() !== customerEmail.toLowerCase() && domainOfEmail(inviteeEmail) !== domainOfEmail(customerEmail))
    throw invalid('customerEmail', `This referral is for ${customerEmail}: invite that address or another at ${domainOfEmail(customerEmail)}.`);
}
