import type { KafkaCredentials } from '../config';
import type { Logger } from '../logger';
import { BrokerAdmin, BrokerClient, brokerErrorCode, createBrokerClient } from './broker-client';

export interface KafkaSettings {
  brokers: string[];
  clientId: string;
  topicPrefix: string;
  /** SASL/SCRAM user; absent for a broker without authentication. */
  sasl?: KafkaCredentials;
  /** TLS to the brokers. */
  ssl?: boolean;
}

/** A service's Kafka client, whose own logs go through our logger; short timeouts so an absent broker is noticed quickly. */
export function createKafka(settings: KafkaSettings, log: Logger): BrokerClient {
  return createBrokerClient({
    clientId: settings.clientId,
    brokers: settings.brokers,
    sasl: settings.sasl,
    ssl: settings.ssl,
    connectionTimeoutMs: 3000,
    requestTimeoutMs: 10000,
    retry: { initialRetryTimeMs: 200, maxRetryTimeMs: 5000, retries: 5 },
    log,
  });
}

export function dlqTopicOf(topic: string): string {
  return `${topic}.dlq`;
}

/** How the topics a service creates are made (KAFKA_REPLICATION_FACTOR, KAFKA_MIN_INSYNC_REPLICAS). */
export interface TopicSettings {
  partitions?: number;
  replicationFactor?: number;
  /** `min.insync.replicas` of the topic; left out, the broker's default. */
  minInSyncReplicas?: number;
}

/**
 * Creates the topics (and their DLQs) if missing, with explicit partitions and copies; safe to call on
 * every start. A topic that exists is left as it is: its partitions and copies are changed by an operator.
 */
export async function ensureTopics(kafka: BrokerClient, topics: string[], settings: TopicSettings = {}): Promise<void> {
  const { partitions = 3, replicationFactor = 1, minInSyncReplicas } = settings;
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const wanted = [...new Set(topics.flatMap((topic) => [topic, dlqTopicOf(topic)]))].filter((t) => !existing.has(t));
    if (wanted.length === 0) return;
    // The broker's own refusal (INVALID_REPLICATION_FACTOR) names neither the setting nor the cluster's size.
    const brokers = await admin.brokerCount();
    if (replicationFactor > brokers) {
      throw new Error(
        `KAFKA_REPLICATION_FACTOR is ${replicationFactor} but the cluster lists ${brokers} broker(s): start more brokers or set KAFKA_REPLICATION_FACTOR to at most ${brokers}`,
      );
    }
    const config: Record<string, string> = minInSyncReplicas === undefined ? {} : { 'min.insync.replicas': String(minInSyncReplicas) };
    await admin.createTopics(wanted.map((topic) => ({ topic, partitions, replicationFactor, config })));
    await untilLed(admin, wanted);
  } finally {
    await admin.disconnect();
  }
}

const NOT_READY_YET = new Set(['UNKNOWN_TOPIC_OR_PARTITION', 'LEADER_NOT_AVAILABLE']);

/**
 * Waits until every partition of `topics` has a leader. The client's own wait (kafkajs's `waitForLeaders`)
 * gives up on UNKNOWN_TOPIC_OR_PARTITION, which a busy broker answers for a moment after creating a topic.
 */
async function untilLed(admin: BrokerAdmin, topics: string[], timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const metadata = await admin.topicPartitions(topics);
      if (metadata.every((topic) => topic.partitions.length > 0 && topic.partitions.every((partition) => partition.leader >= 0))) return;
    } catch (error) {
      if (!NOT_READY_YET.has(brokerErrorCode(error) ?? '') || Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline)
      throw new Error(`the topics ${topics.join(', ')} still have partitions without a leader ${timeoutMs / 1000} s after they were created`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The topic settings of a service's configuration. */
export function topicSettingsOf(config: { KAFKA_REPLICATION_FACTOR: number; KAFKA_MIN_INSYNC_REPLICAS?: number }): TopicSettings {
  return { replicationFactor: config.KAFKA_REPLICATION_FACTOR, minInSyncReplicas: config.KAFKA_MIN_INSYNC_REPLICAS };
}

/** Physical topic name: the deployment's prefix plus the contract's name. */
export function physicalTopic(prefix: string, logicalTopic: string): string {
  return `${prefix}${logicalTopic}`;
}
