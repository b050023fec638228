import { setTimeout as sleep } from 'node:timers/promises';
import { BatchPayload, BrokerClient, BrokerConsumer, BrokerProducer, MessageHeaders, MessagePayload, ReceivedMessage } from './broker-client';
import { runWithTrace, TraceContext } from '../context';
import { messageForLog } from '../log-redaction';
import type { Logger } from '../logger';
import { EventCatalog } from './catalog';
import { parseKafkaMessage, ReceivedEvent } from './envelope';
import { isTransient } from '../store/errors';
import { dlqTopicOf, ensureTopics, physicalTopic, TopicSettings } from './kafka';
import type { EventPayloads, EventType } from './event-types.generated';
import { Transaction, UnitOfWork } from './outbox';
import { provenanceProblem, UntrustedEventError } from './provenance';

/** Handles one event inside the transaction that also records it in the inbox; `T` is its payload's type. */
export type EventHandler<T = any> = (event: ReceivedEvent<T>, tx: Transaction) => Promise<void>;

/** The handler of one event type, receiving the payload its schema (schema/events) describes. */
export type HandlerOf<K extends EventType> = EventHandler<EventPayloads[K]>;

/** The one table of inbound events of a service: event type → handler of that type's payload. */
export type Subscriptions = { [K in EventType]?: HandlerOf<K> };

/** Both sets of handlers; an event in both runs each, in the same transaction. */
export function alongside(first: Subscriptions, second: Subscriptions): Subscriptions {
  const merged: Record<string, EventHandler> = { ...first };
  for (const [type, handler] of Object.entries(second) as Array<[string, EventHandler]>) {
    const own = merged[type];
    merged[type] = own
      ? async (event, tx) => {
          await own(event, tx);
          await handler(event, tx);
        }
      : handler;
  }
  return merged;
}

export interface ConsumerOptions {
  kafka: BrokerClient;
  groupId: string;
  topicPrefix: string;
  catalog: EventCatalog;
  unitOfWork: UnitOfWork;
  subscriptions: Subscriptions;
  log: Logger;
  /** Attempts at an event whose handler fails for a reason that will not pass (then the DLQ). */
  maxAttempts: number;
  retryBaseMs: number;
  /** The longest wait between attempts after a transient failure, which are retried without limit. */
  retryMaxMs?: number;
  /** How the consumed topics are made if this service is the first to need them. */
  topicSettings?: TopicSettings;
  /**
   * Most events of one partition handled in one database transaction (CONSUMER_BATCH_SIZE); 1 gives
   * each event a transaction of its own. Absent: 100.
   */
  batchSize?: number;
}

/**
 * `untrusted`: dead-lettered without being handled, because it does not come from its schema's producer.
 * `unknown`: a type this service has no schema for (a newer producer during a rolling deploy), skipped.
 */
export type ConsumeOutcome = 'handled' | 'duplicate' | 'ignored' | 'unknown' | 'dead-lettered' | 'untrusted';

const RESTART_BASE_MS = 1000;
const RESTART_MAX_MS = 30_000;

/** Thrown out of a transient retry when the consumer stops: the offset stays uncommitted, the event comes back. */
class StoppedWhileRetrying extends Error {}

/** A message that passed every check: it may share a transaction with its neighbours. Without a handler, it is ignored. */
interface Handleable {
  message: ReceivedMessage;
  event: ReceivedEvent;
  handler: EventHandler | null;
}

const traceOf = (event: ReceivedEvent): TraceContext => ({ correlationId: event.correlationId ?? event.id, causationId: event.id, tenantId: event.tenantId });

/**
 * An idempotent Kafka consumer. Each event's id is inserted into the inbox in
 * the same transaction as the handler's effect, so a redelivery has no second
 * effect. A handler that fails for a transient reason (store/errors
 * `isTransient`: the database or the network away, a deadlock) is retried
 * without limit, with capped backoff, heartbeating so the group keeps the
 * partition: an outage delays events and loses none. Any other failure is
 * retried `maxAttempts` times, then sent to `<topic>.dlq` with the error, and
 * the partition moves on. Offsets are
 * committed only after the handler (and so the database) finished.
 * An event is believed only from its schema's producer, on its schema's topic
 * (see provenance.ts); anything else goes to the DLQ unhandled.
 *
 * Events are fetched in batches per partition, and a run of consecutive events that each pass their
 * checks and have a handler is handled in one transaction (at most `batchSize`): each event's inbox
 * row and each handler's effect, in offset order, commit together. If anything in that transaction
 * fails it is rolled back whole and the same events are handled again one transaction each, with the
 * retries and the DLQ above: a transient failure holds the partition at the event that failed, a
 * permanent one dead-letters that event alone. One commit for many events is what lets a consumer
 * keep up with thousands a second.
 */
