import {
  DomainError,
  RelationshipRequestAcceptedV1,
  RelationshipRequestCancelledV1,
  RelationshipRequestDeclinedV1,
  RelationshipRequestExpiredV1,
} from '@channelgraph/common/domain';

/** How a relationship request ended; while none of these, it is PENDING. */
export type EndedInvitationStatus = 'ACCEPTED' | 'DECLINED' | 'CANCELLED' | 'EXPIRED';

/** What R17 needs to know of an invitation to let its email go. */
export interface InvitationLife {
  expiresAt: Date;
  /** How it ended and when, or null while it is PENDING. */
  ended: { status: EndedInvitationStatus; at: Date } | null;
}

/** The request events that end an invitation. */
export type InvitationEndedEvent =
  RelationshipRequestAcceptedV1 | RelationshipRequestDeclinedV1 | RelationshipRequestCancelledV1 | RelationshipRequestExpiredV1;

/** How and when the event says the invitation ended. */
export function endingOf(data: InvitationEndedEvent): { status: EndedInvitationStatus; at: Date } {
  if ('acceptedAt' in data) return { status: 'ACCEPTED', at: new Date(data.acceptedAt) };
  if ('declinedAt' in data) return { status: 'DECLINED', at: new Date(data.declinedAt) };
  if ('cancelledAt' in data) return { status: 'CANCELLED', at: new Date(data.cancelledAt) };
  return { status: 'EXPIRED', at: new Date(data.expiredAt) };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A day as a person reads it, in UTC like every other date channelgraph writes: "3 Dec 2026". */
export const dayOf = (at: Date) => `${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()}`;

const REFUSALS: Record<EndedInvitationStatus, (day: string) => string> = {
  ACCEPTED: (day) => `This invitation was accepted on ${day}; there is nothing to send.`,
  DECLINED: (day) => `This invitation was declined on ${day}; create a new invitation to ask again.`,
  CANCELLED: (day) => `This invitation was cancelled on ${day}; create a new invitation if you still want to ask.`,
  EXPIRED: (day) => `This invitation expired on ${day}; create a new one.`,
};

/**
 * R17: only a live invitation can be emailed, that is one still PENDING and not past its expiry.
 * How it ended decides the sentence, whatever its date says: one accepted before it would have
 * expired reads "accepted". An invitation past its date that relationship has not yet marked
 * EXPIRED is refused all the same: its link no longer works.
 */
export function checkInvitationSendable(invitation: InvitationLife, now: Date): void {
  if (invitation.ended) throw new DomainError('CONFLICT', REFUSALS[invitation.ended.status](dayOf(invitation.ended.at)));
  if (invitation.expiresAt.getTime() <= now.getTime()) throw new DomainError('CONFLICT', REFUSALS.EXPIRED(dayOf(invitation.expiresAt)));
}
