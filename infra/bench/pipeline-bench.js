'use strict';
// Sustained throughput of the event backbone alone: outbox writes → relay → Kafka → idempotent
// consumer, all from @channelgraph/common, on a database holding only the event tables; then the
// delay from a writer's commit to the consumer's committed effect at a steady 200 events/s.
const { randomUUID } = require('node:crypto');
const { performance } = require('node:perf_hooks');
const { setTimeout: sleep } = require('node:timers/promises');
const { databaseOf, dist, log } = require('./stack');
const { percentiles } = require('./report');

const EVENTS = 5000;
const PER_TRANSACTION = 50;
const EVENT_TYPE = 'channelgraph.enrollment.TenantSignedUp.v1';
const TIMEOUT_MS = 300_000;
/** The latency part: one event per transaction (as a request raises it), this many a second, open loop. */
const LATENCY_RATE = 200;
const LATENCY_EVENTS = 2000;

function tenantSignedUp(i) {
  const tenantId = randomUUID();
  return {
    type: EVENT_TYPE,
    subject: tenantId,
    tenantId,
    data: {
      tenantId,
      domain: `pipe-${i}.bench.example.com`,
      displayName: `Pipeline ${i}`,
      country: 'US',
      admin: { userId: randomUUID(), fullName: `Admin ${i}`, email: `admin@pipe-${i}.bench.example.com` },
      signedUpAt: new Date().toISOString(),
    },
  };
}

/**
 * A multi-row outbox insert can deadlock with the relay's SELECT … FOR UPDATE SKIP LOCKED + UPDATE under
 * REPEATABLE READ (the relay's next-key lock on the table's end vs. the writer's next insert); InnoDB
 * then rolls the writer back. Retrying is what an application would do; the bench counts how often.
 */
async function retryOnDeadlock(work, maxRetries = 10) {
  for (let retries = 0; ; retries += 1) {
    try {
      await work();
      return retries;
    } catch (error) {
      const deadlock = error?.driverError?.code === 'ER_LOCK_DEADLOCK' || error?.code === 'ER_LOCK_DEADLOCK';
      if (!deadlock || retries >= maxRetries) throw error;
    }
  }
}

async function runPipelineBench({ mysqlUrl, brokers, topicPrefix }) {
  const common = dist('services/common/dist/index.js');
  const database = databaseOf('pipeline');
  const dataSource = await common.openDatabase(common.createDataSource({ mysqlUrl, database, entities: [], migrations: [...common.EVENT_TABLE_MIGRATIONS] }));
  await dataSource.query('CREATE TABLE bench_effect (event_id CHAR(36) NOT NULL PRIMARY KEY, tenant_id CHAR(36) NOT NULL, handled_at DATETIME(3) NOT NULL)');

  const logger = common.createLogger('bench-pipeline', 'silent');
  /** Tenant id → when its effect committed in the consumer (performance.now()). */
  const effectAt = new Map();
  const catalog = common.EventCatalog.load();
  const kafka = common.createKafka({ brokers: [brokers], clientId: 'bench-pipeline', topicPrefix }, logger);
  const relay = new common.OutboxRelay({ dataSource, kafka, log: logger, pollMs: 250 });
  const unitOfWork = new common.UnitOfWork(dataSource, new common.Outbox(catalog, common.eventSourceOf('enrollment'), topicPrefix), () => relay.kick()); // enrollment's events: consumers believe them only from its source
  const consumer = new common.EventConsumer({
    kafka,
    groupId: `${topicPrefix}bench-pipeline-${Date.now()}`,
    topicPrefix,
    catalog,
    unitOfWork,
    subscriptions: {
      [EVENT_TYPE]: async (event, tx) => {
        await tx.manager.query('INSERT INTO bench_effect (event_id, tenant_id, handled_at) VALUES (?, ?, NOW(3))', [event.id, event.data.tenantId]);
        tx.afterCommit(() => effectAt.set(event.data.tenantId, performance.now()));
      },
    },
    log: logger,
    maxAttempts: 3,
    retryBaseMs: 20,
  });

  try {
    // Topics are created and the group joined before the clock starts: only the steady state is measured.
    await common.ensureTopics(kafka, [common.physicalTopic(topicPrefix, catalog.contract(EVENT_TYPE).topic)]);
    await consumer.start();
    await consumer.whenJoined();
    relay.start();
    log(`pipeline: writing ${EVENTS} events in transactions of ${PER_TRANSACTION} while relay and consumer run...`);

    const t0 = performance.now();
    let deadlockRetries = 0;
    for (let i = 0; i < EVENTS; i += PER_TRANSACTION) {
      deadlockRetries += await retryOnDeadlock(() =>
        unitOfWork.run(async (tx) => {
          for (let j = i; j < Math.min(EVENTS, i + PER_TRANSACTION); j += 1) tx.raise(tenantSignedUp(j));
        }),
      );
    }
    const writeSeconds = (performance.now() - t0) / 1000;
    let publishedSeconds = null;
    const deadline = Date.now() + TIMEOUT_MS;
    while (consumer.stats.handled < EVENTS) {
      if (publishedSeconds === null && relay.stats.published >= EVENTS) publishedSeconds = (performance.now() - t0) / 1000;
      if (consumer.stats['dead-lettered'] > 0) throw new Error(`${consumer.stats['dead-lettered']} events went to the DLQ`);
      if (Date.now() > deadline) throw new Error(`consumer handled only ${consumer.stats.handled} of ${EVENTS} events within ${TIMEOUT_MS / 1000}s`);
      await sleep(10);
    }
    const totalSeconds = (performance.now() - t0) / 1000;
    publishedSeconds ??= totalSeconds;

    const [{ effects }] = await dataSource.query('SELECT COUNT(*) AS effects FROM bench_effect');
    if (Number(effects) !== EVENTS) throw new Error(`expected ${EVENTS} effect rows, found ${effects}`);
    log(
      `pipeline: ${(EVENTS / totalSeconds).toFixed(0)} events/s end to end (${totalSeconds.toFixed(2)}s), writes alone ${(EVENTS / writeSeconds).toFixed(0)}/s`,
    );
    const latency = await measureLatency(unitOfWork, effectAt, consumer);
    return {
      events: EVENTS,
      perTransaction: PER_TRANSACTION,
      writeSeconds,
      writeEventsPerSecond: EVENTS / writeSeconds,
      publishedSeconds,
      totalSeconds,
      endToEndEventsPerSecond: EVENTS / totalSeconds,
      writerDeadlockRetries: deadlockRetries,
      latency,
      consumerStats: { ...consumer.stats },
      relayStats: { ...relay.stats },
    };
  } finally {
    await relay.stop();
    await consumer.stop();
    await dataSource.destroy();
  }
}

