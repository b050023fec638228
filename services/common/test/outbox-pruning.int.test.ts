import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createBrokerClient, createDataSource, createLogger, EVENT_TABLE_MIGRATIONS, openDatabase, OutboxRelay, recreateTestDatabase } from '../src';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { testSettings, runId } = require('../../../test/support/settings');

const settings = testSettings();
const database = `channelgraph_outboxpruning_${runId()}_test`;
const log = createLogger('outbox-pruning-test', 'silent');
// Nothing listens there: the relay cannot publish, so rows waiting for Kafka stay waiting.
const unreachableKafka = createBrokerClient({ clientId: 'unreachable', brokers: ['127.0.0.1:1'], retry: { retries: 0 }, connectionTimeoutMs: 200 });

describe('pruning published outbox rows (real MySQL)', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    await recreateTestDatabase(settings.MYSQL_URL, database);
    dataSource = await openDatabase(createDataSource({ mysqlUrl: settings.MYSQL_URL, database, entities: [], migrations: EVENT_TABLE_MIGRATIONS }));
  });
  beforeEach(async () => {
    await dataSource.query('DELETE FROM outbox_event');
  });
  afterAll(async () => {
    await dataSource?.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await dataSource?.destroy();
  });

  /** Rows as the relay leaves them: published `publishedHoursAgo` hours ago, or (null) still waiting. */
  async function insertRows(label: string, count: number, publishedHoursAgo: number | null) {
    for (let i = 0; i < count; i += 1) {
      await dataSource.query(
        `INSERT INTO outbox_event (event_id, topic, event_type, aggregate_id, message, created_at, published_at, attempts)
         VALUES (?, 'probe.topic', 'probe.Type.v1', ?, '{}', NOW(3) - INTERVAL 72 HOUR, ${publishedHoursAgo === null ? 'NULL' : 'NOW(3) - INTERVAL ? HOUR'}, 1)`,
        [randomUUID(), label, ...(publishedHoursAgo === null ? [] : [publishedHoursAgo])],
      );
    }
  }

  async function remaining(): Promise<Record<string, number>> {
    const rows: Array<{ aggregate_id: string; n: string }> = await dataSource.query(
      'SELECT aggregate_id, COUNT(*) AS n FROM outbox_event GROUP BY aggregate_id',
    );
    return Object.fromEntries(rows.map((row) => [row.aggregate_id, Number(row.n)]));
  }

  async function runRelayUntil(relay: OutboxRelay, done: () => boolean) {
    relay.start();
    const deadline = Date.now() + 10000;
    while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    await relay.stop();
  }

  it('deletes rows published longer ago than the retention, in bounded batches, and keeps newer and unpublished ones', async () => {
    await insertRows('published two days ago', 25, 48);
    await insertRows('published an hour ago', 3, 1);
    await insertRows('never published', 4, null);
    const relay = new OutboxRelay({
      dataSource,
      kafka: unreachableKafka,
      log,
      pollMs: 50,
      maxBackoffMs: 100,
      retentionMs: 24 * 3600 * 1000,
      pruneEveryMs: 0,
      pruneBatchSize: 10,
    });

    await runRelayUntil(relay, () => relay.stats.pruned >= 25);

    expect(await remaining()).toEqual({ 'published an hour ago': 3, 'never published': 4 });
    expect(relay.stats.pruned).toBe(25);
    // 25 rows, 10 per DELETE: at least three statements.
    expect(relay.stats.pruneBatches).toBeGreaterThanOrEqual(3);
  });

  it('with a retention of 0 deletes every published row and still never an unpublished one', async () => {
    await insertRows('published just now', 5, 0);
    await insertRows('never published', 2, null);
    const relay = new OutboxRelay({ dataSource, kafka: unreachableKafka, log, pollMs: 50, maxBackoffMs: 100, retentionMs: 0, pruneEveryMs: 0 });

    await runRelayUntil(relay, () => relay.stats.pruned >= 5);

    expect(await remaining()).toEqual({ 'never published': 2 });
  });
});
