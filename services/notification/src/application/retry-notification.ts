import { DomainError, isUuid, Logger } from '@channelgraph/common';
import type { DataSource } from 'typeorm';
import type { NotificationRow } from '../store/entities';
import { lockedNotification, updateNotification } from '../store/notifications.repository';

export interface RetryDeps {
  dataSource: DataSource;
  log: Logger;
  /** Makes the mailer look for due email now, where it runs in this process; elsewhere its next poll finds it. */
  wake?: () => void;
}

/** Who asked for the retry, for the log: an operator's user id, or the command line. */
export type RetriedBy = { userId: string } | { command: string };

const notAnEmail = () => new DomainError('NOT_FOUND', 'No email with this id.');

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
    // Locked, so two operators retrying at once queue it once and the second hears it is queued.
    const found = await lockedNotification(manager, id);
    if (!found) throw notAnEmail();
    if (found.status !== 'FAILED') {
      const state = found.status === 'SENT' ? 'it was sent already' : 'it is still queued and is tried again by itself';
      throw new DomainError('CONFLICT', `Only an email that failed can be retried; ${state}.`, 'id');
    }
    const now = new Date();
    const changes = { status: 'QUEUED' as const, attempts: 0, nextAttemptAt: now, queuedAt: now, updatedAt: now };
    await updateNotification(manager, id, changes);
    return { row: found, retried: { ...found, ...changes } };
  });
  // Ids and counts only: the address and the last error (which may quote it) stay out of the log.
  deps.log.info({ notificationId: id, kind: row.kind, attemptsBefore: row.attempts, failedAt: row.updatedAt, retriedBy: by }, 'FAILED email queued again');
  deps.wake?.();
  return retried;
}