export class EventConsumer {
  private readonly consumer: BrokerConsumer;
  private readonly dlqProducer: BrokerProducer;
  /** The physical topics it consumes. */
  readonly topics: string[];
  readonly stats: Record<ConsumeOutcome, number> = { handled: 0, duplicate: 0, ignored: 0, unknown: 0, 'dead-lettered': 0, untrusted: 0 };
  /** Runs of events committed in one transaction, the events in them, and runs that failed and went one event at a time. */
  readonly runStats = { runs: 0, events: 0, fellBack: 0 };
  private joined: Promise<void>;
  private markJoined: () => void = () => undefined;
  private stopping = false;
  /** In its group right now: false between a crash and the restart. */
  inGroup = false;
  /** Restarts of our own since the consumer was last in its group (the backoff's exponent). */
  private restarts = 0;
  private restartTimer?: NodeJS.Timeout;
  private restarting?: Promise<void>;

  constructor(private readonly options: ConsumerOptions) {
    this.consumer = options.kafka.consumer({
      groupId: options.groupId,
      // Short session so a consumer that died without leaving is replaced within seconds, not half a minute.
      sessionTimeoutMs: 10000,
      rebalanceTimeoutMs: 10000,
      heartbeatIntervalMs: 1000,
      // A fetch returns as soon as a message arrives; a short idle wait only makes stopping quicker.
      maxWaitTimeMs: 1000,
      retry: { retries: 10, initialRetryTimeMs: 300, maxRetryTimeMs: 5000, restartOnFailure: async () => !this.stopping },
    });
    this.dlqProducer = options.kafka.producer({ allowAutoTopicCreation: false });
    const logicalTopics = [...new Set(Object.keys(options.subscriptions).map((type) => options.catalog.contract(type).topic))];
    this.topics = logicalTopics.map((topic) => physicalTopic(options.topicPrefix, topic));
    this.joined = new Promise((resolve) => (this.markJoined = resolve));
    this.consumer.onGroupJoin(() => {
      this.inGroup = true;
      this.restarts = 0;
      this.markJoined();
    });
    this.consumer.onCrash(({ error, restart }) => {
      this.inGroup = false;
      if (restart || this.stopping) return options.log.warn({ err: error, restart }, 'event consumer crashed');
      // The client (kafkajs) gives up for good on errors it deems non-retriable, and some of them pass (no group coordinator
      // found while a restarted broker loads its offsets): a consumer left stopped would make this service deaf
      // to every event while it goes on serving requests. So it is started again, with capped backoff.
      this.restartLater(error, 'event consumer stopped; starting it again');
    });
  }

  private restartLater(error: unknown, message: string): void {
    const delayMs = Math.min(RESTART_MAX_MS, RESTART_BASE_MS * 2 ** Math.min(this.restarts, 10));
    this.restarts += 1;
    this.options.log.error({ err: error, delayMs, restarts: this.restarts }, message);
    this.restartTimer = setTimeout(() => (this.restarting = this.restart()), delayMs);
  }

  /** The same consumer connects, subscribes and runs again; a start that fails emits no crash, so it reschedules itself. */
  private async restart(): Promise<void> {
    if (this.stopping) return;
    await this.run().catch((error) => this.stopping || this.restartLater(error, 'event consumer did not start again; trying later'));
  }

  /** Resolves once the consumer has joined its group and holds partitions. */
  whenJoined(): Promise<void> {
    return this.joined;
  }

  async start(): Promise<void> {
    if (this.topics.length === 0) return this.markJoined();
    await ensureTopics(this.options.kafka, this.topics, this.options.topicSettings);
    await this.dlqProducer.connect();
    await this.run();
  }

