import type { Logger } from '@channelgraph/common';
import type { Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { NotificationRow } from '../store/entities';
import type { EmailBodies } from './bodies';
import { createSmtpTransport } from './transport';

export interface MailerOptions {
  dataSource: DataSource;
  smtpUrl: string;
  from: string;
  log: Logger;
  concurrency: number;
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  pollMs: number;
  /** Opens the sealed bodies of an email that holds a link. */
  bodies: EmailBodies;
}

/** How long a claimed email stays reserved for the process that claimed it, should that process die mid-send. */
const CLAIM_LEASE_MS = 2 * 60 * 1000;

/** SMTP answers 5xx for permanent failures; everything else (4xx, no connection) may succeed later. */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500;
}

export function retryDelayMs(attempt: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

/**
 * Sends QUEUED emails over SMTP, at most `concurrency` at a time. Each email is
 * claimed (SKIP LOCKED, with a lease) before sending, and its outcome
 * recorded: SENT, retried later with backoff, or FAILED with the reason.
 */
export class Mailer {
  private readonly transport: Transporter;
  private running = false;
  private busy: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly options: MailerOptions) {
    this.transport = createSmtpTransport(options.smtpUrl, options.concurrency);
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
    this.transport.close();
  }

  private async drain(): Promise<void> {
    for (;;) {
      const batch = await this.claim(this.options.concurrency);
      if (batch.length === 0) return;
      await Promise.all(batch.map((row) => this.deliver(row)));
      if (!this.running) return;
    }
  }

  private async claim(limit: number): Promise<NotificationRow[]> {
    return this.options.dataSource.transaction(async (manager) => {
      const rows: Array<{ id: string }> = await manager.query(
        `SELECT id FROM notification WHERE status = 'QUEUED' AND next_attempt_at <= NOW(3)
         ORDER BY next_attempt_at LIMIT ${Number(limit)} FOR UPDATE SKIP LOCKED`,
      );
      if (rows.length === 0) return [];
      const ids = rows.map((row) => row.id);
      await manager.query('UPDATE notification SET next_attempt_at = ? WHERE id IN (?)', [new Date(Date.now() + CLAIM_LEASE_MS), ids]);
      return manager.getRepository<NotificationRow>('Notification').createQueryBuilder('n').whereInIds(ids).getMany();
    });
  }

  private async deliver(row: NotificationRow): Promise<void> {
    const attempts = row.attempts + 1;
    const repository = this.options.dataSource.getRepository<NotificationRow>('Notification');
    try {
      await this.transport.sendMail({
        from: this.options.from,
        to: row.toAddress,
        subject: row.subject,
        ...this.options.bodies.toSend(row),
        headers: { 'X-Channelgraph-Notification': row.id, 'X-Channelgraph-Kind': row.kind },
      });
      await repository.update({ id: row.id }, { status: 'SENT', attempts, sentAt: new Date(), updatedAt: new Date(), lastError: null, sealedBodies: null });
      this.options.log.info({ notificationId: row.id, kind: row.kind }, 'email sent');
    } catch (error) {
      const reason = String((error as Error).message ?? error).slice(0, 2000);
      const giveUp = isPermanentSmtpFailure(error) || attempts >= this.options.maxAttempts;
      await repository.update(
        { id: row.id },
        {
          status: giveUp ? 'FAILED' : 'QUEUED',
          attempts,
          lastError: reason,
          updatedAt: new Date(),
          nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts, this.options.retryBaseMs, this.options.retryMaxMs)),
        },
      );
      this.options.log.warn({ notificationId: row.id, kind: row.kind, attempts, reason, failed: giveUp }, giveUp ? 'email failed for good' : 'email not sent yet; will retry');
    }
  }
}
