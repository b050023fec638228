import { KafkaJSNonRetriableError } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import {
  BrokerConsumer,
  createBrokerClient,
  EVENT_TABLE_MIGRATIONS,
  createDataSource,
  createLogger,
  EventCatalog,
  EventConsumer,
  eventSourceOf,
  openDatabase,
  Outbox,
  recreateTestDatabase,
  serializeCloudEvent,
  STRUCTURED_CONTENT_TYPE,
  toCloudEvent,
  UnitOfWork,
} from '../src';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { testSettings, runId } = require('../../../test/support/settings');

const settings = testSettings();
const log = createLogger('consumer-restart-test', 'silent');
const catalog = EventCatalog.load();
const ENROLLMENT = eventSourceOf('enrollment');
const kafka = createBrokerClient({ clientId: 'consumer-restart-test', brokers: settings.KAFKA_BROKERS.split(',') });
const database = `channelgraph_consumerrestart_${runId()}_test`;

/**
 * kafkajs stops a consumer for good when it crashes with an error it deems non-retriable (a group coordinator
 * not found right after a broker restart is one). The service's consumer must start again by itself.
 */
describe('a consumer that kafkajs gave up on', () => {
  let db: DataSource;
  let consumer: EventConsumer;
  const prefix = `${settings.KAFKA_TOPIC_PREFIX}restart-${randomUUID().slice(0, 8)}.`;

  beforeAll(async () => {
    await recreateTestDatabase(settings.MYSQL_URL, database);
    db = await openDatabase(createDataSource({ mysqlUrl: settings.MYSQL_URL, database, entities: [], migrations: EVENT_TABLE_MIGRATIONS }));
    await db.query('CREATE TABLE probe_effect (event_id CHAR(36) NOT NULL PRIMARY KEY, name VARCHAR(40) NOT NULL)');
  });
  afterAll(async () => {
    await consumer?.stop();
    await db?.query(`DROP DATABASE IF EXISTS \`${database}\``).catch(() => undefined);
    await db?.destroy();
  });

  it('starts again by itself, then handles the event it crashed on once and the events after it', async () => {
    consumer = new EventConsumer({
      kafka,
      groupId: `${prefix}group`,
      topicPrefix: prefix,
      catalog,
      unitOfWork: new UnitOfWork(db, new Outbox(catalog, ENROLLMENT, prefix)),
      subscriptions: {
        'channelgraph.enrollment.TenantSignedUp.v1': async (event, tx) => {
          await tx.manager.query('INSERT INTO probe_effect (event_id, name) VALUES (?, ?)', [event.id, event.data.displayName]);
        },
      },
      log,
      maxAttempts: 5,
      retryBaseMs: 200,
    });
    const crashes: boolean[] = [];
    await consumer.start();
    await consumer.whenJoined();

    // The next message crashes the consumer the way kafkajs does not restart from.
    jest.spyOn(consumer, 'consume').mockImplementationOnce(async () => {
      throw new KafkaJSNonRetriableError('the group coordinator could not be found');
    });
    const internal = (consumer as unknown as { consumer: BrokerConsumer }).consumer;
    internal.onCrash(({ restart }) => crashes.push(restart));

    const producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    const publish = async (displayName: string) => {
      const tenantId = randomUUID();
      const data = {
        tenantId,
        domain: 'restart.example.com',
        displayName,
        country: 'US',
        admin: { userId: randomUUID(), fullName: 'Probe', email: 'probe@example.com' },
        signedUpAt: new Date().toISOString(),
      };
      const value = serializeCloudEvent(toCloudEvent(ENROLLMENT, { type: 'channelgraph.enrollment.TenantSignedUp.v1', subject: tenantId, tenantId, data }));
      await producer.send(`${prefix}channelgraph.enrollment.tenant`, [{ key: tenantId, value, headers: { 'content-type': STRUCTURED_CONTENT_TYPE } }]);
    };
    await publish('crashed on');
    const names = async () => ((await db.query('SELECT name FROM probe_effect ORDER BY name')) as Array<{ name: string }>).map((row) => row.name);
    for (const deadline = Date.now() + 30_000; crashes.length === 0; await sleep(50)) {
      if (Date.now() > deadline) throw new Error('the consumer did not crash');
    }
    expect(crashes).toEqual([false]);
    await publish('after the restart');
    for (const deadline = Date.now() + 60_000; (await names()).length < 2; await sleep(100)) {
      if (Date.now() > deadline) throw new Error(`the consumer did not start again: handled ${JSON.stringify(await names())}`);
    }
    await producer.disconnect();
    await sleep(1000);
    expect(await names()).toEqual(['after the restart', 'crashed on']);
    expect(consumer.inGroup).toBe(true);
  }, 120_000);
});
