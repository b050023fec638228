import type { Logger } from '@channelgraph/common';
import type { SendMailOptions } from 'nodemailer';
import addressparser from 'nodemailer/lib/addressparser';
import type { DataSource } from 'typeorm';
import type { MailLane } from '../domain/lanes';
import type { NotificationRow, NotificationStatus } from '../store/entities';
import { claimDueNotifications, updateNotification } from '../store/notifications.repository';
import type { EmailBodies } from './bodies';
import { BulkPace } from './lanes';
import { SmtpPool } from './transport';

/** When an email that keeps failing is retried, and when it is given up. */
export interface RetryPolicy {
  retryBaseMs: number;
  retryMaxMs: number;
  /**
   * Transient failures are retried until the email has waited this long
   * since it was queued (its row's queued_at), then it is FAILED. There is no attempt ceiling as well:
   * the backoff cap already bounds how often one email is tried, and a count
   * is a second budget that an outage of a few minutes exhausts — the fault
   * age replaced (MAIL_MAX_ATTEMPTS, removed).
   */
  giveUpAfterMs: number;
}

export interface MailerOptions extends RetryPolicy {
  dataSource: DataSource;
  smtpUrl: string;
  from: string;
  log: Logger;
  concurrency: number;
  /** Longest one send may take, connecting included; past it the send is a transient failure. */
  sendTimeoutMs: number;
  /** Bulk emails started per second (mail/lanes); transactional ones are claimed first and never paced. */
  bulkPerSecond: number;
  pollMs: number;
  /** Opens the sealed bodies of an email that holds a link. */
  bodies: EmailBodies;
}

/** How long a claimed email stays reserved for the process that claimed it, should that process die mid-send. */
const CLAIM_LEASE_MS = 2 * 60 * 1000;

/** SMTP answers 5xx for permanent failures; everything else (4xx, no connection, no answer) may succeed later. */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500;
}

