#!/usr/bin/env node
'use strict';
// `npm run bench`: builds, starts Kafka (if needed), an SMTP catcher and the whole stack on *_bench databases, each
// subgraph, our gateway and a bare @apollo/gateway a process of its own (stack.js), then measures (1) `me` and the
// partner dashboard direct / bare gateway / our gateway, the load from another process, with each process's CPU per
// request, (2) sign-up → notification event latency, (3) sustained outbox → Kafka → consumer throughput,
// (4) emails per second to the SMTP catcher and the delay from event to SMTP acceptance.
// channel-bench.js adds sign-in, a partner's 10,000 customers, SQL statements per query, authorize and acceptance delay;
// directory-bench.js the partner directory searched over 10,000 partners.
// Tables and the issue's targets on stdout, progress on stderr, JSON and an HTML page in bench-results/.
const { existsSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { root, build } = require('../lib/install');

// Same .env as `npm start`, for MYSQL_URL / KAFKA_PORT; the services get only the env built below.
if (existsSync(path.join(root, '.env'))) process.loadEnvFile(path.join(root, '.env'));
// Libraries read NODE_ENV from the process: production mode here too (the stack's processes set their own, service-main.js).
process.env.NODE_ENV ??= 'production';

const { ensureKafka, stopKafka } = require('../kafka');
const { startSmtpCatcher } = require('../smtp-catcher');
const { checkMysql } = require('../lib/mysql');
const { SERVICES, databaseOf, log, recreateBenchDatabases, benchEnv, startStack, signUp, withTimeout } = require('./stack');
const { runHttpBench, badResponses, databaseServerPid } = require('./http-bench');
const { runEventLatencyBench } = require('./event-latency');
const { runPipelineBench } = require('./pipeline-bench');
const { runEmailBench, renderEmail } = require('./email-bench');
const { CHANNEL_BENCH_ENV, runChannelBench } = require('./channel-bench');
const { renderDirectory, runDirectoryBench } = require('./directory-bench');
const { render, renderTargets, writeResults } = require('./report');

const running = { kafka: null, catcher: null, stack: null, topicPrefixes: [] };

async function main() {
  const startedAt = new Date().toISOString();
  const runId = Date.now();
  const mysqlUrl = process.env.MYSQL_URL || 'mysql://root@127.0.0.1:3306';
  const topicPrefix = `bench-${runId}.`;
  const pipelinePrefix = `bench-${runId}-pipeline.`;
  running.topicPrefixes = [topicPrefix, pipelinePrefix];

  build();
  log(`MySQL ${await checkMysql(mysqlUrl)}; recreating the *_bench databases...`);
  await recreateBenchDatabases(mysqlUrl, [...SERVICES, 'pipeline'].map(databaseOf));
  running.kafka = await ensureKafka({ port: Number(process.env.KAFKA_PORT || 9092) });
  running.catcher = await startSmtpCatcher({ smtpPort: 0, httpPort: 0 });
  log(
    `Kafka ${running.kafka.brokers}${running.kafka.startedHere ? ' (started here)' : ''}, SMTP catcher on port ${running.catcher.smtpPort}; starting the stack...`,
  );
  const env = benchEnv({ mysqlUrl, brokers: running.kafka.brokers, topicPrefix, smtpPort: running.catcher.smtpPort });
  Object.assign(env, CHANNEL_BENCH_ENV);
  const stack = (running.stack = await startStack(env));
  log(
    `stack up: ${stack
      .processes()
      .map((p) => `${p.name} pid ${p.pid}`)
      .join(', ')}; gateway ${stack.gateway.url}, bare gateway ${stack.bare.url}`,
  );
  const mysqlPid = databaseServerPid();
  if (!mysqlPid) log('no database server process readable on this machine: its CPU is left out');

  const { token } = await signUp(stack.gateway.url, `http-${runId}`);
  const http = { me: await runHttpBench('me', { token, stack, mysqlPid }) };

  const events = await runEventLatencyBench({ gatewayUrl: stack.gateway.url, mysqlUrl, runId });
  const email = await runEmailBench({ env, smtpApiUrl: `http://127.0.0.1:${running.catcher.httpPort}`, runId });
  const { session, ...channel } = await runChannelBench({ stack, mysqlUrl, runId });
  // The dashboard of the channel bench's partner: its 10,000 customers, the same data for every contender.
  http.dashboard = await runHttpBench('dashboard', { partner: session, stack, mysqlPid });
  // Free the CPU and memory the bare gateway holds; nothing else uses it.
  await stack.bare.stop();
  const directory = await runDirectoryBench({ stack, mysqlUrl, runId });

  // Mail delivery is not what part 3 measures: without the notification service it cannot be the bottleneck.
  log('pipeline: stopping the notification service...');
  await stack.services.notification.stop();
  const pipeline = await runPipelineBench({ mysqlUrl, brokers: running.kafka.brokers, topicPrefix: pipelinePrefix });

  const results = {
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      nodeEnv: process.env.NODE_ENV,
    },
    setup: {
      processes: Object.fromEntries(stack.all().map((p) => [p.name, p.pid])),
      databaseServerPid: mysqlPid,
      mysqlUrl: redact(mysqlUrl),
      kafka: running.kafka.brokers,
      topicPrefix,
      pipelineTopicPrefix: pipelinePrefix,
      outboxPollMs: 250,
    },
    http,
    events,
    pipeline,
    channel,
    directory,
    email,
  };
  const text = `${render(results)}\n\n${renderEmail(email)}\n\n${renderDirectory(directory).join('\n')}\n\n${renderTargets(results)}`;
  process.stdout.write(`\n${text}\n\n`);
  const files = writeResults(root, results, text);
  log(`results written to ${path.relative(process.cwd(), files.json)} and ${path.relative(process.cwd(), files.html)} (and bench-results/latest.*)`);
  const bad = Object.values(http)
    .flatMap((q) => Object.values(q.targets))
    .reduce((sum, t) => sum + badResponses(t), 0);
  if (bad > 0) log(`WARNING: ${bad} failed or wrong responses under load; see the table`);
}

