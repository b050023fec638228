import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  createBrokerClient,
  createDataSource,
  createLogger,
  DomainEvent,
  EventCatalog,
  EventConsumer,
  ensureTopics,
  openDatabase,
  Outbox,
  OutboxRelay,
  parseKafkaMessage,
  Subscriptions,
  UnitOfWork,
  EVENT_TABLE_MIGRATIONS,
  serializeCloudEvent,
  toCloudEvent,
  STRUCTURED_CONTENT_TYPE,
  eventSourceOf,
} from '../src';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { testSettings, testDatabase } = require('../../../test/support/settings');

const settings = testSettings();
const log = createLogger('common-test', 'silent');
const catalog = EventCatalog.load();
const TYPE = 'channelgraph.enrollment.TenantSignedUp.v1';
/** TYPE's producer, the only source its consumers believe. */
const ENROLLMENT = eventSourceOf('enrollment');
const kafka = createBrokerClient({ clientId: 'common-test', brokers: settings.KAFKA_BROKERS.split(',') });

function tenantSignedUp(displayName: string, tenantId = randomUUID()): DomainEvent {
  return {
    type: TYPE,
    subject: tenantId,
    tenantId,
    data: {
      tenantId,
      domain: 'probe.example.com',
      displayName,
      country: 'US',
      admin: { userId: randomUUID(), fullName: 'Probe', email: 'probe@example.com' },
      signedUpAt: new Date().toISOString(),
    },
  };
}

/** Reads everything on a topic until `count` messages arrived. */
async function readTopic(topic: string, count: number, timeoutMs = 30000) {
  const consumer = kafka.consumer({ groupId: `reader-${randomUUID()}` });
  const messages: Array<{ key: string | null; value: string; headers: Record<string, string> }> = [];
  await consumer.connect();
  await consumer.subscribe([topic], { fromBeginning: true });
  const done = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`only ${messages.length} of ${count} messages on ${topic}`)), timeoutMs);
    void consumer.run(async ({ message }) => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(message.headers ?? {})) headers[name] = String(value);
      messages.push({ key: message.key?.toString() ?? null, value: message.value?.toString() ?? '', headers });
      if (messages.length >= count) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  try {
    await done;
  } finally {
    await consumer.disconnect();
  }
  return messages;
}

