import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  accessRevocationSubscriptions,
  alongside,
  CreateAccessRevocations1764400000000,
  EVENT_TABLE_MIGRATIONS,
  createDataSource,
  openDatabase,
  Principal,
  recordAccessRevocation,
  refusingRevokedAccess,
  REMOVED_USER_VERSION,
  Subscriptions,
  TokenVerifier,
} from '../src';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { testSettings, testDatabase } = require('../../../test/support/settings');

describe('refusing tokens of users whose access was taken away', () => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = await openDatabase(
      createDataSource({
        mysqlUrl: testSettings().MYSQL_URL,
        database: testDatabase('common'),
        entities: [],
        migrations: [...EVENT_TABLE_MIGRATIONS, CreateAccessRevocations1764400000000],
      }),
    );
  });
  afterAll(async () => {
    await dataSource?.destroy();
  });

  /** Signature checks are jose's business; here each "token" simply names its principal. */
  const signed: TokenVerifier = { verify: async (token) => JSON.parse(token) as Principal };
  const tokenOf = (userId: string, accessVersion?: number) =>
    JSON.stringify({
      userId,
      tenantId: randomUUID(),
      roles: ['ADMIN_AGENT'],
      mustChangePassword: false,
      ...(accessVersion === undefined ? {} : { accessVersion }),
    });
  const verify = (token: string) => refusingRevokedAccess(signed, dataSource).verify(token);

  it('accepts tokens of users it has no record of, and versions at or above the recorded one', async () => {
    const userId = randomUUID();
    await expect(verify(tokenOf(userId))).resolves.toMatchObject({ userId });
    await recordAccessRevocation(dataSource.manager, userId, 2);
    await expect(verify(tokenOf(userId, 2))).resolves.toMatchObject({ userId });
    await expect(verify(tokenOf(userId, 3))).resolves.toMatchObject({ userId });
  });

  it('refuses older versions as UNAUTHENTICATED, saying to sign in again', async () => {
    const userId = randomUUID();
    await recordAccessRevocation(dataSource.manager, userId, 1);
    for (const token of [tokenOf(userId), tokenOf(userId, 0)]) {
      await expect(verify(token)).rejects.toMatchObject({
        extensions: { code: 'UNAUTHENTICATED' },
        message: expect.stringMatching(/roles or your password have changed.*sign in again/),
      });
    }
  });

  it('never lowers a recorded version (a late or redelivered event changes nothing)', async () => {
    const userId = randomUUID();
    await recordAccessRevocation(dataSource.manager, userId, 3);
    await recordAccessRevocation(dataSource.manager, userId, 1);
    await expect(verify(tokenOf(userId, 2))).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses every token of a removed user, from the events other services consume', async () => {
    const userId = randomUUID();
    const removed = { id: randomUUID(), type: 'channelgraph.enrollment.UserRemoved.v1', data: { userId } } as const;
    await dataSource.transaction((manager) => accessRevocationSubscriptions[removed.type]!(removed as never, { manager, raise: () => undefined } as never));
    const [row] = await dataSource.query('SELECT valid_from_version FROM access_revocation WHERE user_id = ?', [userId]);
    expect(Number(row.valid_from_version)).toBe(REMOVED_USER_VERSION);
    await expect(verify(tokenOf(userId, 1_000_000))).rejects.toMatchObject({ message: expect.stringMatching(/removed/) });
  });
});

describe('alongside', () => {
  it('runs both handlers of an event both sets subscribe to, and each of the others', async () => {
    const calls: string[] = [];
    const handler = (name: string) => async () => void calls.push(name);
    const [a, b, c] = ['channelgraph.enrollment.UserAdded.v1', 'channelgraph.enrollment.UserRemoved.v1', 'channelgraph.enrollment.TenantSignedUp.v1'] as const;
    const own: Subscriptions = { [a]: handler('own a'), [b]: handler('own b') };
    const merged = alongside(own, { [b]: handler('other b'), [c]: handler('other c') });
    for (const type of [a, b, c]) await merged[type]!({} as never, {} as never);
    expect(calls).toEqual(['own a', 'own b', 'other b', 'other c']);
  });
});