  private async run(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe(this.topics, { fromBeginning: true });
    await this.consumer.runBatches((batch) => this.onBatch(batch));
  }

  /** Leaves the group properly, so a restart rejoins at once. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    // A restart in flight finishes first, so that the consumer it starts is the one disconnected below.
    await this.restarting;
    await this.consumer.disconnect().catch(() => undefined);
    await this.dlqProducer.disconnect().catch(() => undefined);
  }

  private async onMessage({ topic, partition, message, heartbeat }: MessagePayload): Promise<void> {
    const outcome = await this.consume(topic, partition, message, heartbeat);
    this.stats[outcome] += 1;
  }

  /**
   * A partition's batch in offset order: runs of handleable events together, anything else (and a
   * run of one, and a run whose transaction failed) one event at a time through `consume`.
   */
  private async onBatch({ topic, partition, messages, resolveOffset, heartbeat, isStale }: BatchPayload): Promise<void> {
    const batchSize = Math.max(1, this.options.batchSize ?? 100);
    for (let next = 0; next < messages.length && !isStale();) {
      const run: Handleable[] = [];
      while (run.length < batchSize && next + run.length < messages.length) {
        const handleable = this.handleable(topic, messages[next + run.length]);
        if (!handleable) break;
        run.push(handleable);
      }
      const together = run.length > 1 ? await this.handleTogether(run) : null;
      if (together) {
        for (const outcome of together) this.stats[outcome] += 1;
        this.runStats.runs += 1;
        this.runStats.events += together.length;
      } else {
        if (run.length > 1) this.runStats.fellBack += 1;
        for (const message of messages.slice(next, next + Math.max(1, run.length))) {
          if (isStale()) return;
          await this.onMessage({ topic, partition, message, heartbeat });
          resolveOffset(message.offset);
        }
      }
      next += Math.max(1, run.length);
      resolveOffset(messages[next - 1].offset);
      await heartbeat();
    }
  }

  /**
   * The message as an event with its handler (none: ignored), if it passes every check `consume` makes;
   * null for an unknown type and for anything `consume` would dead-letter.
   */
  private handleable(topic: string, message: ReceivedMessage): Handleable | null {
    try {
      const event = parseKafkaMessage(message);
      if (!this.options.catalog.has(event.type)) return null;
      this.options.catalog.assertValid(event.type, event.data);
      if (provenanceProblem(this.options.catalog, event, topic, this.options.topicPrefix)) return null;
      return { message, event, handler: (this.options.subscriptions as Record<string, EventHandler | undefined>)[event.type] ?? null };
    } catch {
      return null;
    }
  }

  /**
   * The run's events in one transaction: the inbox rows of all, then each new event's handler in
   * offset order, under that event's trace (so what it raises names it as the cause). Null if anything
   * failed: the transaction was rolled back whole and nothing of the run happened.
   */
  private async handleTogether(run: Handleable[]): Promise<ConsumeOutcome[] | null> {
    if (run.every(({ handler }) => !handler)) return run.map(() => 'ignored');
    try {
      return await this.options.unitOfWork.run(async (tx) => {
        const ids = run.filter(({ handler }) => handler).map(({ event }) => event.id);
        const seen = new Set(
          ((await tx.manager.query('SELECT event_id FROM inbox_event WHERE event_id IN (?)', [ids])) as Array<{ event_id: string }>).map((row) => row.event_id),
        );
        const outcomes: ConsumeOutcome[] = run.map(({ event, handler }) => {
          if (!handler) return 'ignored';
          // Handled before, or a copy earlier in this run (a batch the relay sent twice).
          if (seen.has(event.id)) return 'duplicate';
          seen.add(event.id);
          return 'handled';
        });
        const fresh = run.filter((_, i) => outcomes[i] === 'handled');
        if (fresh.length > 0) {
          // Not IGNORE: an id another member inserted meanwhile fails the run, which then goes one event at a time.
          await tx.manager.query(`INSERT INTO inbox_event (event_id, event_type, processed_at) VALUES ${fresh.map(() => '(?, ?, NOW(3))').join(', ')}`, [
            ...fresh.flatMap(({ event }) => [event.id, event.type]),
          ]);
        }
        for (const { event, handler } of fresh) await runWithTrace(traceOf(event), () => handler?.(event, tx));
        return outcomes;
      });
    } catch (error) {
      this.options.log.debug({ err: error, events: run.length }, 'a run of events failed in one transaction; handling them one at a time');
      return null;
    }
  }

