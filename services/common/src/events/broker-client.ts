/**
 * The one file that knows the Kafka client library (kafkajs). Everything else — the relay, the consumer,
 * topic creation, lag metrics, the platform, the infra scripts — speaks the small interface below, whose
 * types are channelgraph's own, so moving to another client is a change to this file alone (see
 * docs/architecture.md, "Kafka client behind one seam"; a guard test refuses a `kafkajs` import elsewhere).
 *
 * What any client behind it must keep: a producer sends with acks from every in-sync replica, and an
 * idempotent one with one request in flight never writes a batch twice nor reorders it; a consumer commits
 * a message's offset only after its handler resolved, and an `eachMessage` that has not resolved holds its
 * partition (that is how a transient failure pauses a partition); in batch mode (`runBatches`) it hands
 * each partition's fetched messages over in order, one batch per partition at a time, commits only the
 * offsets the handler resolved (also when the handler then throws: the messages after them come again),
 * and an `eachBatch` that has not resolved holds its partition the same way; a crash says whether the
 * client will restart the consumer itself. Only what channelgraph uses is here: a method nobody calls would be
 * surface a replacement had to provide untested.
 */
import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, Kafka, logLevel, Partitioners, ResourcePatternTypes } from 'kafkajs';
import type { Admin, Consumer, IHeaders, LogEntry, Producer, SASLOptions } from 'kafkajs';

/** SASL/SCRAM credentials (the shape config's `KafkaCredentials` has). */
export interface BrokerCredentials {
  mechanism: 'scram-sha-256' | 'scram-sha-512';
  username: string;
  password: string;
}

/** Backoff between a client's own retries of one request; absent fields keep the client's defaults. */
export interface RetrySettings {
  retries?: number;
  initialRetryTimeMs?: number;
  maxRetryTimeMs?: number;
}

/** Where the client's own log lines go: debug level, with the client's namespace. Absent: nowhere. */
export interface BrokerLog {
  debug(fields: Record<string, unknown>, message: string): void;
}

export interface BrokerSettings {
  clientId: string;
  brokers: string[];
  sasl?: BrokerCredentials;
  /** TLS to the brokers. */
  ssl?: boolean;
  connectionTimeoutMs?: number;
  requestTimeoutMs?: number;
  retry?: RetrySettings;
  log?: BrokerLog;
}

export type MessageHeaders = Record<string, Buffer | string | Array<Buffer | string> | undefined>;

export interface OutgoingMessage {
  key: string | Buffer | null;
  value: string | Buffer | null;
  headers?: MessageHeaders;
}

export interface ReceivedMessage {
  key: Buffer | null;
  value: Buffer | null;
  headers?: MessageHeaders;
  offset: string;
  timestamp: string;
}

export interface ProducerSettings {
  /** Kafka drops a batch it already has (a resend after a lost answer) instead of writing it twice. */
  idempotent?: boolean;
  maxInFlightRequests?: number;
  /** Off unless asked: a topic is created with its partitions and copies (ensureTopics), never by a send. */
  allowAutoTopicCreation?: boolean;
  retry?: RetrySettings;
}

export interface BrokerProducer {
  connect(): Promise<void>;
  /** Messages to one topic, partitioned by key, written once every in-sync replica has them. */
  send(topic: string, messages: OutgoingMessage[]): Promise<void>;
  /**
   * Messages to several topics in one request, as `send` writes them. It resolves only when every
   * partition the batch went to has answered, and otherwise throws `UnansweredPartitionsError`: a batch
   * is sent again whole rather than partly lost. One `sendBatch` at a time per producer.
   */
  sendBatch(batch: Array<{ topic: string; messages: OutgoingMessage[] }>): Promise<void>;
  disconnect(): Promise<void>;
  /** Called when the producer's connection closes (then `connect` again before sending). */
  onDisconnect(listener: () => void): void;
}

export interface ConsumerSettings {
  groupId: string;
  sessionTimeoutMs?: number;
  rebalanceTimeoutMs?: number;
  heartbeatIntervalMs?: number;
  /** How long a fetch waits for a message before it returns empty. */
  maxWaitTimeMs?: number;
  /** The client's retries of a failing consumer, and whether it restarts one that used them up. */
  retry?: RetrySettings & { restartOnFailure?: (error: Error) => Promise<boolean> };
}

export interface MessagePayload {
  topic: string;
  partition: number;
  message: ReceivedMessage;
  /** Keeps the group's hold on the partition during a long handler. */
  heartbeat(): Promise<void>;
}