export function retryDelayMs(attempt: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

/** What a failed attempt leaves on the row. */
export interface FailureOutcome {
  status: Extract<NotificationStatus, 'QUEUED' | 'FAILED'>;
  lastError: string;
  nextAttemptAt: Date;
}

/**
 * A permanent failure is final; a transient one is retried with capped backoff until the email
 * has waited `giveUpAfterMs` since it was queued (created, or retried by an operator).
 */
export function outcomeOfFailure(
  error: unknown,
  email: Pick<NotificationRow, 'queuedAt'>,
  attempts: number,
  policy: RetryPolicy,
  now = new Date(),
): FailureOutcome {
  const reason = String((error as Error)?.message ?? error);
  const nextAttemptAt = new Date(now.getTime() + retryDelayMs(attempts, policy.retryBaseMs, policy.retryMaxMs));
  if (isPermanentSmtpFailure(error)) return { status: 'FAILED', lastError: reason.slice(0, 2000), nextAttemptAt };
  const ageMs = now.getTime() - email.queuedAt.getTime();
  if (ageMs >= policy.giveUpAfterMs) {
    const hours = Number((policy.giveUpAfterMs / 3_600_000).toPrecision(3));
    return {
      status: 'FAILED',
      lastError: `not sent within ${hours} h (MAIL_GIVE_UP_AFTER_HOURS), ${attempts} attempts; last: ${reason}`.slice(0, 2000),
      nextAttemptAt,
    };
  }
  return { status: 'QUEUED', lastError: reason.slice(0, 2000), nextAttemptAt };
}

const FALLBACK_MESSAGE_ID_DOMAIN = 'channelgraph.local';

/** The domain of the sender's address, for Message-IDs; `channelgraph.local` when it has none usable. */
export function messageIdDomainOf(from: string): string {
  const [first] = addressparser(from, { flatten: true });
  const domain = first?.address?.split('@')[1]?.toLowerCase() ?? '';
  return /^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/.test(domain) ? domain : FALLBACK_MESSAGE_ID_DOMAIN;
}

/**
 * One Message-ID per notification, whatever the attempt: a receiving server
 * (and the tests) can tell a re-sent email from a new one, e.g. after a crash
 * between the server's acceptance and the row's SENT.
 */
export const messageIdOf = (notificationId: string, domain: string): string => `<${notificationId}@${domain}>`;

class SendTimeout extends Error {
  readonly code = 'ETIMEDOUT';
  constructor(ms: number) {
    super(`the SMTP server did not finish the send within ${ms} ms (MAIL_SEND_TIMEOUT_MS)`);
  }
}

/** A send cut short, before its own deadline, because another send on its connections passed MAIL_SEND_TIMEOUT_MS. */
class ConnectionsReplaced extends Error {
  readonly code = 'ETIMEDOUT';
  constructor(ms: number, cause: unknown) {
    super(`its SMTP connections were replaced because another send did not finish within ${ms} ms (MAIL_SEND_TIMEOUT_MS)`, { cause });
  }
}

/**
 * Sends QUEUED emails over SMTP, at most `concurrency` at a time. Each email is
 * claimed (SKIP LOCKED, with a lease) before sending, and its outcome
 * recorded: SENT, retried later with backoff, or FAILED with the reason.
 * Every send has a deadline and each slot is refilled as soon as its send
 * ends, so no send, however stuck, holds up the others or the loop.
 */
export class Mailer {
  private pool: SmtpPool;
  private readonly messageIdDomain: string;
  private readonly leaseMs: number;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly bulkPace: BulkPace;
  private running = false;
  private busy: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly options: MailerOptions) {
    this.pool = new SmtpPool(options.smtpUrl, options.concurrency);
    this.messageIdDomain = messageIdDomainOf(options.from);
    // A claim outlives the longest send, so no other instance takes the email while it may still go out.
    this.leaseMs = Math.max(CLAIM_LEASE_MS, 2 * options.sendTimeoutMs);
    this.bulkPace = new BulkPace(options.bulkPerSecond);
  }

  start(): void {
    this.running = true;
    this.kick();
  }

  kick(): void {
    if (!this.running) return;
    if (this.busy) {
      this.again = true;
      return;
    }
    this.busy = this.drain()
      .catch((error) => this.options.log.error({ err: error }, 'mail delivery loop failed'))
      .finally(() => {
        this.busy = null;
        if (this.again) {
          this.again = false;
          this.kick();
        } else if (this.running) {
          if (this.timer) clearTimeout(this.timer);
          this.timer = setTimeout(() => this.kick(), this.options.pollMs);
          this.timer.unref();
        }
      });
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    await this.busy;
    // Each ends by its deadline at the latest.
    await Promise.allSettled([...this.inFlight]);
    this.pool.close();
  }

  /** Fills the free slots with due emails; a slot whose send ends kicks the loop again. */
  private async drain(): Promise<void> {
    while (this.running) {
      const free = this.options.concurrency - this.inFlight.size;
      if (free <= 0) return;
      // Transactional email first, whatever bulk mail waits; bulk only in the slots left, at its pace.
      const urgent = await this.claim('TRANSACTIONAL', free);
      const bulk = urgent.length < free ? await this.claim('BULK', Math.min(free - urgent.length, this.bulkPace.available())) : [];
      this.bulkPace.take(bulk.length);
      for (const row of [...urgent, ...bulk]) this.track(this.deliver(row));
      // Nothing more due now, or bulk mail waits for its pace: the poll (or the next send's end) comes back.
      if (urgent.length + bulk.length < free) return;
    }
  }

  private track(delivery: Promise<void>): void {
    const tracked: Promise<void> = delivery
      .catch((error) => this.options.log.error({ err: error }, 'email outcome not recorded; it is sent again when its claim expires'))
      .finally(() => {
        this.inFlight.delete(tracked);
        this.kick();
      });
    this.inFlight.add(tracked);
  }

  private claim(lane: MailLane, limit: number): Promise<NotificationRow[]> {
    return claimDueNotifications(this.options.dataSource, lane, limit, this.leaseMs);
  }

  private async deliver(row: NotificationRow): Promise<void> {
    const attempts = row.attempts + 1;
    const { manager } = this.options.dataSource;
    try {
      await this.send({
        from: this.options.from,
        to: row.toAddress,
        ...(row.replyTo ? { replyTo: row.replyTo } : {}),
        subject: row.subject,
        messageId: messageIdOf(row.id, this.messageIdDomain),
        ...this.options.bodies.toSend(row),
        headers: { 'X-Channelgraph-Notification': row.id, 'X-Channelgraph-Kind': row.kind },
      });
    } catch (error) {
      const outcome = outcomeOfFailure(error, row, attempts, this.options);
      await updateNotification(manager, row.id, { ...outcome, attempts, updatedAt: new Date() });
      const failed = outcome.status === 'FAILED';
      this.options.log.warn(
        { notificationId: row.id, kind: row.kind, attempts, reason: outcome.lastError, failed },
        failed ? 'email failed for good' : 'email not sent yet; will retry',
      );
      return;
    }
    // Should this update fail, the claim expires and the email goes again, with the same Message-ID.
    await updateNotification(manager, row.id, { status: 'SENT', attempts, sentAt: new Date(), updatedAt: new Date(), lastError: null, sealedBodies: null });
    this.options.log.info({ notificationId: row.id, kind: row.kind, attempts }, 'email sent');
  }

  /**
   * One send, bounded by MAIL_SEND_TIMEOUT_MS. A send past it may sit on a
   * connection the server will never answer, so its pool is destroyed and a
   * fresh one takes the next sends (other sends still on the old pool fail
   * and are retried like any transient failure).
   */
  private async send(message: SendMailOptions): Promise<void> {
    const pool = this.pool;
    const sending = pool.send(message);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new SendTimeout(this.options.sendTimeoutMs)), this.options.sendTimeoutMs);
    });
    try {
      await Promise.race([sending, deadline]);
    } catch (error) {
      if (error instanceof SendTimeout) {
        // Settles (fails) once its pool is gone; nobody waits for it any more.
        sending.catch(() => undefined);
        this.replacePool(pool);
      } else if (this.pool !== pool && (error as { responseCode?: number }).responseCode === undefined) {
        // nodemailer says only "Connection pool was closed": say why, for the row's last_error.
        throw new ConnectionsReplaced(this.options.sendTimeoutMs, error);
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private replacePool(stale: SmtpPool): void {
    // Several sends may time out on one pool; the first replaces it.
    if (this.pool !== stale) return;
    this.pool = new SmtpPool(this.options.smtpUrl, this.options.concurrency);
    stale.destroy();
    this.options.log.warn({ sendTimeoutMs: this.options.sendTimeoutMs }, 'an SMTP send passed its deadline; its connections are replaced');
  }
}
