import { Admin, Kafka, logLevel, LogEntry, SASLOptions } from 'kafkajs';
import type { KafkaCredentials } from '../config';
import type { Logger } from '../logger';

export interface KafkaSettings {
  brokers: string[];
  clientId: string;
  topicPrefix: string;
  /** SASL/SCRAM user; absent for a broker without authentication. */
  sasl?: KafkaCredentials;
  /** TLS to the brokers. */
  ssl?: boolean;
}

/** A kafkajs client whose own logs go through our logger; short timeouts so an absent broker is noticed quickly. */
export function createKafka(settings: KafkaSettings, log: Logger): Kafka {
  return new Kafka({
    clientId: settings.clientId,
    brokers: settings.brokers,
    ...(settings.sasl ? { sasl: saslOptionsOf(settings.sasl) } : {}),
    ...(settings.ssl ? { ssl: true } : {}),
    connectionTimeout: 3000,
    requestTimeout: 10000,
    retry: { initialRetryTime: 200, maxRetryTime: 5000, retries: 5 },
    logLevel: logLevel.WARN,
    logCreator: () => (entry: LogEntry) => {
      const { message, ...extra } = entry.log;
      // A stopped broker makes kafkajs log every reconnect attempt as an error; our relay and consumer report outages themselves.
      log.debug({ kafkajs: entry.namespace, ...extra }, message);
    },
  });
}

// kafkajs types SASL options per mechanism, so the union is narrowed here.
function saslOptionsOf({ mechanism, username, password }: KafkaCredentials): SASLOptions {
  return mechanism === 'scram-sha-512' ? { mechanism, username, password } : { mechanism, username, password };
}

export function dlqTopicOf(topic: string): string {
  return `${topic}.dlq`;
}

/** Creates the topics (and their DLQs) if missing, with explicit partitions; safe to call on every start. */
export async function ensureTopics(kafka: Kafka, topics: string[], partitions = 3): Promise<void> {
  const admin: Admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const wanted = [...new Set(topics.flatMap((topic) => [topic, dlqTopicOf(topic)]))].filter((t) => !existing.has(t));
    if (wanted.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: wanted.map((topic) => ({ topic, numPartitions: partitions, replicationFactor: 1 })),
      });
    }
  } finally {
    await admin.disconnect();
  }
}

/** Physical topic name: the deployment's prefix plus the contract's name. */
export function physicalTopic(prefix: string, logicalTopic: string): string {
  return `${prefix}${logicalTopic}`;
}
