import { DomainError, isUuid, notFound } from '@channelgraph/common';
import type { DataSource } from 'typeorm';
import { notificationEntity, NotificationRow } from '../store/entities';

/**
 * An operator sends a FAILED email again, once its cause is fixed (the address
 * corrected at the recipient's side, the SMTP relay's refusal lifted): it is
 * QUEUED, due now, with its backoff and its MAIL_GIVE_UP_AFTER_HOURS clock
 * started afresh, and keeps its Message-ID, so a receiver that got an earlier
 * attempt after all can tell it is the same email. The mailer takes it on its
 * next round (`wake` makes that now, where the mailer runs in this process).
 */
export async function retryNotification(deps: { dataSource: DataSource; wake?: () => void }, id: string): Promise<NotificationRow> {
  if (!isUuid(id)) throw notFound('No email with this id.');
  const retried = await deps.dataSource.transaction(async (manager) => {
    const repository = manager.getRepository(notificationEntity);
    const row = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!row) throw notFound('No email with this id.');
    if (row.status !== 'FAILED') {
      throw new DomainError('CONFLICT', `Only an email that failed can be retried; this one is ${row.status === 'SENT' ? 'sent already' : 'still queued and will be tried again by itself'}.`, 'id');
    }
    const now = new Date();
    const changes = { status: 'QUEUED' as const, attempts: 0, nextAttemptAt: now, queuedAt: now, updatedAt: now };
    await repository.update({ id }, changes);
    return { ...row, ...changes };
  });
  deps.wake?.();
  return retried;
}

/** The FAILED emails, oldest first: what an operator looks at before retrying. */
export function failedNotifications(dataSource: DataSource, limit = 500): Promise<NotificationRow[]> {
  return dataSource.getRepository(notificationEntity).find({ where: { status: 'FAILED' }, order: { createdAt: 'ASC' }, take: limit });
}