describe('the event bus against MySQL and Kafka', () => {
  let dataSource: DataSource;
  let prefix: string;

  beforeAll(async () => {
    dataSource = await openDatabase(
      createDataSource({ mysqlUrl: settings.MYSQL_URL, database: testDatabase('common'), entities: [], migrations: EVENT_TABLE_MIGRATIONS }),
    );
    await dataSource.query(
      'CREATE TABLE IF NOT EXISTS probe_effect (id BIGINT AUTO_INCREMENT PRIMARY KEY, event_id CHAR(36) NOT NULL, display_name VARCHAR(200) NOT NULL)',
    );
  });
  beforeEach(async () => {
    prefix = `${settings.KAFKA_TOPIC_PREFIX}common-${randomUUID().slice(0, 8)}.`;
    await dataSource.query('DELETE FROM outbox_event');
    await dataSource.query('DELETE FROM inbox_event');
    await dataSource.query('DELETE FROM probe_effect');
  });
  afterAll(async () => {
    await dataSource?.destroy();
  });

  function consumerWith(subscriptions: Subscriptions) {
    const unitOfWork = new UnitOfWork(dataSource, new Outbox(catalog, ENROLLMENT, prefix));
    return new EventConsumer({
      kafka,
      groupId: `${prefix}group`,
      topicPrefix: prefix,
      catalog,
      unitOfWork,
      subscriptions,
      log,
      maxAttempts: 3,
      retryBaseMs: 10,
    });
  }

  const recordEffect: Subscriptions = {
    [TYPE]: async (event, tx) => {
      const data = event.data as { displayName: string };
      if (data.displayName === 'poison') throw new Error('this event always fails');
      await tx.manager.query('INSERT INTO probe_effect (event_id, display_name) VALUES (?, ?)', [event.id, data.displayName]);
    },
  };

  async function effects(): Promise<string[]> {
    const rows: Array<{ display_name: string }> = await dataSource.query('SELECT display_name FROM probe_effect ORDER BY id');
    return rows.map((row) => row.display_name);
  }

  async function produce(topic: string, messages: Array<{ key: string; value: string }>) {
    const producer = kafka.producer({ allowAutoTopicCreation: true });
    await producer.connect();
    await producer.send(
      topic,
      messages.map((m) => ({ ...m, headers: { 'content-type': STRUCTURED_CONTENT_TYPE } })),
    );
    await producer.disconnect();
  }

  it('has no second effect when the same event is delivered twice', async () => {
    const consumer = consumerWith(recordEffect);
    await consumer.start();
    const event = tenantSignedUp('once');
    const message = { key: event.subject, value: serializeCloudEvent(toCloudEvent(ENROLLMENT, event)) };
    await produce(`${prefix}channelgraph.enrollment.tenant`, [message, message]);
    await waitFor(() => consumer.stats.handled + consumer.stats.duplicate === 2);
    await consumer.stop();
    expect(await effects()).toEqual(['once']);
    expect(consumer.stats).toMatchObject({ handled: 1, duplicate: 1 });
  });

  it('sends a poison event to the DLQ after the configured attempts and goes on with the partition', async () => {
    const consumer = consumerWith(recordEffect);
    await consumer.start();
    const tenantId = randomUUID();
    const poison = toCloudEvent(ENROLLMENT, tenantSignedUp('poison', tenantId));
    const after = toCloudEvent(ENROLLMENT, tenantSignedUp('after the poison', tenantId));
    const topic = `${prefix}channelgraph.enrollment.tenant`;
    await produce(topic, [
      { key: tenantId, value: serializeCloudEvent(poison) },
      { key: tenantId, value: serializeCloudEvent(after) },
    ]);
    await waitFor(() => consumer.stats.handled === 1);
    await consumer.stop();
    expect(await effects()).toEqual(['after the poison']);
    const [dead] = await readTopic(`${topic}.dlq`, 1);
    expect(parseKafkaMessage({ key: Buffer.from(dead.key ?? ''), value: Buffer.from(dead.value), headers: dead.headers }).id).toBe(poison.id);
    expect(dead.headers['dlq-error']).toBe('this event always fails');
    expect(dead.headers['dlq-attempts']).toBe('3');
    // The poison event was not recorded as processed.
    expect(await dataSource.query('SELECT * FROM inbox_event WHERE event_id = ?', [poison.id])).toHaveLength(0);
  });

  it('sends a message that breaks the event schema straight to the DLQ', async () => {
    const consumer = consumerWith(recordEffect);
    await consumer.start();
    const broken = toCloudEvent(ENROLLMENT, { ...tenantSignedUp('x'), data: { tenantId: 'not-a-uuid' } });
    const topic = `${prefix}channelgraph.enrollment.tenant`;
    await produce(topic, [
      { key: 'k', value: serializeCloudEvent(broken) },
      { key: 'k', value: 'not even json' },
    ]);
    const dead = await readTopic(`${topic}.dlq`, 2);
    await consumer.stop();
    expect(dead.map((message) => message.headers['dlq-attempts'])).toEqual(['1', '1']);
    expect(dead[0].headers['dlq-error']).toMatch(/does not match its schema/);
    expect(await effects()).toEqual([]);
  });

  it('skips and counts an event of a type it has no schema for (a newer producer mid-deploy), and goes on', async () => {
    const consumer = consumerWith(recordEffect);
    await consumer.start();
    const tenantId = randomUUID();
    const newer = toCloudEvent(ENROLLMENT, { ...tenantSignedUp('from the future', tenantId), type: 'channelgraph.enrollment.TenantRenamed.v1' });
    const known = toCloudEvent(ENROLLMENT, tenantSignedUp('known', tenantId));
    await produce(`${prefix}channelgraph.enrollment.tenant`, [
      { key: tenantId, value: serializeCloudEvent(newer) },
      { key: tenantId, value: serializeCloudEvent(known) },
    ]);
    await waitFor(() => consumer.stats.handled === 1);
    await consumer.stop();
    expect(consumer.stats).toMatchObject({ unknown: 1, handled: 1, 'dead-lettered': 0 });
    expect(await effects()).toEqual(['known']);
  });

  it('dead-letters, never handles, an event that does not come from the producer its schema names', async () => {
    const consumer = consumerWith(recordEffect);
    await consumer.start();
    const topic = `${prefix}channelgraph.enrollment.tenant`;
    const forged = toCloudEvent(eventSourceOf('relationship'), tenantSignedUp('forged by relationship'));
    const genuine = toCloudEvent(ENROLLMENT, tenantSignedUp('genuine'));
    await produce(topic, [
      { key: forged.subject!, value: serializeCloudEvent(forged) },
      { key: genuine.subject!, value: serializeCloudEvent(genuine) },
    ]);
    const [dead] = await readTopic(`${topic}.dlq`, 1);
    await waitFor(() => consumer.stats.handled === 1);
    await consumer.stop();
    expect(JSON.parse(dead.value).id).toBe(forged.id);
    expect(dead.headers['dlq-error']).toMatch(/comes from source "\/channelgraph\/relationship", but only enrollment .* may produce it/);
    expect(dead.headers['dlq-attempts']).toBe('1');
    expect(consumer.stats).toMatchObject({ handled: 1, untrusted: 1 });
    expect(await effects()).toEqual(['genuine']);
    expect(await dataSource.query('SELECT * FROM inbox_event WHERE event_id = ?', [forged.id])).toHaveLength(0);
  });

  it('keeps events in the outbox while Kafka is unreachable and publishes them, in order, once it is back', async () => {
    const outbox = new Outbox(catalog, ENROLLMENT, prefix);
    const deadKafka = createBrokerClient({ clientId: 'dead', brokers: ['127.0.0.1:1'], retry: { retries: 0 }, connectionTimeoutMs: 300 });
    const failingRelay = new OutboxRelay({ dataSource, kafka: deadKafka, log, pollMs: 100, maxBackoffMs: 200 });
    const unitOfWork = new UnitOfWork(dataSource, outbox, () => failingRelay.kick());
    failingRelay.start();
    const tenantId = randomUUID();
    const names = Array.from({ length: 20 }, (_, i) => `event ${i}`);
    for (const name of names) await unitOfWork.run(async (tx) => tx.raise(tenantSignedUp(name, tenantId)));
    await waitForAsync(async () => {
      const [{ tried }] = await dataSource.query('SELECT MIN(attempts) AS tried FROM outbox_event');
      return Number(tried) >= 1;
    });
    await failingRelay.stop();
    const [row] = await dataSource.query(
      'SELECT COUNT(*) AS pending, MIN(attempts) AS attempts, MAX(last_error) AS error FROM outbox_event WHERE published_at IS NULL',
    );
    expect(Number(row.pending)).toBe(20);
    expect(Number(row.attempts)).toBeGreaterThanOrEqual(1);
    expect(row.error).toBeTruthy();

    const topic = `${prefix}channelgraph.enrollment.tenant`;
    await ensureTopics(kafka, [topic]);
    const relay = new OutboxRelay({ dataSource, kafka, log, pollMs: 100 });
    relay.start();
    const messages = await readTopic(topic, 20);
    await relay.stop();
    expect(messages.map((m) => JSON.parse(m.value).data.displayName)).toEqual(names);
    expect(messages.every((m) => m.key === tenantId)).toBe(true);
    const [after] = await dataSource.query('SELECT COUNT(*) AS pending FROM outbox_event WHERE published_at IS NULL');
    expect(Number(after.pending)).toBe(0);
  });

  it('rolls back the state change when an event does not match its schema', async () => {
    const unitOfWork = new UnitOfWork(dataSource, new Outbox(catalog, ENROLLMENT, prefix));
    await expect(
      unitOfWork.run(async (tx) => {
        await tx.manager.query("INSERT INTO probe_effect (event_id, display_name) VALUES ('x', 'should vanish')");
        tx.raise({ ...tenantSignedUp('x'), data: { nonsense: true } });
      }),
    ).rejects.toThrow(/does not match its schema/);
    expect(await effects()).toEqual([]);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 30000): Promise<void> {
  return waitForAsync(async () => condition(), timeoutMs);
}

async function waitForAsync(condition: () => Promise<boolean>, timeoutMs = 30000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
