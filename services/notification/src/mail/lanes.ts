import type { MailLane } from '../store/entities';

/**
 * Announcements that go to many people at once. A new agreement version mails
 * every customer's admins (hundreds to 100,000 emails): queued behind it, a
 * verification link would wait for hours. These go in the BULK lane, sent only
 * when no transactional email is due and at most MAIL_BULK_PER_SECOND.
 */
const BULK_KINDS: ReadonlySet<string> = new Set(['CUSTOMER_AGREEMENT_UPDATED']);

export const laneOf = (kind: string): MailLane => (BULK_KINDS.has(kind) ? 'BULK' : 'TRANSACTIONAL');

/**
 * How many bulk emails may start now: a token bucket refilled at `perSecond`,
 * holding at most one second's worth, so bulk mail is paced, never bursty.
 */
export class BulkPace {
  private tokens: number;
  private at: number;

  constructor(private readonly perSecond: number, private readonly now: () => number = Date.now) {
    this.tokens = perSecond;
    this.at = now();
  }

  available(): number {
    const now = this.now();
    this.tokens = Math.min(this.perSecond, this.tokens + ((now - this.at) / 1000) * this.perSecond);
    this.at = now;
    return Math.floor(this.tokens);
  }

  take(count: number): void {
    this.tokens -= count;
  }
}