/** The messages of one partition fetched together, for `runBatches`. */
export interface BatchPayload {
  topic: string;
  partition: number;
  /** In offset order. */
  messages: ReceivedMessage[];
  /** This message and all before it in the partition are done: their offsets may be committed. */
  resolveOffset(offset: string): void;
  /** Keeps the group's hold on the partition during a long batch. */
  heartbeat(): Promise<void>;
  /**
   * The rest of the batch is no longer this consumer's to handle: it is stopping, or the partition was
   * taken away or moved in a rebalance. The unresolved messages come again (here or to another member).
   */
  isStale(): boolean;
}

export interface BrokerConsumer {
  connect(): Promise<void>;
  subscribe(topics: string[], options?: { fromBeginning?: boolean }): Promise<void>;
  /**
   * Hands the messages of each partition, in order, to `eachMessage`, one at a time; a message's offset is
   * committed only after its `eachMessage` resolved. A rejected `eachMessage` leaves the offset where it was.
   */
  run(eachMessage: (payload: MessagePayload) => Promise<void>): Promise<void>;
  /**
   * Hands each fetched batch of a partition, in order, to `eachBatch`; only the offsets it resolved are
   * committed, after it resolved or rejected. A rejected `eachBatch` fails the consumer as a rejected
   * `eachMessage` does (the client's retries, then a crash).
   */
  runBatches(eachBatch: (batch: BatchPayload) => Promise<void>): Promise<void>;
  disconnect(): Promise<void>;
  /** Called each time the consumer has joined its group and holds partitions. */
  onGroupJoin(listener: () => void): void;
  /** Called when the consumer stopped on an error; `restart` says whether the client starts it again itself. */
  onCrash(listener: (crash: { error: Error; restart: boolean }) => void): void;
}

export interface PartitionOffsets {
  partition: number;
  /** The next offset to be written. */
  high: string;
  /** The first offset retained. */
  low: string;
}

export interface TopicPartitions {
  name: string;
  /** `leader` is -1 while the partition has none. */
  partitions: Array<{ partition: number; leader: number; replicas: number[] }>;
}

/** One ACL entry, in Kafka's own words (`TOPIC`, `PREFIXED`, `READ`…); always ALLOW, from any host. */
export interface AclEntry {
  principal: string;
  resourceType: 'TOPIC' | 'GROUP' | 'CLUSTER' | 'TRANSACTIONAL_ID';
  resourceName: string;
  patternType: 'LITERAL' | 'PREFIXED';
  operation: 'READ' | 'WRITE' | 'CREATE' | 'DELETE' | 'ALTER' | 'DESCRIBE' | 'DESCRIBE_CONFIGS' | 'ALTER_CONFIGS' | 'IDEMPOTENT_WRITE' | 'ALL';
}

export interface BrokerAdmin {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  listTopics(): Promise<string[]>;
  /** Creates topics without waiting for their leaders (ensureTopics waits itself). */
  createTopics(topics: Array<{ topic: string; partitions: number; replicationFactor: number; config?: Record<string, string> }>): Promise<void>;
  deleteTopics(topics: string[], options?: { timeoutMs?: number }): Promise<void>;
  /** The partitions of `topics` and their leaders; an empty list asks only whether the broker answers metadata requests. */
  topicPartitions(topics: string[]): Promise<TopicPartitions[]>;
  /** The brokers the cluster lists. */
  brokerCount(): Promise<number>;
  topicOffsets(topic: string): Promise<PartitionOffsets[]>;
  /** The offsets `groupId` committed on `topics`; "-1" for a partition it never committed on. */
  groupOffsets(groupId: string, topics: string[]): Promise<Array<{ topic: string; partitions: Array<{ partition: number; offset: string }> }>>;
  /** Creating an entry that exists changes nothing. */
  createAcls(entries: AclEntry[]): Promise<void>;
}

export interface BrokerClient {
  producer(settings?: ProducerSettings): BrokerProducer;
  consumer(settings: ConsumerSettings): BrokerConsumer;
  admin(settings?: { retry?: RetrySettings }): BrokerAdmin;
}

/** A batch the client said it took, without an answer for some of its partitions: to be sent again whole. */
export class UnansweredPartitionsError extends Error {
  constructor(readonly partitions: string[]) {
    super(`Kafka did not confirm ${partitions.join(', ')}; the batch is sent again`);
    this.name = 'UnansweredPartitionsError';
  }
}

