import { setTimeout as sleep } from 'node:timers/promises';
import { BrokerClient, BrokerConsumer, BrokerProducer, MessageHeaders, MessagePayload, ReceivedMessage } from './broker-client';
import { runWithTrace } from '../context';
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
 */
export class EventConsumer {
  private readonly consumer: BrokerConsumer;
  private readonly dlqProducer: BrokerProducer;
  /** The physical topics it consumes. */
  readonly topics: string[];
  readonly stats: Record<ConsumeOutcome, number> = { handled: 0, duplicate: 0, ignored: 0, unknown: 0, 'dead-lettered': 0, untrusted: 0 };
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
    await this.consumer.run((payload) => this.onMessage(payload));
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

    const trace = { correlationId: event.correlationId ?? event.id, causationId: event.id, tenantId: event.tenantId };
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
