'use strict';
// Starts the subgraphs, our gateway and a bare @apollo/gateway over the same supergraph, each as a process of its
// own (service-main.js, from the compiled code in dist/: run.js builds first), on *_bench databases and random ports,
// as a deployment runs them: the load generator, the bench and the servers never share an event loop or a core's
// accounting. Each process's CPU time and memory are read from /proc (proc-stats.js).
const { fork } = require('node:child_process');
const mysql = require('mysql2/promise');
const path = require('node:path');
const { cpuTicks, rssBytes } = require('./proc-stats');

const root = path.resolve(__dirname, '../..');
const dist = (file) => require(path.join(root, file));

const SERVICES = ['enrollment', 'relationship', 'agreement', 'notification'];
/** BENCH_DATABASE_TAG keeps two benches on one database server apart: channelgraph_<service>_<tag>_bench. */
const databaseTag = () => (process.env.BENCH_DATABASE_TAG ? `${process.env.BENCH_DATABASE_TAG.replace(/[^A-Za-z0-9]/g, '')}_` : '');
const databaseOf = (name) => `channelgraph_${name}_${databaseTag()}bench`;
const baseOf = (graphqlUrl) => graphqlUrl.replace(/\/graphql$/, '');
const log = (message) => process.stderr.write(`[bench] ${message}\n`);

const ENTRY = path.join(__dirname, 'service-main.js');
const START_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 20_000;
/** Lines of a process's output kept to explain a start that failed or an exit nobody asked for. */
const KEPT_LINES = 40;
/** How the figures name a process: a subgraph by its name. */
const LABELS = { gateway: 'our gateway', bare: 'bare @apollo/gateway' };

/** Drops and recreates each database; refuses anything that is not a *_bench database. */
async function recreateBenchDatabases(mysqlUrl, names) {
  const connection = await mysql.createConnection({ uri: mysqlUrl, connectTimeout: 5000 });
  try {
    for (const name of names) {
      if (!/^[A-Za-z0-9_]+_bench$/.test(name)) throw new Error(`Refusing to reset "${name}": the bench only touches databases ending in _bench`);
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    }
  } finally {
    await connection.end();
  }
}

/** Environment every service of the bench gets (the same knobs as test/support/stack.ts, with *_bench databases). */
function benchEnv({ mysqlUrl, brokers, topicPrefix, smtpPort }) {
  return {
    // Libraries still run in production mode (service-main.js sets the process's NODE_ENV); the services are told
    // development, since this is no deployment: the local root without a password, the checkout's generated key.
    NODE_ENV: 'development',
    KEY_ENCRYPTION_KEY: require('../lib/local-secrets').localSecrets().KEY_ENCRYPTION_KEY,
    LOG_LEVEL: 'silent',
    MYSQL_URL: mysqlUrl,
    KAFKA_BROKERS: brokers,
    KAFKA_TOPIC_PREFIX: topicPrefix,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    PUBLIC_URL: 'http://portal.channelgraph.bench',
    ENROLLMENT_DATABASE: databaseOf('enrollment'),
    RELATIONSHIP_DATABASE: databaseOf('relationship'),
    AGREEMENT_DATABASE: databaseOf('agreement'),
    NOTIFICATION_DATABASE: databaseOf('notification'),
    ENROLLMENT_PORT: '0',
    RELATIONSHIP_PORT: '0',
    AGREEMENT_PORT: '0',
    NOTIFICATION_PORT: '0',
    OUTBOX_POLL_MS: '250',
    // The bench signs up, signs in and invites far more from 127.0.0.1 than any person would.
    SIGN_IN_MAX_PER_ADDRESS: '1000000',
    SIGN_UPS_PER_ADDRESS_PER_HOUR: '1000000',
    INVITATIONS_PER_TENANT_PER_HOUR: '1000000',
  };
}

/**
 * One process of the stack: forked, up once it sends its URL (a subgraph: once its consumer joined its group too);
 * stopped with SIGTERM as a deployment stops it (SIGKILL if it has not exited after STOP_TIMEOUT_MS).
 */
