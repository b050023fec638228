'use strict';
// One process of the bench's stack, forked by stack.js: a subgraph, our gateway, or a bare @apollo/gateway over the
// same supergraph, from the compiled code in dist/, started as its main.js starts it (runMain for a subgraph) and on
// the environment it is given (port 0: it picks one). Tells its parent its URL once it serves, a subgraph once its
// consumer holds its partitions too, as test/support/service-main.js does for the tests.
//
// Libraries (Apollo, graphql-js, express) read NODE_ENV from the process: they run in production mode. The
// configuration is still told what the bench's env says (development: the local root without a password, the
// checkout's generated key), so set NODE_ENV here, before any of them is loaded.
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const dist = (file) => require(path.join(root, file));
const role = process.argv[2];
const SERVICES = {
  enrollment: ['startEnrollment', 'loadEnrollmentConfig'],
  relationship: ['startRelationship', 'loadRelationshipConfig'],
  agreement: ['startAgreement', 'loadAgreementConfig'],
  notification: ['startNotification', 'loadNotificationConfig'],
};
if (!SERVICES[role] && role !== 'gateway' && role !== 'bare') {
  console.error(`usage: node infra/bench/service-main.js ${[...Object.keys(SERVICES), 'gateway', 'bare'].join('|')}`);
  process.exit(2);
}
const configEnv = { ...process.env };
process.env.NODE_ENV = 'production';

const ready = (url) => process.send?.({ url });
const fail = (error) => {
  console.error(`${role} could not start: ${error?.stack || error}`);
  process.exit(1);
};

if (SERVICES[role]) {
  const [start, load] = SERVICES[role];
  const { runMain } = dist('services/common/dist/index.js');
  runMain(role, async () => {
    const started = await dist(`services/${role}/dist/main.js`)[start](dist(`services/${role}/dist/config.js`)[load](configEnv));
    const consumer = started.platform.consumer;
    (consumer ? consumer.whenJoined() : Promise.resolve()).then(() => ready(started.server.url));
    return started;
  });
} else {
  const { startGateway, createApolloGateway, subgraphUrls } = dist('gateway/dist/gateway.js');
  const config = dist('gateway/dist/config.js').loadGatewayConfig(configEnv);
  (role === 'gateway' ? startGateway(config, { port: 0 }) : startBareGateway(createApolloGateway(subgraphUrls(config))))
    .then((server) => {
      const stop = () => void server.close().then(() => process.exit(0), fail);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      ready(server.url);
    })
    .catch(fail);
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
