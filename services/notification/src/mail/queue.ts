import { createHash, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { notificationEntity, NotificationRow } from '../store/entities';
import type { EmailBodies } from './bodies';
import { laneOf } from './lanes';
import type { RenderedEmail } from './templates';

export interface EmailToQueue {
  eventId: string;
  kind: string;
  to: string;
  tenantId: string | null;
  relatedEntityId: string | null;
  email: RenderedEmail;
}

export function idempotencyKeyOf(eventId: string, kind: string, to: string): string {
  return createHash('sha256').update(`${eventId}\n${kind}\n${to.toLowerCase()}`).digest('hex');
}

/**
 * Writes the email as QUEUED inside the consumer's transaction; the mailer
 * sends it after commit. A second write for the same event, kind and
 * recipient is a no-op, whatever the redelivery.
 */
export async function queueEmail(manager: EntityManager, bodies: EmailBodies, item: EmailToQueue): Promise<boolean> {
  const now = new Date();
  const id = randomUUID();
  const row: NotificationRow = {
    id,
    idempotencyKey: idempotencyKeyOf(item.eventId, item.kind, item.to),
    tenantId: item.tenantId,
    kind: item.kind,
    lane: laneOf(item.kind),
    toAddress: item.to,
    subject: item.email.subject,
    ...bodies.toStore(id, item.email),
    status: 'QUEUED',
    attempts: 0,
    lastError: null,
    relatedEntityId: item.relatedEntityId,
    nextAttemptAt: now,
    queuedAt: now,
    createdAt: now,
    updatedAt: now,
    sentAt: null,
  };
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(notificationEntity)
    .values(row)
    .orIgnore()
    .execute();
  return (result.raw as { affectedRows?: number }).affectedRows === 1;
}