async function startProcess(role, env) {
  const name = LABELS[role] ?? role;
  const child = fork(ENTRY, [role], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const output = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      output.push(...chunk.split('\n').filter(Boolean));
      output.splice(0, Math.max(0, output.length - KEPT_LINES));
    });
  }
  let stopping = false;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = await new Promise((resolve, reject) => {
    const onExit = (code, signal) => fail(`exited with ${signal ?? `code ${code}`}`);
    const timer = setTimeout(() => fail(`not ready after ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    const fail = (why) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${name} (pid ${child.pid}) did not start: ${why}\n${output.join('\n')}`));
    };
    child.once('exit', onExit);
    child.once('message', (message) => {
      clearTimeout(timer);
      child.removeListener('exit', onExit);
      resolve(message.url);
    });
  });
  child.once('exit', (code, signal) => {
    if (!stopping) log(`${name} (pid ${child.pid}) exited unexpectedly (${signal ?? `code ${code}`}):\n${output.join('\n')}`);
  });
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    name,
    pid: child.pid,
    url,
    running,
    cpuTicks: () => cpuTicks(child.pid),
    rssBytes: () => rssBytes(child.pid),
    async stop() {
      stopping = true;
      if (!running()) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Enrollment first (the others fetch its JWKS), then the other subgraphs, then our gateway and the bare one. */
async function startStack(env) {
  const stack = { services: {}, gateway: null, bare: null };
  stack.stop = () => stopStack(stack);
  /** Every process of the stack started, subgraphs first; processes(): those still running. */
  stack.all = () => [...SERVICES.map((name) => stack.services[name]), stack.bare, stack.gateway].filter(Boolean);
  stack.processes = () => stack.all().filter((p) => p.running());
  // The gateway calls the subgraphs from 127.0.0.1 and names the client in X-Forwarded-For, as under npm start.
  const serviceEnv = { ...env, TRUSTED_PROXIES: 'loopback' };
  try {
    stack.services.enrollment = await startProcess('enrollment', serviceEnv);
    const withJwks = { ...env, ENROLLMENT_URL: baseOf(stack.services.enrollment.url) };
    await Promise.all(
      SERVICES.slice(1).map(async (name) => {
        stack.services[name] = await startProcess(name, { ...withJwks, TRUSTED_PROXIES: 'loopback' });
      }),
    );
    const gatewayEnv = {
      ...withJwks,
      RELATIONSHIP_URL: baseOf(stack.services.relationship.url),
      AGREEMENT_URL: baseOf(stack.services.agreement.url),
      NOTIFICATION_URL: baseOf(stack.services.notification.url),
    };
    [stack.gateway, stack.bare] = await Promise.all([startProcess('gateway', gatewayEnv), startProcess('bare', gatewayEnv)]);
    return stack;
  } catch (error) {
    await stopStack(stack);
    throw error;
  }
}

/** Stops whatever started; each step bounded so a stuck process cannot hang the bench. */
async function stopStack(stack) {
  const problems = [];
  const step = async (what, fn) => {
    try {
      await withTimeout(fn(), STOP_TIMEOUT_MS + 10_000, what);
    } catch (error) {
      problems.push(`${what}: ${error.message}`);
    }
  };
  for (const member of [stack.bare, stack.gateway, ...[...SERVICES].reverse().map((name) => stack.services[name])]) {
    if (member) await step(`${member.name} stop`, () => member.stop());
  }
  return problems;
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000}s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** POSTs a GraphQL operation; returns the HTTP status and parsed body. */
async function graphql(url, query, { variables, token } = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = { raw: text };
  }
  return { status: response.status, body };
}

const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { token tenant { id } } }`;

/** Signs up a tenant through `url`; fails loudly unless a token comes back. */
async function signUp(url, label) {
  const input = {
    domain: `${label}.bench.example.com`,
    displayName: `Bench ${label}`,
    country: 'US',
    admin: { fullName: `Bench Admin ${label}`, email: `admin@${label}.bench.example.com`, password: 'Bench-Passw0rd-1' },
  };
  const { status, body } = await graphql(url, SIGN_UP, { variables: { input } });
  const payload = body?.data?.signUp;
  if (status !== 200 || body.errors || !payload?.token) {
    throw new Error(`sign-up of ${label} failed (HTTP ${status}): ${JSON.stringify(body).slice(0, 500)}`);
  }
  return { token: payload.token, tenantId: payload.tenant.id };
}

module.exports = { SERVICES, root, databaseOf, log, recreateBenchDatabases, benchEnv, startStack, graphql, signUp, withTimeout, dist };