  get groupId(): string {
    return this.options.groupId;
  }

  /** Exposed for tests of delivery semantics; normal use goes through Kafka. */
  async consume(topic: string, partition: number, message: ReceivedMessage, heartbeat: () => Promise<void> = async () => undefined): Promise<ConsumeOutcome> {
    let event: ReceivedEvent;
    try {
      event = parseKafkaMessage(message);
      if (!this.options.catalog.has(event.type)) {
        this.options.log.warn({ topic, partition, offset: message.offset, eventType: event.type }, 'skipped an event of a type this service does not know');
        return 'unknown';
      }
      this.options.catalog.assertValid(event.type, event.data);
    } catch (error) {
      // A message that is not a valid event of our contract will never succeed: no point retrying it.
      await this.deadLetter(topic, partition, message, error, 1);
      return 'dead-lettered';
    }
    const distrust = provenanceProblem(this.options.catalog, event, topic, this.options.topicPrefix);
    if (distrust) {
      // Checked before the subscriptions: a forged event is worth an operator's look even where nobody handles its type.
      await this.deadLetter(topic, partition, message, new UntrustedEventError(distrust), 1);
      return 'untrusted';
    }
    const handler = (this.options.subscriptions as Record<string, EventHandler | undefined>)[event.type];
    if (!handler) return 'ignored';

    const trace = traceOf(event);
    const retryMaxMs = this.options.retryMaxMs ?? 10_000;
    // Failures that can pass (transient) and those that may not count apart: only the latter lead to the DLQ.
    for (let attempt = 1, failures = 0; ; attempt += 1) {
      try {
        return await runWithTrace(trace, () => this.handleOnce(event, handler));
      } catch (error) {
        const transient = isTransient(error);
        if (!transient) failures += 1;
        if (!transient && failures >= this.options.maxAttempts) {
          await runWithTrace(trace, () => this.deadLetter(topic, partition, message, error, attempt));
          return 'dead-lettered';
        }
        runWithTrace(trace, () =>
          this.options.log.warn({ err: error, eventId: event.id, eventType: event.type, attempt, transient }, 'event handler failed; retrying'),
        );
        await sleep(Math.min(retryMaxMs, this.options.retryBaseMs * 2 ** Math.min(attempt - 1, 16)));
        if (this.stopping) throw new StoppedWhileRetrying(`stopped while retrying event ${event.id}`);
        await heartbeat();
      }
    }
  }

  private handleOnce(event: ReceivedEvent, handler: EventHandler): Promise<ConsumeOutcome> {
    return this.options.unitOfWork.run(async (tx) => {
      const result = await tx.manager.query('INSERT IGNORE INTO inbox_event (event_id, event_type, processed_at) VALUES (?, ?, NOW(3))', [
        event.id,
        event.type,
      ]);
      if (result.affectedRows === 0) return 'duplicate';
      await handler(event, tx);
      return 'handled';
    });
  }

  private async deadLetter(topic: string, partition: number, message: ReceivedMessage, error: unknown, attempts: number): Promise<void> {
    // Read by whoever lists the DLQ, and logged: the reason, without the values a failed query echoes.
    const reason = messageForLog(error);
    const headers: MessageHeaders = {
      ...message.headers,
      'dlq-error': reason.slice(0, 2000),
      'dlq-attempts': String(attempts),
      'dlq-original-topic': topic,
      'dlq-original-partition': String(partition),
      'dlq-original-offset': message.offset,
      'dlq-consumer-group': this.options.groupId,
      'dlq-failed-at': new Date().toISOString(),
    };
    // If the DLQ cannot be written this throws, the offset is not committed, and the event comes back later.
    await this.dlqProducer.send(dlqTopicOf(topic), [{ key: message.key, value: message.value, headers }]);
    this.options.log.error({ topic, partition, offset: message.offset, attempts, reason }, 'event sent to the dead-letter topic');
  }
}
