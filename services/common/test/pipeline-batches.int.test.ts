import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import {
  createBrokerClient,
  createDataSource,
  createLogger,
  DomainEvent,
  ensureTopics,
  EVENT_TABLE_MIGRATIONS,
  EventCatalog,
  EventConsumer,
  eventSourceOf,
  openDatabase,
  Outbox,
  OutboxRelay,
  recreateTestDatabase,
  UnitOfWork,
} from '../src';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { testSettings, runId } = require('../../../test/support/settings');

const settings = testSettings();
const log = createLogger('pipeline-batches-test', 'silent');
const catalog = EventCatalog.load();
const TYPE = 'channelgraph.enrollment.TenantSignedUp.v1';
const kafka = createBrokerClient({ clientId: 'pipeline-batches-test', brokers: settings.KAFKA_BROKERS.split(',') });
const database = `channelgraph_pipelinebatches_${runId()}_test`;

const EVENTS = 3000;
const AGGREGATES = 40;
const PER_TRANSACTION = 25;

function signedUp(tenantId: string): DomainEvent {
  return {
    type: TYPE,
    subject: tenantId,
    tenantId,
    data: {
      tenantId,
      domain: 'batches.example.com',
      displayName: 'Probe',
      country: 'US',
      admin: { userId: randomUUID(), fullName: 'Probe', email: 'probe@example.com' },
      signedUpAt: new Date().toISOString(),
    },
  };
}

/**
 * DESIGN §8 with batching on both sides: the relays send many rows per producer batch and the consumer
 * commits a run of events per transaction. Written while everything runs, with the active relay stopped
 * and the consumer replaced midway, each event still has its effect once, in its aggregate's order.
 */
