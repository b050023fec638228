import { PageRequest, pageByCreation } from '@channelgraph/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { MailLane } from '../domain/lanes';
import { notificationEntity, NotificationRow } from './entities';

/**
 * Writes the email as QUEUED unless one with its idempotency key exists; true
 * when it did. A second write for the same event, kind and recipient is a no-op.
 */
export async function insertNotificationIfNew(manager: EntityManager, row: NotificationRow): Promise<boolean> {
  const result = await manager.createQueryBuilder().insert().into(notificationEntity).values(row).orIgnore().execute();
  return (result.raw as { affectedRows?: number }).affectedRows === 1;
}

/** The email written under this idempotency key (it must exist). */
export function notificationByIdempotencyKey(manager: EntityManager, idempotencyKey: string): Promise<NotificationRow> {
  return manager.getRepository(notificationEntity).findOneByOrFail({ idempotencyKey });
}

/** One email by id, or null. */
export function notificationById(manager: EntityManager, id: string): Promise<NotificationRow | null> {
  return manager.getRepository(notificationEntity).findOneBy({ id });
}

/** One email by id, locked until the transaction ends, or null. */
export function lockedNotification(manager: EntityManager, id: string): Promise<NotificationRow | null> {
  return manager.getRepository(notificationEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
}

/** Sets `changes` on one email. */
export async function updateNotification(manager: EntityManager, id: string, changes: Partial<NotificationRow>): Promise<void> {
  await manager.getRepository(notificationEntity).update({ id }, changes);
}

/** Whose emails a list shows: every tenant's (operators), one tenant's, or none (a partner not heard of yet). */
export type NotificationScope = { allTenants: true } | { tenantId: string } | { none: true };

export interface NotificationFilter {
  kind?: string | null;
  status?: string | null;
  to?: string | null;
}

/** One page of the emails in `scope`, filtered, newest first. */
export function notificationsPage(manager: EntityManager, scope: NotificationScope, filter: NotificationFilter | null | undefined, page: PageRequest) {
  const query = manager.getRepository(notificationEntity).createQueryBuilder('n');
  if ('tenantId' in scope) query.andWhere('n.tenant_id = :tenantId', { tenantId: scope.tenantId });
  else if ('none' in scope) query.andWhere('1 = 0');
  if (filter?.kind) query.andWhere('n.kind = :kind', { kind: filter.kind });
  if (filter?.status) query.andWhere('n.status = :status', { status: filter.status });
  if (filter?.to) query.andWhere('n.to_address = :to', { to: filter.to.toLowerCase() });
  return pageByCreation(query, 'n', page, 'DESC');
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
  const rows = await dataSource
    .getRepository(notificationEntity)
    .find({ select: { id: true }, where: { status: 'FAILED' }, order: { createdAt: 'ASC', id: 'ASC' } });
  return rows.map((row) => row.id);
}

/**
 * Up to `limit` QUEUED emails of `lane` that are due, oldest due first, each
 * reserved for `leaseMs` (its next_attempt_at moved past the lease) so no other
 * instance claims it meanwhile; rows another instance is claiming are skipped.
 */
export async function claimDueNotifications(dataSource: DataSource, lane: MailLane, limit: number, leaseMs: number): Promise<NotificationRow[]> {
  if (limit <= 0) return [];
  return dataSource.transaction(async (manager) => {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT id FROM notification WHERE status = 'QUEUED' AND lane = ? AND next_attempt_at <= NOW(3)
       ORDER BY next_attempt_at LIMIT ${Number(limit)} FOR UPDATE SKIP LOCKED`,
      [lane],
    );
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    await manager.query('UPDATE notification SET next_attempt_at = ? WHERE id IN (?)', [new Date(Date.now() + leaseMs), ids]);
    return manager.getRepository<NotificationRow>('Notification').createQueryBuilder('n').whereInIds(ids).getMany();
  });
}

/** The shared queue as an operator alerts on it. */
export interface MailQueueState {
  /** QUEUED emails per lane. */
  queued: Record<string, number>;
  /** How long the oldest QUEUED email that is due has waited. */
  oldestDueAgeSeconds: number;
  failed: number;
}

/** Emails waiting per lane, the age of the oldest due one, and FAILED emails. */
export async function mailQueueState(dataSource: DataSource): Promise<MailQueueState> {
  const lanes: Array<{ lane: string; n: string; oldest: Date | null }> = await dataSource.query(
    "SELECT lane, COUNT(*) AS n, MIN(CASE WHEN next_attempt_at <= NOW(3) THEN next_attempt_at END) AS oldest FROM notification WHERE status = 'QUEUED' GROUP BY lane",
  );
  const [{ n: failed }] = await dataSource.query("SELECT COUNT(*) AS n FROM notification WHERE status = 'FAILED'");
  const oldest = Math.min(...lanes.map((row) => (row.oldest ? new Date(row.oldest).getTime() : Date.now())), Date.now());
  return {
    queued: Object.fromEntries(['TRANSACTIONAL', 'BULK'].map((lane) => [lane, Number(lanes.find((row) => row.lane === lane)?.n ?? 0)])),
    oldestDueAgeSeconds: Math.max(0, (Date.now() - oldest) / 1000),
    failed: Number(failed),
  };
}
