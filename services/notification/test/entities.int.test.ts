import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { baseContext, ENTITIES_QUERY, inProcessSubgraph, openTestDatabase, principal } from '../../../test/support/subgraph';
import { RequestContextBase } from '@channelgraph/common';
import { createResolvers, NotificationDeps } from '../src/graphql/resolvers';
import { entities, notificationEntity } from '../src/store/entities';
import { notificationMigrations } from '../src/store/migrations';
import { testEmailBodies } from './support/bodies';
import { idempotencyKeyOf } from '../src/mail/queue';

describe('notification entities and the notifications query', () => {
  let dataSource: DataSource;
  let subgraph: Awaited<ReturnType<typeof inProcessSubgraph<RequestContextBase>>>;
  const tenant = randomUUID();
  const rows = Array.from({ length: 5 }, (_, i) => {
    const id = randomUUID();
    return {
      id,
      idempotencyKey: idempotencyKeyOf(id, 'WELCOME', 'a@example.com'),
      tenantId: tenant,
      kind: 'WELCOME',
      toAddress: `n${i}@example.com`,
      subject: `Mail ${i}`,
      textBody: 't',
      htmlBody: 'h',
      status: 'SENT' as const,
      attempts: 1,
      lastError: null,
      relatedEntityId: tenant,
      nextAttemptAt: new Date(),
      queuedAt: new Date(Date.now() - i * 1000),
      createdAt: new Date(Date.now() - i * 1000),
      updatedAt: new Date(),
      sentAt: new Date(),
    };
  });

  beforeAll(async () => {
    dataSource = await openTestDatabase('notification', entities, notificationMigrations(testEmailBodies()));
    await dataSource.getRepository(notificationEntity).insert(rows);
    subgraph = await inProcessSubgraph<RequestContextBase>('notification', createResolvers({ dataSource } as NotificationDeps));
  });
  afterAll(async () => {
    await subgraph?.stop();
    await dataSource?.destroy();
  });

  it('resolves a notification for its own tenant only', async () => {
    const query = ENTITIES_QUERY('... on Notification { id subject status }');
    const representations = [{ __typename: 'Notification', id: rows[0].id }];
    const own = await subgraph.execute(query, { representations }, baseContext(principal({ tenantId: tenant })));
    const [stored] = await dataSource.query('SELECT subject FROM notification WHERE id = ?', [rows[0].id]);
    expect((own.data as any)._entities).toEqual([{ id: rows[0].id, subject: stored.subject, status: 'SENT' }]);
    const other = await subgraph.execute(query, { representations }, baseContext(principal({ tenantId: randomUUID() })));
    expect((other.data as any)._entities).toEqual([null]);
  });

  it("pages through the tenant's notifications newest first", async () => {
    const query =
      'query($after: String) { notifications(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { subject } } } }';
    const ctx = baseContext(principal({ tenantId: tenant }));
    const subjects: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page += 1) {
      const result = await subgraph.execute(query, { after }, ctx);
      const connection = (result.data as any).notifications;
      expect(connection.totalCount).toBe(5);
      subjects.push(...connection.edges.map((edge: any) => edge.node.subject));
      after = connection.pageInfo.endCursor;
      if (!connection.pageInfo.hasNextPage) break;
    }
    expect(subjects).toEqual(['Mail 0', 'Mail 1', 'Mail 2', 'Mail 3', 'Mail 4']);
  });

  it('refuses a page size out of range and a forged cursor, naming the argument', async () => {
    const ctx = baseContext(principal({ tenantId: tenant }));
    const big = await subgraph.execute('{ notifications(first: 1000) { totalCount } }', {}, ctx);
    expect(big.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    const forged = await subgraph.execute('{ notifications(after: "garbage") { totalCount } }', {}, ctx);
    expect(forged.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it("refuses a cursor this list did not hand out (edited, empty, another filter's or tenant's) instead of starting over", async () => {
    const query =
      'query($after: String, $filter: NotificationFilter) { notifications(first: 1, after: $after, filter: $filter) { edges { node { subject } } pageInfo { endCursor } } }';
    const ctx = baseContext(principal({ tenantId: tenant }));
    const cursor = ((await subgraph.execute(query, {}, ctx)).data as any).notifications.pageInfo.endCursor;
    expect(((await subgraph.execute(query, { after: cursor }, ctx)).data as any).notifications.edges).toEqual([{ node: { subject: 'Mail 1' } }]);
    const [createdAt, id, check] = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    const edited = Buffer.from(JSON.stringify([new Date(Date.parse(createdAt) + 60_000).toISOString(), id, check])).toString('base64url');
    for (const [variables, who] of [
      [{ after: edited }, ctx],
      [{ after: '' }, ctx],
      [{ after: cursor, filter: { kind: 'WELCOME' } }, ctx],
      [{ after: cursor }, baseContext(principal({ tenantId: randomUUID() }))],
    ] as const) {
      const result = await subgraph.execute(query, variables, who);
      expect(result.errors?.[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'after' },
        message: expect.stringContaining('start again from the first page'),
      });
    }
  });
});