describe('the event pipeline in batches', () => {
  let dataSource: DataSource;
  const prefix = `${settings.KAFKA_TOPIC_PREFIX}batches-${randomUUID().slice(0, 8)}.`;
  const consumers: EventConsumer[] = [];
  const relays: OutboxRelay[] = [];

  beforeAll(async () => {
    await recreateTestDatabase(settings.MYSQL_URL, database);
    dataSource = await openDatabase(createDataSource({ mysqlUrl: settings.MYSQL_URL, database, entities: [], migrations: EVENT_TABLE_MIGRATIONS }));
    // No unique key on the event: a second effect of one event would show as a second row.
    await dataSource.query(
      'CREATE TABLE probe_effect (id BIGINT AUTO_INCREMENT PRIMARY KEY, event_id CHAR(36) NOT NULL, aggregate CHAR(36) NOT NULL, seq INT NOT NULL)',
    );
    await ensureTopics(kafka, [`${prefix}channelgraph.enrollment.tenant`]);
  });
  afterAll(async () => {
    for (const relay of relays) await relay.stop();
    for (const consumer of consumers) await consumer.stop();
    await dataSource?.query(`DROP DATABASE IF EXISTS \`${database}\``).catch(() => undefined);
    await dataSource?.destroy();
  });

  it(`hands each of ${EVENTS} interleaved events of ${AGGREGATES} aggregates to its handler once, in order, across a relay handover and a consumer restart`, async () => {
    const outbox = new Outbox(catalog, eventSourceOf('enrollment'), prefix);
    relays.push(...[0, 1].map(() => new OutboxRelay({ dataSource, kafka, log, pollMs: 50, batchSize: 100 })));
    const writer = new UnitOfWork(dataSource, outbox, () => relays.forEach((relay) => relay.kick()));
    const consumerOn = () =>
      new EventConsumer({
        kafka,
        groupId: `${prefix}group`,
        topicPrefix: prefix,
        catalog,
        unitOfWork: new UnitOfWork(dataSource, outbox),
        subscriptions: {
          [TYPE]: async (event, tx) => {
            await tx.manager.query('INSERT INTO probe_effect (event_id, aggregate, seq) VALUES (?, ?, ?)', [event.id, event.subject, event.sequence]);
          },
        },
        log,
        maxAttempts: 3,
        retryBaseMs: 50,
        batchSize: 50,
      });
    const effects = async () => Number((await dataSource.query('SELECT COUNT(*) AS n FROM probe_effect'))[0].n);

    consumers.push(consumerOn());
    await consumers[0].start();
    await consumers[0].whenJoined();
    relays.forEach((relay) => relay.start());

    const aggregates = Array.from({ length: AGGREGATES }, () => randomUUID());
    const writing = (async () => {
      for (let i = 0; i < EVENTS; i += PER_TRANSACTION) {
        await writer.run(async (tx) => {
          // Each transaction touches many aggregates, in an order that changes from one to the next.
          for (let j = i; j < i + PER_TRANSACTION; j += 1) tx.raise(signedUp(aggregates[(j * 7 + Math.floor(j / AGGREGATES)) % AGGREGATES]));
        });
      }
    })();

    // Midway: the relay publishing stops (the other takes over), then the consumer stops and another takes its partitions.
    while (relays.every((relay) => relay.stats.published < EVENTS / 4)) await sleep(5);
    await relays.find((relay) => relay.stats.published >= EVENTS / 4)!.stop();
    while ((await effects()) < EVENTS / 3) await sleep(5);
    await consumers[0].stop();
    consumers.push(consumerOn());
    await consumers[1].start();
    await writing;

    for (const deadline = Date.now() + 90_000; (await effects()) < EVENTS; await sleep(100)) {
      if (Date.now() > deadline) throw new Error(`only ${await effects()} of ${EVENTS} effects a minute and a half after the last write`);
    }
    await sleep(1000);

    const rows: Array<{ event_id: string; aggregate: string; seq: number }> = await dataSource.query(
      'SELECT event_id, aggregate, seq FROM probe_effect ORDER BY id',
    );
    const doubled = rows.length - new Set(rows.map((row) => row.event_id)).size;
    // Every aggregate's effects are its events 1, 2, 3… in that order: none lost, none doubled, none swapped.
    const notInOrder = aggregates.filter((aggregate) => {
      const seqs = rows.filter((row) => row.aggregate === aggregate).map((row) => Number(row.seq));
      return seqs.some((seq, i) => seq !== i + 1);
    });
    const [first, second] = consumers;
    console.info(
      `batches: ${EVENTS} events; relays published ${relays[0].stats.published} + ${relays[1].stats.published}; ` +
        `consumers handled ${first.stats.handled} + ${second.stats.handled} (duplicates ${first.stats.duplicate + second.stats.duplicate}) ` +
        `in ${first.runStats.runs + second.runStats.runs} runs of ${first.runStats.events + second.runStats.events} events; ` +
        `effects ${rows.length}, doubled ${doubled}, aggregates out of order ${notInOrder.length}`,
    );
    expect(rows).toHaveLength(EVENTS);
    expect(doubled).toBe(0);
    expect(notInOrder).toEqual([]);
    expect(first.stats['dead-lettered'] + second.stats['dead-lettered']).toBe(0);
    // Batching did happen on both sides: fewer transactions than events, and both relays published.
    expect(first.runStats.events + second.runStats.events).toBeGreaterThan(first.runStats.runs + second.runStats.runs);
    expect(relays.every((relay) => relay.stats.published > 0)).toBe(true);
  }, 180_000);

  it('dead-letters only the event whose handler fails for good, and waits out a transient failure at the event it hit, in a batch', async () => {
    const topicPrefix = `${prefix}faults.`;
    const outbox = new Outbox(catalog, eventSourceOf('enrollment'), topicPrefix);
    const relay = new OutboxRelay({ dataSource, kafka, log, pollMs: 50 });
    relays.push(relay);
    await dataSource.query('DELETE FROM probe_effect');
    const aggregate = randomUUID();
    let transientLeft = 3;
    const consumer = new EventConsumer({
      kafka,
      groupId: `${topicPrefix}group`,
      topicPrefix,
      catalog,
      unitOfWork: new UnitOfWork(dataSource, outbox),
      subscriptions: {
        [TYPE]: async (event, tx) => {
          if (event.sequence === 40) throw new Error('a rule that can never hold');
          if (event.sequence === 70 && transientLeft > 0) {
            transientLeft -= 1;
            throw Object.assign(new Error('lock wait timeout'), { code: 'ER_LOCK_WAIT_TIMEOUT' });
          }
          await tx.manager.query('INSERT INTO probe_effect (event_id, aggregate, seq) VALUES (?, ?, ?)', [event.id, event.subject, event.sequence]);
        },
      },
      log,
      maxAttempts: 2,
      retryBaseMs: 20,
      batchSize: 50,
    });
    consumers.push(consumer);
    await ensureTopics(kafka, [`${topicPrefix}channelgraph.enrollment.tenant`]);
    await consumer.start();
    await consumer.whenJoined();
    // All 100 committed before the relay starts: they reach the consumer as one batch.
    await new UnitOfWork(dataSource, outbox).run(async (tx) => {
      for (let i = 0; i < 100; i += 1) tx.raise(signedUp(aggregate));
    });
    relay.start();
    for (const deadline = Date.now() + 60_000; consumer.stats.handled + consumer.stats['dead-lettered'] < 100; await sleep(50)) {
      if (Date.now() > deadline) throw new Error(`handled ${consumer.stats.handled}, dead-lettered ${consumer.stats['dead-lettered']} of 100`);
    }
    const seqs = ((await dataSource.query('SELECT seq FROM probe_effect ORDER BY id')) as Array<{ seq: number }>).map((row) => Number(row.seq));
    expect(consumer.stats['dead-lettered']).toBe(1);
    expect(transientLeft).toBe(0);
    expect(seqs).toEqual(Array.from({ length: 100 }, (_, i) => i + 1).filter((seq) => seq !== 40));
    expect(consumer.runStats.fellBack).toBeGreaterThan(0);
  }, 120_000);
});
