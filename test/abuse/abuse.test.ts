import mysql from 'mysql2/promise';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CATEGORIES, Category, TARGETS } from './categories';
import { LoggedErrors, loggedErrors, leaksInLogs, leaksInResponses, nameOf, serverErrors, uncodedErrors } from './checks';
import { buildCorpus, SEED } from './corpus';
import { differences, settledSnapshot, Snapshot, snapshot } from './database-snapshot';
import type { HostileRequest } from './hostile-request';
import { countTable } from './report';
import { Outcome, sendAll } from './send';
import { buildWorld, World } from './world';
import { Stack, startStack } from '../support/stack';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SERVICES, runId, testDatabase, testSettings } = require('../support/settings');

/**
 * The abuse suite (issue 10): a seeded corpus of hostile requests generated
 * from the schemas, sent to the gateway and to each subgraph directly, with
 * tenant A's valid token unless the request is about tokens. Nothing may
 * answer 5xx, no error may lack a public code, no database may change and no
 * secret may show in a response or a log line.
 */
describe('the abuse suite: hostile requests generated from the schemas', () => {
  const logFile = path.join(os.tmpdir(), `channelgraph-abuse-${runId()}-${process.pid}.log`);
  const databases: string[] = SERVICES.map((service: string) => testDatabase(service));
  let stack: Stack;
  let world: World;
  let corpus: HostileRequest[];
  const outcomes: Outcome[] = [];
  let before: Snapshot;
  let after: Snapshot;
  /** Tables a category changed while it ran (before events settled): where to look when the final comparison fails. */
  const changedBy: string[] = [];
  let logLines: string[] = [];
  let logged: LoggedErrors = new Map();
  let started = 0;
  let hostileMs = 0;

  beforeAll(async () => {
    started = Date.now();
    rmSync(logFile, { force: true });
    // Services log to this file (common/logger.ts), so every line they write can be read back.
    process.env.LOG_FILE = logFile;
    stack = await startStack({ LOG_LEVEL: 'info' });
    world = await buildWorld(stack);
    corpus = buildCorpus(world);

    const connection = await mysql.createConnection({ uri: testSettings().MYSQL_URL });
    try {
      before = await settledSnapshot(connection, databases);
      const hostileStart = Date.now();
      // One category at a time, so that a table changed in the middle can be traced to the category that did it.
      let last = before;
      for (const category of Object.keys(CATEGORIES) as Category[]) {
        const requests = corpus.filter((request) => request.category === category);
        outcomes.push(...(await sendAll(requests, { urls: world.urls, defaultAuthorization: `Bearer ${world.ownToken}`, concurrency: 8, timeoutMs: 20000 })));
        const now = await snapshot(connection, databases);
        for (const change of differences(last, now)) changedBy.push(`${CATEGORIES[category]}: ${change}`);
        last = now;
      }
      hostileMs = Date.now() - hostileStart;
      after = await settledSnapshot(connection, databases);
    } finally {
      await connection.end();
    }
    if (existsSync(logFile)) logLines = readFileSync(logFile, 'utf8').split('\n').filter(Boolean);
    logged = loggedErrors(logLines);
  }, 300000);

  afterAll(async () => {
    await stack?.stop();
    delete process.env.LOG_FILE;
    if (corpus) {
      const slowest = [...outcomes].sort((x, y) => y.ms - x.ms).slice(0, 5);
      console.log(
        `${countTable(corpus, `Abuse corpus (seed ${SEED}): ${corpus.length} requests, hostile phase ${(hostileMs / 1000).toFixed(1)} s, whole suite ${((Date.now() - started) / 1000).toFixed(1)} s`)}` +
          `\nSlowest: ${slowest.map((outcome) => `${nameOf(outcome.request)} ${outcome.ms} ms`).join('; ')}` +
          (changedBy.length > 0 ? `\nTables changed while a category ran:\n  ${changedBy.join('\n  ')}` : ''),
      );
    }
  });

  it('generates at least 500 hostile requests from the schemas, the same ones for the same seed, in every category and for every target', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(500);
    expect(JSON.stringify(buildCorpus(world))).toBe(JSON.stringify(corpus));
    for (const category of Object.keys(CATEGORIES))
      expect([category, corpus.filter((request) => request.category === category).length > 0]).toEqual([category, true]);
    for (const target of TARGETS) expect([target, corpus.filter((request) => request.target === target).length > 0]).toEqual([target, true]);
    expect(outcomes).toHaveLength(corpus.length);
  });

  it('answers every request with a status below 500, in time', () => {
    expect(serverErrors(outcomes, logged)).toEqual([]);
  });

  it('gives every error a public extensions.code (none INTERNAL_SERVER_ERROR) in a GraphQL-shaped answer', () => {
    expect(uncodedErrors(outcomes, logged)).toEqual([]);
  });

  it('leaves every table of the four service databases as it was (row counts and CHECKSUM TABLE)', () => {
    expect(before.size).toBeGreaterThan(20);
    expect(differences(before, after)).toEqual([]);
  });

  it('shows no password, link token, other JWT, key material, SQL text or other tenant data in any response', () => {
    expect(leaksInResponses(outcomes, world.secrets, world.ownToken)).toEqual([]);
  });

  it('writes no password, link token, JWT, key material or SQL text to any log line', () => {
    // The services did log (at info, every start-up says it is ready): an empty file would prove nothing.
    expect(logLines.some((line) => line.includes('subgraph ready'))).toBe(true);
    expect(leaksInLogs(logLines, world.secrets, corpus)).toEqual([]);
  });
});
