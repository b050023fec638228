import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  createDataSource,
  DomainEvent,
  EVENT_TABLE_MIGRATIONS,
  EventCatalog,
  eventSourceOf,
  openDatabase,
  Outbox,
  parseKafkaMessage,
  recreateTestDatabase,
  UnitOfWork,
} from '../src';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { testSettings, runId } = require('../../../test/support/settings');

const settings = testSettings();
const catalog = EventCatalog.load();
const database = `channelgraph_sequence_${runId()}_test`;

function rolesChanged(userId: string, tenantId: string, roles: string[]): DomainEvent {
  return {
    type: 'channelgraph.enrollment.UserRolesChanged.v1',
    subject: userId,
    tenantId,
    data: { userId, tenantId, roles, previousRoles: [], changedByUserId: null, changedAt: new Date().toISOString(), accessVersion: 1 },
  };
}

/** docs/events.md, `sequence`: each aggregate's events are numbered 1, 2, 3… in commit order, whatever runs at once. */
describe("an aggregate's event sequence", () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    await recreateTestDatabase(settings.MYSQL_URL, database);
    dataSource = await openDatabase(
      createDataSource({ mysqlUrl: settings.MYSQL_URL, database, entities: [], migrations: EVENT_TABLE_MIGRATIONS, poolSize: 12 }),
    );
  });
  afterAll(async () => {
    await dataSource?.query(`DROP DATABASE IF EXISTS \`${database}\``).catch(() => undefined);
    await dataSource?.destroy();
  });

  it('numbers 30 concurrent transactions on two shared aggregates without gaps or repeats, in the order the relay will publish them', async () => {
    const unitOfWork = new UnitOfWork(dataSource, new Outbox(catalog, eventSourceOf('enrollment'), settings.KAFKA_TOPIC_PREFIX));
    const tenantId = randomUUID();
    const [first, second] = [randomUUID(), randomUUID()].sort();
    // Each raises two events of one user and one of the other, in opposite orders half of the time: the locks are still taken in one order.
    await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        unitOfWork.run(async (tx) => {
          const [a, b] = index % 2 === 0 ? [first, second] : [second, first];
          tx.raise(rolesChanged(a, tenantId, ['USER_MANAGEMENT_ADMIN']));
          tx.raise(rolesChanged(b, tenantId, ['HELPDESK_AGENT']));
          tx.raise(rolesChanged(a, tenantId, ['BILLING_ADMIN']));
        }),
      ),
    );
    const rows: Array<{ aggregate_id: string; message: string }> = await dataSource.query('SELECT aggregate_id, message FROM outbox_event ORDER BY seq');
    for (const [userId, expected] of [
      [first, 45],
      [second, 45],
    ] as const) {
      const sequences = rows
        .filter((row) => row.aggregate_id === userId)
        .map((row) => parseKafkaMessage({ key: null, value: Buffer.from(row.message), headers: {} }).sequence);
      // The relay publishes in outbox order: that must be 1, 2, 3… for each aggregate.
      expect(sequences).toEqual(Array.from({ length: expected }, (_, index) => index + 1));
    }
    const [{ last }] = await dataSource.query('SELECT last_sequence AS last FROM aggregate_sequence WHERE aggregate_id = ?', [first]);
    expect(Number(last)).toBe(45);
  }, 60_000);

  it('goes on from the last number after the outbox rows are pruned', async () => {
    const unitOfWork = new UnitOfWork(dataSource, new Outbox(catalog, eventSourceOf('enrollment'), settings.KAFKA_TOPIC_PREFIX));
    const userId = randomUUID();
    const tenantId = randomUUID();
    await unitOfWork.run(async (tx) => tx.raise(rolesChanged(userId, tenantId, ['USER_MANAGEMENT_ADMIN'])));
    await dataSource.query('DELETE FROM outbox_event WHERE aggregate_id = ?', [userId]);
    await unitOfWork.run(async (tx) => tx.raise(rolesChanged(userId, tenantId, ['GLOBAL_ADMIN'])));
    const [row] = await dataSource.query('SELECT message FROM outbox_event WHERE aggregate_id = ?', [userId]);
    expect(parseKafkaMessage({ key: null, value: Buffer.from(row.message), headers: {} }).sequence).toBe(2);
  });
});