/**
 * Commit → effect: events written one per transaction at LATENCY_RATE a second without waiting for each
 * other (requests arrive whether or not the last one finished); each delay runs from the writer's commit
 * to the commit of the consumer's effect, both taken in this process.
 */
async function measureLatency(unitOfWork, effectAt, consumer) {
  log(`pipeline: ${LATENCY_EVENTS} events one per transaction at ${LATENCY_RATE}/s, commit → effect...`);
  const committedAt = new Map();
  const writes = [];
  const t0 = performance.now();
  for (let i = 0; i < LATENCY_EVENTS; i += 1) {
    const wait = t0 + (i * 1000) / LATENCY_RATE - performance.now();
    if (wait > 0) await sleep(wait);
    const event = tenantSignedUp(EVENTS + i);
    writes.push(
      unitOfWork.run(async (tx) => {
        tx.raise(event);
        tx.afterCommit(() => committedAt.set(event.subject, performance.now()));
      }),
    );
  }
  await Promise.all(writes);
  const writeSeconds = (performance.now() - t0) / 1000;
  const deadline = Date.now() + TIMEOUT_MS;
  while ([...committedAt.keys()].some((tenantId) => !effectAt.has(tenantId))) {
    if (consumer.stats['dead-lettered'] > 0) throw new Error(`${consumer.stats['dead-lettered']} events went to the DLQ`);
    if (Date.now() > deadline) throw new Error(`not every effect of the latency part appeared within ${TIMEOUT_MS / 1000}s`);
    await sleep(10);
  }
  const latencyMs = percentiles(
    [...committedAt].map(([tenantId, at]) => Math.round((effectAt.get(tenantId) - at) * 10) / 10),
    [50, 95, 99, 100],
  );
  const rate = LATENCY_EVENTS / writeSeconds;
  log(
    `pipeline: at ${rate.toFixed(0)} events/s, commit → effect p50 ${latencyMs.p50} ms, p95 ${latencyMs.p95} ms, p99 ${latencyMs.p99} ms, max ${latencyMs.max} ms`,
  );
  return { events: LATENCY_EVENTS, targetRate: LATENCY_RATE, achievedRate: rate, latencyMs };
}

module.exports = { runPipelineBench };
