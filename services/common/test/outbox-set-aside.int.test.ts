import { Kafka, logLevel } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import {
  createBrokerClient,
  createDataSource,
  createLogger,
  DomainEvent,
  EVENT_TABLE_MIGRATIONS,
  EventCatalog,
  eventSourceOf,
  openDatabase,
  Outbox,
  OutboxRelay,
  parseKafkaMessage,
  recreateTestDatabase,
  serializeCloudEvent,
  toCloudEvent,
  UnitOfWork,
} from '../src';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { testSettings, runId } = require('../../../test/support/settings');

const settings = testSettings();
const log = createLogger('outbox-set-aside-test', 'silent');
const catalog = EventCatalog.load();
const ENROLLMENT = eventSourceOf('enrollment');
const kafka = createBrokerClient({ clientId: 'outbox-set-aside-test', brokers: settings.KAFKA_BROKERS.split(',') });
const database = `channelgraph_setaside_${runId()}_test`;

function signedUp(name: string, size: 'small' | 'large'): DomainEvent {
  const tenantId = randomUUID();
  const long = (n: number) => 'x'.repeat(n);
  return {
    type: 'channelgraph.enrollment.TenantSignedUp.v1',
    subject: tenantId,
    tenantId,
    data: {
      tenantId,
      domain: size === 'large' ? `${long(60)}.${long(60)}.${long(60)}.example.com` : 'small.example.com',
      displayName: size === 'large' ? `${name} ${long(190)}` : name,
      country: 'US',
      admin: { userId: randomUUID(), fullName: size === 'large' ? long(200) : 'Probe', email: 'probe@example.com' },
      signedUpAt: new Date().toISOString(),
    },
  };
}

/** DESIGN §8: an event Kafka refuses for good is set aside after OUTBOX_MAX_ATTEMPTS, reported, and the queue behind it goes on. */
describe('an outbox event that Kafka can never take', () => {
  let dataSource: DataSource;
  const prefix = `${settings.KAFKA_TOPIC_PREFIX}setaside-${randomUUID().slice(0, 8)}.`;
  const topic = `${prefix}channelgraph.enrollment.tenant`;

  beforeAll(async () => {
    await recreateTestDatabase(settings.MYSQL_URL, database);
    dataSource = await openDatabase(createDataSource({ mysqlUrl: settings.MYSQL_URL, database, entities: [], migrations: EVENT_TABLE_MIGRATIONS }));
  });
  afterAll(async () => {
    await dataSource?.query(`DROP DATABASE IF EXISTS \`${database}\``).catch(() => undefined);
    await dataSource?.destroy();
  });

  it('is set aside after 3 refusals while the events before and after it are published, in order', async () => {
    // A topic that takes the small events but not the large one (its limit sits between their sizes).
    const small = serializeCloudEvent(toCloudEvent(ENROLLMENT, signedUp('before', 'small'))).length;
    const large = serializeCloudEvent(toCloudEvent(ENROLLMENT, signedUp('too large', 'large'))).length;
    expect(large - small).toBeGreaterThan(400);
    // A topic whose size limit lets the small events through and not the large one (kafkajs waits for its leader).
    const admin = new Kafka({ clientId: 'outbox-set-aside-test', brokers: settings.KAFKA_BROKERS.split(','), logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic, numPartitions: 1, configEntries: [{ name: 'max.message.bytes', value: String(small + 200) }] }],
    });
    await admin.disconnect();

    const unitOfWork = new UnitOfWork(dataSource, new Outbox(catalog, ENROLLMENT, prefix));
    await unitOfWork.run(async (tx) => {
      tx.raise(signedUp('before', 'small'));
      tx.raise(signedUp('too large', 'large'));
      tx.raise(signedUp('after', 'small'));
    });
    const relay = new OutboxRelay({ dataSource, kafka, log, pollMs: 50, maxBackoffMs: 100, maxAttempts: 3 });
    relay.start();
    const deadline = Date.now() + 30_000;
    while (relay.stats.setAside < 1 || relay.stats.published < 2) {
      if (Date.now() > deadline) throw new Error(`set aside ${relay.stats.setAside}, published ${relay.stats.published} after 30 s`);
      await sleep(50);
    }
    await relay.stop();

    const [row] = await dataSource.query("SELECT refusals, set_aside_at, published_at, last_error FROM outbox_event WHERE message LIKE '%too large%'");
    expect(row).toMatchObject({
      refusals: 3,
      published_at: null,
      set_aside_at: expect.any(Date),
      last_error: expect.stringMatching(/too large|MESSAGE_TOO_LARGE|larger/i),
    });
    expect(await relay.backlog()).toMatchObject({ pending: 0, setAside: 1 });

    const consumer = kafka.consumer({ groupId: `reader-${randomUUID()}` });
    const names: string[] = [];
    await consumer.connect();
    await consumer.subscribe([topic], { fromBeginning: true });
    await consumer.run(async ({ message }) => void names.push((parseKafkaMessage(message).data as { displayName: string }).displayName));
    while (names.length < 2 && Date.now() < deadline + 30_000) await sleep(50);
    await consumer.disconnect();
    console.info(
      `set aside: 3 events, the large one (${large} bytes, topic limit ${small + 200}) set aside after ${row.refusals} refusals; published ${names.join(', ')}`,
    );
    expect(names).toEqual(['before', 'after']);
  }, 90_000);
});
