import type { ReceivedEvent } from '@channelgraph/common';
import type { EntityManager } from 'typeorm';
import { deferredEmailEntity } from './entities';

/** Keeps the event until `fact` is known; a second wait of the same event (for another fact) replaces the first. */
export async function deferEmails(manager: EntityManager, event: ReceivedEvent, fact: string): Promise<void> {
  await manager
    .getRepository(deferredEmailEntity)
    .save({ eventId: event.id, eventType: event.type, waitingFor: fact, event: JSON.stringify(event), deferredAt: new Date() });
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
