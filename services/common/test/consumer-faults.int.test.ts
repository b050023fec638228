import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import {
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
import { FaultProxy } from '../../../test/support/fault-proxy';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { testSettings, runId } = require('../../../test/support/settings');

const settings = testSettings();
const log = createLogger('consumer-faults-test', 'silent');
const catalog = EventCatalog.load();
const ENROLLMENT = eventSourceOf('enrollment');
const kafka = createBrokerClient({ clientId: 'consumer-faults-test', brokers: settings.KAFKA_BROKERS.split(',') });
const database = `channelgraph_consumerfaults_${runId()}_test`;

const EVENTS = 1000;
const AGGREGATES = 10;
const OUTAGE_MS = 30_000;

/** Where the consumer meets MySQL: through a proxy this test can cut, never touching the shared server. */
describe('a consumer whose database goes away (DESIGN §8: nothing lost, nothing doubled, order kept)', () => {
  let proxy: FaultProxy;
  let direct: DataSource;
  let throughProxy: DataSource;
  let consumer: EventConsumer;
  const prefix = `${settings.KAFKA_TOPIC_PREFIX}faults-${randomUUID().slice(0, 8)}.`;

  beforeAll(async () => {
    const server = new URL(settings.MYSQL_URL);
    proxy = await FaultProxy.start({ host: server.hostname, port: Number(server.port || 3306) });
    await recreateTestDatabase(settings.MYSQL_URL, database);
    direct = await openDatabase(createDataSource({ mysqlUrl: settings.MYSQL_URL, database, entities: [], migrations: EVENT_TABLE_MIGRATIONS }));
    await direct.query(
      'CREATE TABLE IF NOT EXISTS probe_effect (id BIGINT AUTO_INCREMENT PRIMARY KEY, event_id CHAR(36) NOT NULL UNIQUE, aggregate CHAR(36) NOT NULL, seq INT NOT NULL)',
    );
    throughProxy = await openDatabase(createDataSource({ mysqlUrl: proxy.rewrite(settings.MYSQL_URL), database, entities: [], migrations: [] }));
  });
  afterAll(async () => {
    await consumer?.stop();
    await throughProxy?.destroy().catch(() => undefined);
    await direct?.query(`DROP DATABASE IF EXISTS \`${database}\``).catch(() => undefined);
    await direct?.destroy();
    await proxy?.stop();
  });

  it(`handles each of ${EVENTS} events once, in order per aggregate, after ${OUTAGE_MS / 1000} s without its database, dead-lettering none`, async () => {
    consumer = new EventConsumer({
      kafka,
      groupId: `${prefix}group`,
      topicPrefix: prefix,
      catalog,
      unitOfWork: new UnitOfWork(throughProxy, new Outbox(catalog, ENROLLMENT, prefix)),
      subscriptions: {
        'channelgraph.enrollment.TenantSignedUp.v1': async (event, tx) => {
          const [aggregate, seq] = (event.data as { displayName: string }).displayName.split('#');
          await tx.manager.query('INSERT INTO probe_effect (event_id, aggregate, seq) VALUES (?, ?, ?)', [event.id, aggregate, Number(seq)]);
        },
      },
      log,
      // The platform's defaults: before transient failures were told apart, these sent an event to the DLQ after about 3 s.
      maxAttempts: 5,
      retryBaseMs: 200,
      retryMaxMs: 1000,
    });
    await consumer.start();
    await consumer.whenJoined();

    const aggregates = Array.from({ length: AGGREGATES }, () => randomUUID());
    const producer = kafka.producer({ allowAutoTopicCreation: false, idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const messages = Array.from({ length: EVENTS }, (_, i) => {
      const tenantId = aggregates[i % AGGREGATES];
      const event = {
        type: 'channelgraph.enrollment.TenantSignedUp.v1',
        subject: tenantId,
        tenantId,
        data: {
          tenantId,
          domain: 'faults.example.com',
          displayName: `${tenantId}#${Math.floor(i / AGGREGATES)}`,
          country: 'US',
          admin: { userId: randomUUID(), fullName: 'Probe', email: 'probe@example.com' },
          signedUpAt: new Date().toISOString(),
        },
      };
      return { key: tenantId, value: serializeCloudEvent(toCloudEvent(ENROLLMENT, event)), headers: { 'content-type': STRUCTURED_CONTENT_TYPE } };
    });
    await producer.send(`${prefix}channelgraph.enrollment.tenant`, messages);
    await producer.disconnect();
    const effects = async () => Number((await direct.query('SELECT COUNT(*) AS n FROM probe_effect'))[0].n);
    // Cut while the consumer is working through them, some handled, most not.
    while ((await effects()) < EVENTS / 5) await sleep(5);
    proxy.cut();
    const handledBeforeCut = await effects();
    await sleep(OUTAGE_MS);
    const refusedWhileCut = proxy.refused;
    proxy.restore();

    const restoredAt = Date.now();
    for (let count = 0; count < EVENTS;) {
      if (Date.now() - restoredAt > 60_000) throw new Error(`only ${count} of ${EVENTS} events handled a minute after the database came back`);
      await sleep(100);
      count = await effects();
    }
    const catchUpMs = Date.now() - restoredAt;

    const rows: Array<{ aggregate: string; seq: number }> = await direct.query('SELECT aggregate, seq FROM probe_effect ORDER BY id');
    const outOfOrder = aggregates.filter((aggregate) => {
      const seqs = rows.filter((row) => row.aggregate === aggregate).map((row) => row.seq);
      return seqs.some((seq, i) => i > 0 && seq < seqs[i - 1]);
    });
    console.info(
      `database outage: ${EVENTS} events, ${handledBeforeCut} handled when the ${OUTAGE_MS / 1000} s cut came (${refusedWhileCut} connections refused), caught up ${catchUpMs} ms after; ` +
        `handled ${consumer.stats.handled}, dead-lettered ${consumer.stats['dead-lettered']}, effects ${rows.length}, aggregates out of order ${outOfOrder.length}`,
    );
    expect(refusedWhileCut).toBeGreaterThan(0);
    expect(consumer.stats['dead-lettered']).toBe(0);
    expect(rows).toHaveLength(EVENTS);
    expect(outOfOrder).toEqual([]);
  }, 240_000);
});