/** Whether `error` is the client's own (a broker's answer or the client's connection), not ours. */
export function isBrokerError(error: unknown): boolean {
  return String((error as { name?: unknown })?.name ?? '').startsWith('KafkaJS');
}

/** Kafka's name for the error a broker answered (`UNKNOWN_TOPIC_OR_PARTITION`, `OUT_OF_ORDER_SEQUENCE_NUMBER`…), if it is one. */
export function brokerErrorCode(error: unknown): string | undefined {
  const type = (error as { type?: unknown })?.type;
  return typeof type === 'string' ? type : undefined;
}

const retryOf = (retry: RetrySettings = {}) => ({
  ...(retry.retries !== undefined ? { retries: retry.retries } : {}),
  ...(retry.initialRetryTimeMs !== undefined ? { initialRetryTime: retry.initialRetryTimeMs } : {}),
  ...(retry.maxRetryTimeMs !== undefined ? { maxRetryTime: retry.maxRetryTimeMs } : {}),
});

// kafkajs types SASL options per mechanism, so the union is narrowed here.
function saslOptionsOf({ mechanism, username, password }: BrokerCredentials): SASLOptions {
  return mechanism === 'scram-sha-512' ? { mechanism, username, password } : { mechanism, username, password };
}

const kafkaMessagesOf = (messages: OutgoingMessage[]) => messages.map(({ key, value, headers }) => ({ key, value, headers: headers as IHeaders | undefined }));

export function createBrokerClient(settings: BrokerSettings): BrokerClient {
  const { log } = settings;
  const kafka = new Kafka({
    clientId: settings.clientId,
    brokers: settings.brokers,
    ...(settings.sasl ? { sasl: saslOptionsOf(settings.sasl) } : {}),
    ...(settings.ssl ? { ssl: true } : {}),
    ...(settings.connectionTimeoutMs !== undefined ? { connectionTimeout: settings.connectionTimeoutMs } : {}),
    ...(settings.requestTimeoutMs !== undefined ? { requestTimeout: settings.requestTimeoutMs } : {}),
    ...(settings.retry ? { retry: retryOf(settings.retry) } : {}),
    logLevel: log ? logLevel.WARN : logLevel.NOTHING,
    ...(log
      ? {
          logCreator: () => (entry: LogEntry) => {
            const { message, ...extra } = entry.log;
            // A stopped broker makes kafkajs log every reconnect attempt as an error; our relay and consumer report outages themselves.
            log.debug({ kafkajs: entry.namespace, ...extra }, message);
          },
        }
      : {}),
  });
  return {
    producer: (options = {}) => producerOf(kafka, options),
    consumer: (options) => consumerOf(kafka, options),
    admin: (options = {}) => adminOf(kafka.admin(options.retry ? { retry: retryOf(options.retry) } : {})),
  };
}

function producerOf(kafka: Kafka, options: ProducerSettings): BrokerProducer {
  /** The topic partitions the batch being sent goes to, `topic:partition`, noted by the partitioner. */
  const sentTo = new Set<string>();
  const producer: Producer = kafka.producer({
    ...(options.idempotent !== undefined ? { idempotent: options.idempotent } : {}),
    ...(options.maxInFlightRequests !== undefined ? { maxInFlightRequests: options.maxInFlightRequests } : {}),
    allowAutoTopicCreation: options.allowAutoTopicCreation ?? false,
    ...(options.retry ? { retry: retryOf(options.retry) } : {}),
    // kafkajs's default partitioner (Java's murmur2 of the key), noting which partitions each batch goes to.
    createPartitioner: () => {
      const partitionOf = Partitioners.DefaultPartitioner();
      return (args) => {
        const partition = partitionOf(args);
        sentTo.add(`${args.topic}:${partition}`);
        return partition;
      };
    },
  });
  return {
    connect: () => producer.connect(),
    disconnect: () => producer.disconnect(),
    onDisconnect: (listener) => void producer.on(producer.events.DISCONNECT, () => listener()),
    async send(topic, messages) {
      await producer.send({ topic, acks: -1, messages: kafkaMessagesOf(messages) });
    },
    async sendBatch(batch) {
      sentTo.clear();
      const answers = await producer.sendBatch({
        acks: -1,
        topicMessages: batch.map(({ topic, messages }) => ({ topic, messages: kafkaMessagesOf(messages) })),
      });
      // kafkajs, retrying a batch some brokers took, resends only to the brokers that did not answer:
      // a partition whose leader moved to one that did is never sent, yet the batch succeeds. Every
      // partition the batch went to must have answered, or the whole batch goes again.
      const answered = new Set(answers.map((answer) => `${answer.topicName}:${answer.partition}`));
      const unanswered = [...sentTo].filter((partition) => !answered.has(partition));
      if (unanswered.length > 0) throw new UnansweredPartitionsError(unanswered);
    },
  };
}

