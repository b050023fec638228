import { DataSource, EntityManager } from 'typeorm';
import { currentTrace, runWithTrace, TraceContext } from '../context';
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

  /** `traces[i]`: the trace `events[i]` was raised under (its correlation and cause); absent, the current one. */
  async add(manager: EntityManager, events: DomainEvent[], traces: Array<TraceContext | undefined> = []): Promise<void> {
    if (events.length === 0) return;
    for (const event of events) this.catalog.assertValid(event.type, event.data);
    const sequences = await takeSequences(manager, events);
    const rows = events.map((event, index) => {
      const trace = traces[index];
      const cloudEvent = trace
        ? runWithTrace(trace, () => toCloudEvent(this.source, event, sequences[index]))
        : toCloudEvent(this.source, event, sequences[index]);
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
    // Without reading the inserted rows back (typeorm's default after an insert): nothing here needs their generated columns.
    await manager.createQueryBuilder().insert().into(outboxEntity).values(rows).updateEntity(false).execute();
  }
}

/**
 * The next sequence numbers of each aggregate the events are about, in the
 * events' order. Each aggregate's counter row stays locked until the
 * transaction ends, so a second transaction for the same aggregate waits and
 * takes the numbers after these: sequence order is commit order, and so is the
 * order of the outbox rows the relay publishes. Counters are taken in the
 * aggregates' sorted order (one statement writes its rows in the order given),
 * so two transactions never wait on each other in a circle. Two statements
 * however many aggregates: a batch of events costs no more round trips than one.
 */
async function takeSequences(manager: EntityManager, events: DomainEvent[]): Promise<number[]> {
  const counts = new Map<string, number>();
  for (const event of events) counts.set(event.subject, (counts.get(event.subject) ?? 0) + 1);
  const aggregateIds = [...counts.keys()].sort();
  await manager.query(
    `INSERT INTO aggregate_sequence (aggregate_id, last_sequence) VALUES ${aggregateIds.map(() => '(?, ?)').join(', ')}
     ON DUPLICATE KEY UPDATE last_sequence = last_sequence + VALUES(last_sequence)`,
    aggregateIds.flatMap((aggregateId) => [aggregateId, counts.get(aggregateId)]),
  );
  // Read back by position, not by the id the row holds: the column's collation may store it spelt otherwise.
  const rows: Array<{ i: string | number; last_sequence: string | number }> = await manager.query(
    aggregateIds.map(() => 'SELECT ? AS i, last_sequence FROM aggregate_sequence WHERE aggregate_id = ?').join(' UNION ALL '),
    aggregateIds.flatMap((aggregateId, i) => [i, aggregateId]),
  );
  const next = new Map<string, number>();
  for (const row of rows) {
    const aggregateId = aggregateIds[Number(row.i)];
    next.set(aggregateId, Number(row.last_sequence) - counts.get(aggregateId)! + 1);
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
    // Each event keeps the trace it was raised under: a consumer's transaction of many events raises each under its cause's.
    const traces: Array<TraceContext | undefined> = [];
    const afterCommit: Array<() => void> = [];
    const result = await this.dataSource.transaction(async (manager) => {
      const raise = (event: DomainEvent) => {
        events.push(event);
        traces.push(currentTrace());
      };
      const value = await work({ manager, raise, afterCommit: (task) => afterCommit.push(task) });
      await this.outbox.add(manager, events, traces);
      return value;
    });
    if (events.length > 0) this.onEventsCommitted();
    for (const task of afterCommit) task();
    return result;
  }
}