const redact = (url) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

/** Each run uses fresh topics; drop them afterwards so the local broker does not pile them up. */
async function deleteTopics(brokers, prefixes) {
  const { createBrokerClient } = require('../lib/broker-client');
  const admin = createBrokerClient({ clientId: 'bench-cleanup', brokers: [brokers] }).admin();
  try {
    await admin.connect();
    const topics = (await admin.listTopics()).filter((topic) => prefixes.some((prefix) => topic.startsWith(prefix)));
    if (topics.length > 0) await admin.deleteTopics(topics, { timeoutMs: 10_000 });
  } catch (error) {
    log(`could not delete this run's topics (${error.message}); harmless, they only take space`);
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

let stopping;
/** Stops everything that was started, in reverse order; never throws. */
function stopAll() {
  stopping ??= (async () => {
    const problems = running.stack ? await running.stack.stop() : [];
    // Only once nothing consumes them any more, or a consumer's metadata request would auto-create them again.
    if (running.kafka) await deleteTopics(running.kafka.brokers, running.topicPrefixes);
    if (running.catcher) await withTimeout(running.catcher.close(), 10_000, 'SMTP catcher close').catch((e) => problems.push(e.message));
    if (running.kafka?.startedHere) await stopKafka().catch((e) => problems.push(`Kafka stop: ${e.message}`));
    for (const problem of problems) log(`while stopping: ${problem}`);
    return problems.length === 0;
  })();
  return stopping;
}

process.once('SIGINT', () => {
  log('interrupted; stopping...');
  stopAll().finally(() => process.exit(130));
});

main()
  .then(async () => {
    const clean = await stopAll();
    log(clean ? 'done' : 'done, but something did not stop cleanly');
    process.exit(0);
  })
  .catch(async (error) => {
    process.stderr.write(`\n[bench] FAILED: ${error?.stack || error}\n`);
    await stopAll();
    process.exit(1);
  });