function consumerOf(kafka: Kafka, options: ConsumerSettings): BrokerConsumer {
  const { retry } = options;
  const consumer: Consumer = kafka.consumer({
    groupId: options.groupId,
    ...(options.sessionTimeoutMs !== undefined ? { sessionTimeout: options.sessionTimeoutMs } : {}),
    ...(options.rebalanceTimeoutMs !== undefined ? { rebalanceTimeout: options.rebalanceTimeoutMs } : {}),
    ...(options.heartbeatIntervalMs !== undefined ? { heartbeatInterval: options.heartbeatIntervalMs } : {}),
    ...(options.maxWaitTimeMs !== undefined ? { maxWaitTimeInMs: options.maxWaitTimeMs } : {}),
    ...(retry ? { retry: { ...retryOf(retry), ...(retry.restartOnFailure ? { restartOnFailure: retry.restartOnFailure } : {}) } } : {}),
  });
  return {
    connect: () => consumer.connect(),
    disconnect: () => consumer.disconnect(),
    subscribe: (topics, { fromBeginning = false } = {}) => consumer.subscribe({ topics, fromBeginning }),
    run: (eachMessage) =>
      consumer.run({
        autoCommit: true,
        eachMessage: ({ topic, partition, message, heartbeat }) => eachMessage({ topic, partition, message, heartbeat }),
      }),
    runBatches: (eachBatch) =>
      consumer.run({
        autoCommit: true,
        // Offsets move only as far as the handler resolved them, never to the batch's end by themselves.
        eachBatchAutoResolve: false,
        eachBatch: ({ batch, resolveOffset, heartbeat, isRunning, isStale }) =>
          eachBatch({
            topic: batch.topic,
            partition: batch.partition,
            messages: batch.messages,
            resolveOffset,
            heartbeat,
            isStale: () => !isRunning() || isStale(),
          }),
      }),
    onGroupJoin: (listener) => void consumer.on(consumer.events.GROUP_JOIN, () => listener()),
    onCrash: (listener) => void consumer.on(consumer.events.CRASH, (event) => listener({ error: event.payload.error, restart: event.payload.restart })),
  };
}

function adminOf(admin: Admin): BrokerAdmin {
  return {
    connect: () => admin.connect(),
    disconnect: () => admin.disconnect(),
    listTopics: () => admin.listTopics(),
    async createTopics(topics) {
      await admin.createTopics({
        waitForLeaders: false,
        topics: topics.map(({ topic, partitions, replicationFactor, config = {} }) => ({
          topic,
          numPartitions: partitions,
          replicationFactor,
          configEntries: Object.entries(config).map(([name, value]) => ({ name, value })),
        })),
      });
    },
    deleteTopics: (topics, { timeoutMs } = {}) => admin.deleteTopics({ topics, ...(timeoutMs !== undefined ? { timeout: timeoutMs } : {}) }),
    async topicPartitions(topics) {
      const { topics: metadata } = await admin.fetchTopicMetadata({ topics });
      return metadata.map(({ name, partitions }) => ({
        name,
        partitions: partitions.map(({ partitionId, leader, replicas }) => ({ partition: partitionId, leader, replicas })),
      }));
    },
    brokerCount: async () => (await admin.describeCluster()).brokers.length,
    async topicOffsets(topic) {
      return (await admin.fetchTopicOffsets(topic)).map(({ partition, high, low }) => ({ partition, high, low }));
    },
    async groupOffsets(groupId, topics) {
      const committed = await admin.fetchOffsets({ groupId, topics });
      return committed.map(({ topic, partitions }) => ({ topic, partitions: partitions.map(({ partition, offset }) => ({ partition, offset })) }));
    },
    async createAcls(entries) {
      await admin.createAcls({
        acl: entries.map((entry) => ({
          principal: entry.principal,
          host: '*',
          resourceType: AclResourceTypes[entry.resourceType],
          resourceName: entry.resourceName,
          resourcePatternType: ResourcePatternTypes[entry.patternType],
          operation: AclOperationTypes[entry.operation],
          permissionType: AclPermissionTypes.ALLOW,
        })),
      });
    },
  };
}
