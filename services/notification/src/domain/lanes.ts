/** TRANSACTIONAL: someone is waiting for it (a link, a change to their access); BULK: an announcement to many (mail/lanes). */
export type MailLane = 'TRANSACTIONAL' | 'BULK';

/**
 * Announcements that go to many people at once. A new agreement version mails
 * every customer's admins (hundreds to 100,000 emails): queued behind it, a
 * verification link would wait for hours. These go in the BULK lane, sent only
 * when no transactional email is due and at most MAIL_BULK_PER_SECOND.
 */
const BULK_KINDS: ReadonlySet<string> = new Set(['CUSTOMER_AGREEMENT_UPDATED']);

export const laneOf = (kind: string): MailLane => (BULK_KINDS.has(kind) ? 'BULK' : 'TRANSACTIONAL');
