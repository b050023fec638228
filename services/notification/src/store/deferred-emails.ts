import type { ReceivedEvent } from '@channelgraph/common';
import { EntityManager, EntitySchema } from 'typeorm';

/**
 * An event whose emails wait for a fact notification does not know yet: the
 * partner's primary contact, or a customer's global admins. Kafka orders nothing
 * across topics, so a relationship event can arrive before the partner's
 * enrollment events (catching up on a backlog, say). The event is handled —
 * recorded in the inbox, so a redelivery or replay stays a no-op — and kept
 * here until the event that makes the fact known releases it, in that event's
 * transaction. Only events of shared topics wait here, which carry no secret.
 */
export interface DeferredEmailRow {
  eventId: string;
  eventType: string;
  /** The fact it waits for, e.g. `partner:<id>` (see awaited-facts). */
  waitingFor: string;
  /** The event as received, JSON. */
  event: string;
  deferredAt: Date;
}

export const deferredEmailEntity = new EntitySchema<DeferredEmailRow>({
  name: 'DeferredEmail',
  tableName: 'deferred_email',
  columns: {
    eventId: { name: 'event_id', type: 'char', length: 36, primary: true },
    eventType: { name: 'event_type', type: 'varchar', length: 200 },
    waitingFor: { name: 'waiting_for', type: 'varchar', length: 100 },
    event: { type: 'mediumtext' },
    deferredAt: { name: 'deferred_at', type: 'datetime', precision: 3 },
  },
});

/** Keeps the event until `fact` is known; a second wait of the same event (for another fact) replaces the first. */
export async function deferEmails(manager: EntityManager, event: ReceivedEvent, fact: string): Promise<void> {
  await manager.getRepository(deferredEmailEntity).save({ eventId: event.id, eventType: event.type, waitingFor: fact, event: JSON.stringify(event), deferredAt: new Date() });
}

/** The events waiting for `fact`, oldest first, taken off the list (locked until the transaction ends). */
export async function takeDeferred(manager: EntityManager, fact: string): Promise<ReceivedEvent[]> {
  const repository = manager.getRepository(deferredEmailEntity);
  const rows = await repository.find({ where: { waitingFor: fact }, order: { deferredAt: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  if (rows.length === 0) return [];
  await repository.delete(rows.map((row) => row.eventId));
  return rows.map((row) => JSON.parse(row.event) as ReceivedEvent);
}

/** How many events wait, and how long the oldest has: for the metrics an operator alerts on. */
export async function deferredState(manager: EntityManager): Promise<{ waiting: number; oldestAgeSeconds: number }> {
  const [{ n, oldest }] = await manager.query('SELECT COUNT(*) AS n, MIN(deferred_at) AS oldest FROM deferred_email');
  return { waiting: Number(n), oldestAgeSeconds: oldest ? Math.max(0, (Date.now() - new Date(oldest).getTime()) / 1000) : 0 };
}
