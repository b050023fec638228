import { addGauge, Metrics } from '../metrics';
import type { BrokerAdmin, BrokerClient } from './broker-client';
import { dlqTopicOf } from './kafka';

export interface PartitionLag {
  topic: string;
  partition: number;
  /** Events on the partition the group has not committed yet. */
  lag: number;
}

/**
 * How far a group is behind on one topic, per partition: the end offset minus the committed one.
 * A partition the group never committed on counts from its first retained event, since the
 * consumers subscribe from the beginning.
 */
export function lagOf(
  topic: string,
  committed: Array<{ partition: number; offset: string }>,
  ends: Array<{ partition: number; high: string; low: string }>,
): PartitionLag[] {
  const committedAt = new Map(committed.map((entry) => [entry.partition, Number(entry.offset)]));
  return ends.map(({ partition, high, low }) => {
    const from = committedAt.get(partition) ?? -1;
    return { topic, partition, lag: Math.max(0, Number(high) - (from >= 0 ? from : Number(low))) };
  });
}

const READ_TIMEOUT_MS = 3000;
const FRESH_FOR_MS = 5000;

/**
 * Consumer lag per partition and the messages each DLQ holds, read from Kafka's admin API when
 * Prometheus scrapes (at most every 5 s, at most 3 s a read). While Kafka cannot answer, the
 * last values stay, and `channelgraph_kafka_metrics_age_seconds` says how old they are.
 */
export function registerConsumerLagMetrics(metrics: Metrics, kafka: BrokerClient, options: { groupId: string; topics: string[] }): { stop(): Promise<void> } {
  let admin: BrokerAdmin | undefined;
  let connected: Promise<void> | undefined;
  let last: { lag: PartitionLag[]; dlq: Array<{ topic: string; messages: number }>; at: number } = { lag: [], dlq: [], at: 0 };
  let inFlight: Promise<void> | undefined;
  let readAt = 0;

  const readOnce = async () => {
    admin ??= kafka.admin({ retry: { retries: 0 } });
    connected ??= admin.connect().catch((error) => {
      connected = undefined;
      throw error;
    });
    await connected;
    const committed = await admin.groupOffsets(options.groupId, options.topics);
    const lag: PartitionLag[] = [];
    for (const topic of options.topics) {
      const partitions = committed.find((entry) => entry.topic === topic)?.partitions ?? [];
      lag.push(...lagOf(topic, partitions, await admin.topicOffsets(topic)));
    }
    const dlq = await Promise.all(
      options.topics.map(async (topic) => {
        const ends = await admin!.topicOffsets(dlqTopicOf(topic));
        return { topic: dlqTopicOf(topic), messages: ends.reduce((sum, { high, low }) => sum + Number(high) - Number(low), 0) };
      }),
    );
    last = { lag, dlq, at: Date.now() };
  };
  // The gauges of one scrape share one read; a read slower than READ_TIMEOUT_MS leaves this scrape the last values.
  const refresh = () => {
    if (!inFlight && Date.now() - readAt > FRESH_FOR_MS) {
      readAt = Date.now();
      inFlight = readOnce()
        .catch(() => undefined)
        .finally(() => (inFlight = undefined));
    }
    return inFlight ? within(inFlight, READ_TIMEOUT_MS) : Promise.resolve();
  };

  addGauge(metrics, {
    name: 'channelgraph_consumer_lag_events',
    help: "Events on a partition the service's consumer group has not committed yet; alert when it keeps growing",
    labelNames: ['group', 'topic', 'partition'],
    async collect(gauge) {
      await refresh();
      gauge.reset();
      for (const { topic, partition, lag } of last.lag) gauge.set({ group: options.groupId, topic, partition: String(partition) }, lag);
    },
  });
  addGauge(metrics, {
    name: 'channelgraph_dlq_messages',
    help: 'Messages held in a dead-letter topic of the events this service consumes (replayed ones too, until retention removes them); alert on any increase',
    labelNames: ['topic'],
    async collect(gauge) {
      await refresh();
      gauge.reset();
      for (const { topic, messages } of last.dlq) gauge.set({ topic }, messages);
    },
  });
  addGauge(metrics, {
    name: 'channelgraph_kafka_metrics_age_seconds',
    help: 'How old the consumer lag and DLQ figures are: they stop changing while Kafka cannot be asked',
    async collect(gauge) {
      await refresh();
      gauge.set(last.at === 0 ? -1 : (Date.now() - last.at) / 1000);
    },
  });
  return {
    async stop() {
      await admin?.disconnect().catch(() => undefined);
    },
  };
}

function within(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
