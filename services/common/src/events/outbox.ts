import { DataSource, EntityManager } from 'typeorm';
import { outboxEntity } from '../store/event-tables';
import { EventCatalog } from './catalog';
import { DomainEvent, serializeCloudEvent, toCloudEvent } from './envelope';
import { physicalTopic } from './kafka';

/** Writes events into the outbox table with the same EntityManager as the state change they describe. */
export class Outbox {
  constructor(
    private readonly catalog: EventCatalog,
    private readonly source: string,
    private readonly topicPrefix: string,
  ) {}

  async add(manager: EntityManager, events: DomainEvent[]): Promise<void> {
    if (events.length === 0) return;
    for (const event of events) this.catalog.assertValid(event.type, event.data);
    const sequences = await takeSequences(manager, events);
    const rows = events.map((event, index) => {
      const cloudEvent = toCloudEvent(this.source, event, sequences[index]);
      return {
        eventId: cloudEvent.id,
        topic: physicalTopic(this.topicPrefix, this.catalog.contract(event.type).topic),
        eventType: event.type,
        aggregateId: event.subject,
        message: serializeCloudEvent(cloudEvent),
        createdAt: new Date(),
        publishedAt: null,
        attempts: 0,
        lastError: null,
      };
    });
    await manager.getRepository(outboxEntity).insert(rows);
  }
}

/**
 * The next sequence numbers of each aggregate the events are about, in the
 * events' order. Each aggregate's counter row stays locked until the
 * transaction ends, so a second transaction for the same aggregate waits and
 * takes the numbers after these: sequence order is commit order, and so is the
 * order of the outbox rows the relay publishes. Counters are taken in the
 * aggregates' sorted order, so two transactions never wait on each other in a
 * circle.
 */
async function takeSequences(manager: EntityManager, events: DomainEvent[]): Promise<number[]> {
  const counts = new Map<string, number>();
  for (const event of events) counts.set(event.subject, (counts.get(event.subject) ?? 0) + 1);
  const next = new Map<string, number>();
  for (const aggregateId of [...counts.keys()].sort()) {
    const count = counts.get(aggregateId)!;
    await manager.query(
      'INSERT INTO aggregate_sequence (aggregate_id, last_sequence) VALUES (?, ?) ON DUPLICATE KEY UPDATE last_sequence = last_sequence + ?',
      [aggregateId, count, count],
    );
    const [{ last_sequence: last }] = await manager.query('SELECT last_sequence FROM aggregate_sequence WHERE aggregate_id = ?', [aggregateId]);
    next.set(aggregateId, Number(last) - count + 1);
  }
  return events.map((event) => {
    const sequence = next.get(event.subject)!;
    next.set(event.subject, sequence + 1);
    return sequence;
  });
}

/**
 * Enough for twenty people acting on one partner at the same moment (test/e2e/concurrency):
 * each retry waits a random time below a doubling ceiling (full jitter), so the losers of
 * one deadlock do not meet again in the next.
 */
const DEADLOCK_ATTEMPTS = 8;
const DEADLOCK_BACKOFF_MAX_MS = 1000;

/** InnoDB chose this transaction as a deadlock victim (or gave up waiting for a lock): safe to run again. */
export function isDeadlock(error: unknown): boolean {
  const code = (error as { driverError?: { code?: string }; code?: string })?.driverError?.code ?? (error as { code?: string })?.code;
  return code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT';
}

export interface Transaction {
  manager: EntityManager;
  /** Records an event to publish if, and only if, this transaction commits. */
  raise(event: DomainEvent): void;
  /** Runs after a successful commit (e.g. wake a worker); failures there are logged, never undo the commit. */
  afterCommit(task: () => void): void;
}

/**
 * One transaction for a use case: its writes and the outbox rows of the events
 * it raised commit together; the relay is woken right after the commit.
 */
export class UnitOfWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly onEventsCommitted: () => void = () => undefined,
  ) {}

  /** Runs `work` in one transaction; a deadlock victim is run again from the start (its writes were rolled back). */
  async run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.runOnce(work);
      } catch (error) {
        if (attempt >= DEADLOCK_ATTEMPTS || !isDeadlock(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(DEADLOCK_BACKOFF_MAX_MS, 20 * 2 ** attempt)));
      }
    }
  }

  private async runOnce<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const events: DomainEvent[] = [];
    const afterCommit: Array<() => void> = [];
    const result = await this.dataSource.transaction(async (manager) => {
      const value = await work({ manager, raise: (event) => events.push(event), afterCommit: (task) => afterCommit.push(task) });
      await this.outbox.add(manager, events);
      return value;
    });
    if (events.length > 0) this.onEventsCommitted();
    for (const task of afterCommit) task();
    return result;
  }
}
