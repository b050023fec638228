import { ConfigResourceTypes, Kafka, logLevel } from 'kafkajs';
import { createBrokerClient, dlqTopicOf, ensureTopics } from '../src';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { testSettings } = require('../../../test/support/settings');

// KAFKA_REPLICATION_FACTOR and KAFKA_MIN_INSYNC_REPLICAS as ensureTopics applies them, on the one-broker test cluster.
const settings = testSettings();
const kafka = createBrokerClient({ clientId: 'topics-test', brokers: settings.KAFKA_BROKERS.split(',') });
// The topics' configuration is read with a kafkajs admin of the test's own: nothing in channelgraph reads it.
const admin = new Kafka({ clientId: 'topics-test', brokers: settings.KAFKA_BROKERS.split(','), logLevel: logLevel.NOTHING }).admin();
const topicOf = (name: string) => `${settings.KAFKA_TOPIC_PREFIX}topics.${name}.${Date.now().toString(36)}`;

beforeAll(() => admin.connect());
afterAll(() => admin.disconnect());

it('creates a topic and its DLQ with the copies and min.insync.replicas asked for', async () => {
  const topic = topicOf('made');
  await ensureTopics(kafka, [topic], { replicationFactor: 1, minInSyncReplicas: 1 });

  const { topics } = await admin.fetchTopicMetadata({ topics: [topic, dlqTopicOf(topic)] });
  const described = topics.map((t) => [t.name, t.partitions.length, t.partitions.every((p) => p.replicas.length === 1 && p.leader >= 0)]);
  expect(described.sort()).toEqual([
    [topic, 3, true],
    [dlqTopicOf(topic), 3, true],
  ]);
  const { resources } = await admin.describeConfigs({
    includeSynonyms: false,
    resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configNames: ['min.insync.replicas'] }],
  });
  // Set on the topic itself, not inherited from the broker.
  expect(resources[0].configEntries).toEqual([expect.objectContaining({ configName: 'min.insync.replicas', configValue: '1', isDefault: false })]);
  await admin.deleteTopics({ topics: [topic, dlqTopicOf(topic)] });
});

it('refuses more copies than the cluster has brokers, naming the setting and the brokers there are, and creates nothing', async () => {
  const topic = topicOf('refused');
  await expect(ensureTopics(kafka, [topic], { replicationFactor: 3 })).rejects.toThrow(
    'KAFKA_REPLICATION_FACTOR is 3 but the cluster lists 1 broker(s): start more brokers or set KAFKA_REPLICATION_FACTOR to at most 1',
  );
  expect((await admin.listTopics()).filter((name) => name.startsWith(topic))).toEqual([]);
});
