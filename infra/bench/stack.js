'use strict';
// Starts the subgraphs, our gateway and a bare @apollo/gateway in this process, from the compiled
// code in dist/ (run.js builds first), on *_bench databases and random ports.
const mysql = require('mysql2/promise');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const dist = (file) => require(path.join(root, file));

const SERVICES = ['enrollment', 'relationship', 'agreement', 'notification'];
const databaseOf = (name) => `channelgraph_${name}_bench`;
const baseOf = (graphqlUrl) => graphqlUrl.replace(/\/graphql$/, '');
const log = (message) => process.stderr.write(`[bench] ${message}\n`);

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
    // Libraries still run in production mode (run.js sets the process's NODE_ENV); the services are told
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

/** Enrollment first (the others fetch its JWKS), then the other subgraphs, then our gateway. */
async function startStack(env) {
  const stack = { services: {}, gateway: null, bare: null };
  stack.stop = () => stopStack(stack);
  try {
    const { startEnrollment } = dist('services/enrollment/dist/main.js');
    const { loadEnrollmentConfig } = dist('services/enrollment/dist/config.js');
    stack.services.enrollment = await startEnrollment(loadEnrollmentConfig(env));
    const withJwks = { ...env, ENROLLMENT_URL: baseOf(stack.services.enrollment.server.url) };
    await Promise.all(
      SERVICES.slice(1).map(async (name) => {
        const capitalized = name[0].toUpperCase() + name.slice(1);
        const start = dist(`services/${name}/dist/main.js`)[`start${capitalized}`];
        const load = dist(`services/${name}/dist/config.js`)[`load${capitalized}Config`];
        stack.services[name] = await start(load(withJwks));
      }),
    );
    const gatewayEnv = {
      ...withJwks,
      RELATIONSHIP_URL: baseOf(stack.services.relationship.server.url),
      AGREEMENT_URL: baseOf(stack.services.agreement.server.url),
      NOTIFICATION_URL: baseOf(stack.services.notification.server.url),
    };
    const { startGateway, createApolloGateway, subgraphUrls } = dist('gateway/dist/gateway.js');
    const { loadGatewayConfig } = dist('gateway/dist/config.js');
    const gatewayConfig = loadGatewayConfig(gatewayEnv);
    stack.gateway = await startGateway(gatewayConfig, { port: 0 });
    stack.bare = await startBareGateway(createApolloGateway(subgraphUrls(gatewayConfig)));
    // Sign-ups must not race the notification consumer's first group join.
    await stack.services.notification.platform.consumer?.whenJoined();
    return stack;
  } catch (error) {
    await stopStack(stack);
    throw error;
  }
}

/** The baseline: @apollo/gateway as it comes, only forwarding the Authorization header. */
async function startBareGateway(gateway) {
  const { ApolloServer } = require('@apollo/server');
  const { startStandaloneServer } = require('@apollo/server/standalone');
  const server = new ApolloServer({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => ({ authorization: req.headers.authorization, correlationId: 'bench' }),
  });
  return { url, close: () => server.stop() };
}

/** Stops whatever started; each step bounded so a stuck close cannot hang the bench. */
async function stopStack(stack) {
  const problems = [];
  const step = async (what, fn) => {
    try {
      await withTimeout(fn(), 30_000, what);
    } catch (error) {
      problems.push(`${what}: ${error.message}`);
    }
  };
  if (stack.bare) await step('bare gateway close', () => stack.bare.close());
  if (stack.gateway) await step('gateway close', () => stack.gateway.close());
  for (const name of [...SERVICES].reverse()) {
    const service = stack.services[name];
    if (service && !service.stopped) {
      await step(`${name} stop`, () => service.platform.stop());
      service.stopped = true;
    }
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

module.exports = { SERVICES, databaseOf, log, recreateBenchDatabases, benchEnv, startStack, graphql, signUp, withTimeout, dist };
