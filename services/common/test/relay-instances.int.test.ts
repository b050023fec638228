import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import {
  createBrokerClient,
  EVENT_TABLE_MIGRATIONS,
  createDataSource,
  createLogger,
  DomainEvent,
  ensureTopics,
  EventCatalog,
  eventSourceOf,
  openDatabase,
  Outbox,
  OutboxRelay,
  parseKafkaMessage,
  recreateTestDatabase,
  UnitOfWork,
} from '../src';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { testSettings, runId } = require('../../../test/support/settings');

const settings = testSettings();
const log = createLogger('relay-instances-test', 'silent');
const catalog = EventCatalog.load();
const kafka = createBrokerClient({ clientId: 'relay-instances-test', brokers: settings.KAFKA_BROKERS.split(',') });
const database = `channelgraph_relays_${runId()}_test`;

const EVENTS = 1000;
const AGGREGATES = 10;

function signedUp(tenantId: string, seq: number): DomainEvent {
  return {
    type: 'channelgraph.enrollment.TenantSignedUp.v1',
    subject: tenantId,
    tenantId,
    data: {
      tenantId,
      domain: 'relays.example.com',
      displayName: String(seq),
      country: 'US',
      admin: { userId: randomUUID(), fullName: 'Probe', email: 'probe@example.com' },
      signedUpAt: new Date().toISOString(),
    },
  };
}

/** Reads a topic until `count` events came, as `{ aggregate, seq }` in the order Kafka holds them per partition. */
async function readEvents(topic: string, count: number, timeoutMs = 60_000) {
  const consumer = kafka.consumer({ groupId: `reader-${randomUUID()}` });
  const seen: Array<{ aggregate: string; seq: number; id: string }> = [];
  await consumer.connect();
  await consumer.subscribe([topic], { fromBeginning: true });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`only ${seen.length} of ${count} events on ${topic}`)), timeoutMs);
    void consumer.run(async ({ message }) => {
      const event = parseKafkaMessage(message);
      seen.push({ aggregate: event.subject!, seq: Number((event.data as { displayName: string }).displayName), id: event.id });
      if (seen.length >= count) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  // Anything beyond `count` would be a duplicate: give it a moment to show.
  await sleep(1000);
  await consumer.disconnect();
  return seen;
}

/** DESIGN §8: any number of relay instances keep each aggregate's events in commit order, each once. */
describe('two outbox relays on one database', () => {
  let dataSource: DataSource;
  const prefix = `${settings.KAFKA_TOPIC_PREFIX}relays-${randomUUID().slice(0, 8)}.`;
  const topic = `${prefix}channelgraph.enrollment.tenant`;

  beforeAll(async () => {
    await recreateTestDatabase(settings.MYSQL_URL, database);
    dataSource = await openDatabase(createDataSource({ mysqlUrl: settings.MYSQL_URL, database, entities: [], migrations: EVENT_TABLE_MIGRATIONS }));
    await ensureTopics(kafka, [topic]);
  });
  afterAll(async () => {
    await dataSource?.query(`DROP DATABASE IF EXISTS \`${database}\``).catch(() => undefined);
    await dataSource?.destroy();
  });

  it(`publish ${EVENTS} events of ${AGGREGATES} aggregates in commit order, each once, also when the active one stops midway`, async () => {
    const unitOfWork = new UnitOfWork(dataSource, new Outbox(catalog, eventSourceOf('enrollment'), prefix));
    const aggregates = Array.from({ length: AGGREGATES }, () => randomUUID());
    for (let i = 0; i < EVENTS; i += 50) {
      await unitOfWork.run(async (tx) => {
        for (let j = i; j < i + 50; j += 1) tx.raise(signedUp(aggregates[j % AGGREGATES], Math.floor(j / AGGREGATES)));
      });
    }
    // Small batches, so the two relays would interleave if both published at once.
    const relays = [0, 1].map(() => new OutboxRelay({ dataSource, kafka, log, pollMs: 50, batchSize: 20 }));
    const startedAt = Date.now();
    relays.forEach((relay) => relay.start());
    // Stop whichever has published first, midway: the other must carry on.
    while (relays.every((relay) => relay.stats.published < EVENTS / 4)) await sleep(10);
    const first = relays.find((relay) => relay.stats.published >= EVENTS / 4)!;
    await first.stop();
    const second = relays.find((relay) => relay !== first)!;

    const seen = await readEvents(topic, EVENTS);
    await second.stop();
    const outOfOrder = aggregates.filter((aggregate) => {
      const seqs = seen.filter((event) => event.aggregate === aggregate).map((event) => event.seq);
      return seqs.some((seq, i) => i > 0 && seq <= seqs[i - 1]);
    });
    const duplicates = seen.length - new Set(seen.map((event) => event.id)).size;
    console.info(
      `two relays: ${EVENTS} events in ${Date.now() - startedAt} ms; published ${relays[0].stats.published} + ${relays[1].stats.published}; ` +
        `received ${seen.length}, duplicates ${duplicates}, aggregates out of order ${outOfOrder.length}`,
    );
    expect(seen).toHaveLength(EVENTS);
    expect(duplicates).toBe(0);
    expect(outOfOrder).toEqual([]);
    const [{ pending }] = await dataSource.query('SELECT COUNT(*) AS pending FROM outbox_event WHERE published_at IS NULL');
    expect(Number(pending)).toBe(0);
  }, 120_000);
});
