import { DomainError, isUuid, Logger, notFound } from '@channelgraph/common';
import type { DataSource } from 'typeorm';
import { notificationEntity, NotificationRow } from '../store/entities';

export interface RetryDeps {
  dataSource: DataSource;
  log: Logger;
  /** Makes the mailer look for due email now, where it runs in this process; elsewhere its next poll finds it. */
  wake?: () => void;
}

/** Who asked for the retry, for the log: an operator's user id, or the command line. */
export type RetriedBy = { userId: string } | { command: string };

const notAnEmail = () => notFound('No email with this id.');

/**
 * An operator sends a FAILED email again, once its cause is fixed (the address
 * corrected at the recipient's side, the SMTP relay's refusal lifted): it is
 * QUEUED, due now, with its backoff and its MAIL_GIVE_UP_AFTER_HOURS clock
 * started afresh (queued_at), and keeps its Message-ID (derived from its id),
 * so a receiver that got an earlier attempt after all can tell it is the same
 * email. The mailer's own loop sends it; nothing is sent from here.
 */
export async function retryNotification(deps: RetryDeps, id: string, by: RetriedBy): Promise<NotificationRow> {
  if (!isUuid(id)) throw notAnEmail();
  const { row, retried } = await deps.dataSource.transaction(async (manager) => {
    const repository = manager.getRepository(notificationEntity);
    // Locked, so two operators retrying at once queue it once and the second hears it is queued.
    const found = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!found) throw notAnEmail();
    if (found.status !== 'FAILED') {
      const state = found.status === 'SENT' ? 'it was sent already' : 'it is still queued and is tried again by itself';
      throw new DomainError('CONFLICT', `Only an email that failed can be retried; ${state}.`, 'id');
    }
    const now = new Date();
    const changes = { status: 'QUEUED' as const, attempts: 0, nextAttemptAt: now, queuedAt: now, updatedAt: now };
    await repository.update({ id }, changes);
    return { row: found, retried: { ...found, ...changes } };
  });
  // Ids and counts only: the address and the last error (which may quote it) stay out of the log.
  deps.log.info({ notificationId: id, kind: row.kind, attemptsBefore: row.attempts, failedAt: row.updatedAt, retriedBy: by }, 'FAILED email queued again');
  deps.wake?.();
  return retried;
}

/** What an operator reads of a FAILED email before retrying it: no bodies. */
export type FailedEmail = Pick<NotificationRow, 'id' | 'kind' | 'attempts' | 'lastError' | 'createdAt' | 'updatedAt'>;

/** The FAILED emails, oldest first. */
export function failedNotifications(dataSource: DataSource, limit = 500): Promise<FailedEmail[]> {
  return dataSource.getRepository(notificationEntity).find({
    select: { id: true, kind: true, attempts: true, lastError: true, createdAt: true, updatedAt: true },
    where: { status: 'FAILED' },
    order: { createdAt: 'ASC', id: 'ASC' },
    take: limit,
  });
}

/** The ids of every FAILED email, oldest first: what `retry --all-failed` goes through. */
export async function failedNotificationIds(dataSource: DataSource): Promise<string[]> {
  const rows = await dataSource.getRepository(notificationEntity).find({ select: { id: true }, where: { status: 'FAILED' }, order: { createdAt: 'ASC', id: 'ASC' } });
  return rows.map((row) => row.id);
}
