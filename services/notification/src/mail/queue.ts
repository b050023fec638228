import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { laneOf, MailLane } from '../domain/lanes';
import type { NotificationRow } from '../store/entities';
import { insertNotificationIfNew } from '../store/notifications.repository';
import type { EmailBodies } from './bodies';
import type { RenderedEmail } from './templates';

export interface EmailToQueue {
  eventId: string;
  kind: string;
  to: string;
  tenantId: string | null;
  relatedEntityId: string | null;
  /** The domain's lane for it (domain/lanes); its kind's lane when not given. */
  lane?: MailLane;
  email: RenderedEmail;
  /** The Reply-To address, when replies should reach someone else than the sender. */
  replyTo?: string | null;
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
    lane: item.lane ?? laneOf(item.kind),
    toAddress: item.to,
    subject: item.email.subject,
    ...bodies.toStore(id, item.email),
    status: 'QUEUED',
    attempts: 0,
    lastError: null,
    relatedEntityId: item.relatedEntityId,
    replyTo: item.replyTo ?? null,
    nextAttemptAt: now,
    queuedAt: now,
    createdAt: now,
    updatedAt: now,
    sentAt: null,
  };
  return insertNotificationIfNew(manager, row);
}
