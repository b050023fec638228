import mysql from 'mysql2/promise';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource, EntitySchema } from 'typeorm';
import { createDataSource, createLogger, maskUnexpectedError, openDatabase, recreateTestDatabase } from '../src';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { testSettings, runId } = require('../../../test/support/settings');

const settings = testSettings();
const database = `channelgraph_errorlogs_${runId()}_test`;

interface ProbeRow {
  id: number;
  secret: string;
}
const probeEntity = new EntitySchema<ProbeRow>({
  name: 'Probe',
  tableName: 'probe',
  columns: { id: { type: 'int', primary: true }, secret: { type: 'varchar', length: 200, unique: true } },
});

describe('error logs of failed queries (real MySQL)', () => {
  const file = path.join(os.tmpdir(), `channelgraph-error-logs-${process.pid}.log`);
  let dataSource: DataSource;
  let connection: mysql.Connection;
  const token = randomBytes(32).toString('base64url');
  // What a link token looks like where it could end up in a query: in an invitation URL, as a value.
  const secret = `https://portal.example/invitations/accept?token=${token}`;

  beforeAll(async () => {
    await recreateTestDatabase(settings.MYSQL_URL, database);
    dataSource = await openDatabase(createDataSource({ mysqlUrl: settings.MYSQL_URL, database, entities: [probeEntity], migrations: [] }));
    await dataSource.query('CREATE TABLE probe (id INT PRIMARY KEY, secret VARCHAR(200) NOT NULL, UNIQUE KEY probe_secret (secret))');
    await dataSource.getRepository(probeEntity).insert({ id: 1, secret });
    const url = new URL(settings.MYSQL_URL);
    url.pathname = `/${database}`;
    connection = await mysql.createConnection({ uri: url.toString() });
    process.env.LOG_FILE = file;
  });
  afterAll(async () => {
    delete process.env.LOG_FILE;
    rmSync(file, { force: true });
    await connection?.end();
    await dataSource?.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await dataSource?.destroy();
  });

  const loggedLines = () => readFileSync(file, 'utf8').trim().split('\n');

  async function failure(run: () => Promise<unknown>): Promise<unknown> {
    try {
      await run();
    } catch (error) {
      return error;
    }
    throw new Error('the query was expected to fail');
  }

  it('logs a TypeORM failure, as a resolver error is logged, without its parameter or the value MySQL echoes', async () => {
    const error = await failure(() => dataSource.getRepository(probeEntity).insert({ id: 2, secret }));
    // The check that it is worth testing: the error itself holds the secret, in its parameters, SQL and message.
    expect(JSON.stringify({ ...(error as object), message: (error as Error).message })).toContain(token);
    const log = createLogger('error-logs-typeorm', 'info');
    maskUnexpectedError({ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error, (original) =>
      log.error({ err: original }, 'unexpected error in resolver'),
    );

    const [line] = loggedLines().filter((text) => text.includes('error-logs-typeorm'));
    expect(line).not.toContain(token);
    expect(line).not.toContain(secret);
    const { err } = JSON.parse(line);
    expect(err).toMatchObject({ type: 'QueryFailedError', code: 'ER_DUP_ENTRY', sqlState: '23000', parameterCount: 2 });
    expect(err.message).toMatch(/^Duplicate entry '\?' for key '(probe\.)?probe_secret'$/);
    expect(err.sql).toMatch(/^INSERT INTO `probe`/);
  });

  it('logs a failure of a mysql2 query, whose SQL has the values inlined, without them', async () => {
    const error = await failure(() => connection.query('INSERT INTO probe (id, secret) VALUES (?, ?)', [3, secret]));
    expect((error as { sql: string }).sql).toContain(token);
    createLogger('error-logs-mysql2', 'info').warn({ err: error }, `could not record it: ${(error as Error).message}`);

    const [line] = loggedLines().filter((text) => text.includes('error-logs-mysql2'));
    expect(line).not.toContain(token);
    const { err, msg } = JSON.parse(line);
    expect(err).toMatchObject({ code: 'ER_DUP_ENTRY', sql: 'INSERT INTO probe (id, secret) VALUES (?, ?)' });
    // The line's own text quoted the raw message: the token in its URL is still taken out.
    expect(msg).toContain('?token=[redacted]');
  });
});
