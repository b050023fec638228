#!/usr/bin/env node
'use strict';
// `npm test`: the whole suite. Checks (generated resolver and console types, types, lint, formatting, supergraph drift,
// console unit tests), builds the console, then starts Kafka and an SMTP catcher and runs every package's
// jest tests (the browser tests in Chromium among them) against them and the local MySQL.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { root, run, ensureDependencies, buildConsole, ensureChromium } = require('./lib/install');

/** How long jest may take to exit after reporting its results. */
const EXIT_GRACE_MS = 60_000;

/** Removes this run's topics so a long-lived local broker does not collect them. */
async function deleteTopics(brokers, prefix) {
  const { createBrokerClient } = require('./lib/broker-client');
  const admin = createBrokerClient({ clientId: 'test-cleanup', brokers: [brokers] }).admin();
  try {
    await admin.connect();
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics(topics);
  } catch (error) {
    console.error(`[test] could not delete this run's topics: ${error.message}`);
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/**
 * One jest process, in band. A quiet lane's output is kept and printed when it ends, so the two lanes do not
 * interleave. Something a test left open (a server, a timer) keeps jest alive after its summary, for ever:
 * the lane fails after a grace period instead of hanging until someone notices.
 */
function runJest({ name, args, env, quiet = false }) {
  // Jest writes its results here when the last test is done.
  const resultsFile = path.join(os.tmpdir(), `channelgraph-jest-${process.pid}-${env.TEST_RUN_ID}.json`);
  fs.rmSync(resultsFile, { force: true });
  const jestArgs = [path.join(root, 'node_modules/jest/bin/jest.js'), '--runInBand', '--json', `--outputFile=${resultsFile}`, ...args];
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, jestArgs, { cwd: root, env, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    const kept = [];
    if (quiet) for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => kept.push(chunk));
    let deadline;
    const watchdog = setInterval(() => {
      if (!fs.existsSync(resultsFile)) return;
      clearInterval(watchdog);
      deadline = setTimeout(() => {
        console.error(
          `[test] ${name}: jest reported its results but had not exited ${EXIT_GRACE_MS / 1000} s later: a test left something open (find it with -- --detectOpenHandles)`,
        );
        child.kill('SIGKILL');
      }, EXIT_GRACE_MS).unref();
    }, 1000);
    child.on('exit', (status, signal) => {
      clearInterval(watchdog);
      // A lane that exited in time is not stopped later (the other lane keeps this process alive).
      clearTimeout(deadline);
      fs.rmSync(resultsFile, { force: true });
      const code = status ?? (signal ? 1 : 0);
      if (quiet) {
        console.error(`[test] ${name} ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s; its output:`);
        process.stderr.write(Buffer.concat(kept));
      }
      resolve(code);
    });
  });
}

/**
 * `docker compose config` validates docker-compose.yml where the Docker client has its compose plugin,
 * with placeholder values for the secrets compose demands; elsewhere it says it cannot.
 */
function checkComposeFile() {
  const { spawnSync } = require('node:child_process');
  const version = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' });
  if (version.status !== 0) {
    console.error(
      '[setup] docker compose is not installed here: docker-compose.yml is not validated (its runtime dependencies are, by test/e2e/runtime-dependencies)',
    );
    return;
  }
  const placeholders = [
    'MYSQL_ROOT_PASSWORD',
    'KEY_ENCRYPTION_KEY',
    'OPERATOR_PASSWORD',
    'KAFKA_ADMIN_PASSWORD',
    'ENROLLMENT_KAFKA_PASSWORD',
    'RELATIONSHIP_KAFKA_PASSWORD',
    'AGREEMENT_KAFKA_PASSWORD',
    'NOTIFICATION_KAFKA_PASSWORD',
  ];
  run('validating docker-compose.yml (docker compose config)', 'docker', ['compose', '--env-file', '/dev/null', 'config', '--quiet'], {
    env: { ...process.env, ...Object.fromEntries(placeholders.map((name) => [name, 'placeholder-Passw0rd'])) },
  });
}

