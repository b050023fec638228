import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
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
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { testSettings, runId } = require('../../../test/support/settings');

const settings = testSettings();
const log = createLogger('dlq-replay-test', 'silent');
const catalog = EventCatalog.load();
const ENROLLMENT = eventSourceOf('enrollment');
const kafka = createBrokerClient({ clientId: 'dlq-replay-test', brokers: settings.KAFKA_BROKERS.split(',') });
const database = `channelgraph_dlqreplay_${runId()}_test`;

/** `npm run dlq -- …`, as an operator runs it. */
function dlq(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(__dirname, '../../../infra/dlq.js'), ...args],
      { env: { PATH: process.env.PATH ?? '', KAFKA_BROKERS: settings.KAFKA_BROKERS } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function until(what: string, condition: () => Promise<boolean> | boolean, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(100);
  }
}

describe('npm run dlq: an event dead-lettered, its cause fixed, replayed', () => {
  let dataSource: DataSource;
  let consumer: EventConsumer;
  const prefix = `${settings.KAFKA_TOPIC_PREFIX}dlq-${randomUUID().slice(0, 8)}.`;
  const topic = `${prefix}channelgraph.enrollment.tenant`;

  beforeAll(async () => {
    await recreateTestDatabase(settings.MYSQL_URL, database);
    dataSource = await openDatabase(createDataSource({ mysqlUrl: settings.MYSQL_URL, database, entities: [], migrations: EVENT_TABLE_MIGRATIONS }));
    await dataSource.query('CREATE TABLE known_country (code CHAR(2) PRIMARY KEY)');
    await dataSource.query('CREATE TABLE probe_effect (event_id CHAR(36) PRIMARY KEY, country CHAR(2) NOT NULL)');
  });
  afterAll(async () => {
    await consumer?.stop();
    await dataSource?.query(`DROP DATABASE IF EXISTS \`${database}\``).catch(() => undefined);
    await dataSource?.destroy();
  });

  it('lists it with its reason, replays it once fixed, and a second replay has no second effect', async () => {
    consumer = new EventConsumer({
      kafka,
      groupId: `${prefix}group`,
      topicPrefix: prefix,
      catalog,
      unitOfWork: new UnitOfWork(dataSource, new Outbox(catalog, ENROLLMENT, prefix)),
      subscriptions: {
        // A rule that cannot hold until an operator fixes the data it needs: a permanent failure, so the DLQ.
        'channelgraph.enrollment.TenantSignedUp.v1': async (event, tx) => {
          const { country } = event.data as { country: string };
          const [known] = await tx.manager.query('SELECT code FROM known_country WHERE code = ?', [country]);
          if (!known) throw new Error(`country ${country} is not configured`);
          await tx.manager.query('INSERT INTO probe_effect (event_id, country) VALUES (?, ?)', [event.id, country]);
        },
      },
      log,
      maxAttempts: 2,
      retryBaseMs: 10,
    });
    await consumer.start();
    await consumer.whenJoined();

    const tenantId = randomUUID();
    const event = toCloudEvent(ENROLLMENT, {
      type: 'channelgraph.enrollment.TenantSignedUp.v1',
      subject: tenantId,
      tenantId,
      data: {
        tenantId,
        domain: 'dlq.example.com',
        displayName: 'Replayed Ltd',
        country: 'NZ',
        admin: { userId: randomUUID(), fullName: 'Probe', email: 'probe@example.com' },
        signedUpAt: new Date().toISOString(),
      },
    });
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    await producer.send(topic, [{ key: tenantId, value: serializeCloudEvent(event), headers: { 'content-type': STRUCTURED_CONTENT_TYPE } }]);
    await producer.disconnect();
    await until('the event dead-lettered', () => consumer.stats['dead-lettered'] === 1);

    const listed = await dlq('list', topic);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(event.id);
    expect(listed.stdout).toContain('country NZ is not configured');
    expect((await dlq('replay', topic)).stderr).toMatch(/say which events to replay/);
    expect((await dlq('replay', topic, '--id', randomUUID())).stderr).toMatch(/not in .*\.dlq/);

    await dataSource.query("INSERT INTO known_country (code) VALUES ('NZ')");
    const replayed = await dlq('replay', topic, '--id', event.id);
    expect(replayed.stdout).toContain('1 event(s) replayed');
    await until('the replayed event handled', () => consumer.stats.handled === 1);
    expect(await dataSource.query('SELECT event_id, country FROM probe_effect')).toEqual([{ event_id: event.id, country: 'NZ' }]);

    expect((await dlq('replay', topic, '--all')).code).toBe(0);
    await until('the second replay seen as a duplicate', () => consumer.stats.duplicate === 1);
    expect(await dataSource.query('SELECT COUNT(*) AS n FROM probe_effect')).toEqual([{ n: '1' }]);
  }, 90_000);
});