async function main() {
  const started = Date.now();
  ensureDependencies();
  run('checking the resolver and console types are generated from schema/ and web/src (npm run codegen)', process.execPath, [
    path.join(root, 'node_modules/.bin/graphql-codegen'),
    '--config',
    'codegen.js',
    '--check',
    '--silent',
  ]);
  run('checking the event payload types are generated from schema/events (npm run codegen)', process.execPath, [
    path.join(root, 'infra/event-types.js'),
    '--check',
  ]);
  run('checking docs/access.md and the access table against every query and mutation (npm run codegen)', process.execPath, [
    path.join(root, 'infra/access-doc.js'),
    '--check',
  ]);
  run('type-checking services and tests', process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-b']);
  run('type-checking tests', process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.test.json']);
  run('type-checking the web console', process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'web/tsconfig.json']);
  run('linting', process.execPath, [path.join(root, 'node_modules/eslint/bin/eslint.js'), '.']);
  run('checking the formatting (npm run format writes it)', process.execPath, [
    path.join(root, 'node_modules/prettier/bin/prettier.cjs'),
    '--check',
    '--log-level',
    'warn',
    '.',
  ]);
  run('checking schema/supergraph.graphql against schema/*.graphql', process.execPath, [path.join(root, 'infra/compose.js'), '--check']);
  run('checking schema/asyncapi.json is generated from schema/events and valid AsyncAPI (npm run asyncapi)', process.execPath, [
    path.join(root, 'infra/asyncapi.js'),
    '--check',
  ]);
  run('checking the graph and the events against the last release (schema/released)', process.execPath, [path.join(root, 'infra/contracts.js'), '--check']);
  checkComposeFile();
  run('unit-testing the web console (vitest)', process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run'], { cwd: path.join(root, 'web') });
  buildConsole();
  const chromium = ensureChromium();

  const { checkMysql } = require('./lib/mysql');
  const { ensureKafka, stopKafka } = require('./kafka');
  const { startSmtpCatcher } = require('./smtp-catcher');
  const mysqlUrl = process.env.MYSQL_URL || 'mysql://root@127.0.0.1:3306';
  console.error(`[setup] MySQL ${await checkMysql(mysqlUrl)} at ${mysqlUrl}`);
  const kafka = await ensureKafka();
  const smtpPort = Number(process.env.TEST_SMTP_PORT || 2525);
  const smtpUiPort = Number(process.env.TEST_SMTP_UI_PORT || 2580);
  const catcher = await startSmtpCatcher({ smtpPort, httpPort: smtpUiPort });

  const baseEnv = {
    ...process.env,
    MYSQL_URL: mysqlUrl,
    KAFKA_BROKERS: kafka.brokers,
    TEST_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    TEST_SMTP_API_URL: `http://127.0.0.1:${smtpUiPort}`,
    CHROMIUM_PATH: chromium,
  };
  const startedAt = Date.now();
  const runIdAt = (offsetMs) => `r${(startedAt + offsetMs).toString(36)}`;
  const given = process.argv.slice(2);
  let lanes;
  if (given.length > 0) {
    // Tests named on the command line: one jest, as asked.
    lanes = [{ name: 'jest', args: given, env: { ...baseEnv, TEST_RUN_ID: runIdAt(0) } }];
  } else {
    // The whole suite: the fault suites in a lane of their own beside the rest (test/support/lanes.js).
    const { FAULT_LANE } = require('../test/support/lanes');
    lanes = [
      { name: 'main lane', args: [], env: { ...baseEnv, TEST_RUN_ID: runIdAt(0), TEST_LANE: 'main' } },
      { name: 'fault lane', args: ['--selectProjects', 'e2e', 'abuse', '--', ...FAULT_LANE], env: { ...baseEnv, TEST_RUN_ID: runIdAt(1) }, quiet: true },
    ];
  }
  console.error(
    `[test] running jest (unit, integration against MySQL/Kafka/SMTP, end-to-end through the gateway)${lanes.length > 1 ? '; the fault suites in a second lane, printed when it ends' : ''}`,
  );
  const codes = await Promise.all(lanes.map((lane) => runJest(lane)));
  const code = codes.find((each) => each !== 0) ?? 0;
  await catcher.close();
  for (const lane of lanes) await deleteTopics(kafka.brokers, `test-${lane.env.TEST_RUN_ID}.`);
  if (kafka.startedHere) await stopKafka();
  console.error(`[test] finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.exit(code);
}

main().catch((error) => {
  console.error(`[test] ${error.message}`);
  process.exit(1);
});
