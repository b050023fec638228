#!/usr/bin/env node
'use strict';
// `node infra/seed-demo.js`: the demo `npm start` seeds (infra/lib/demo.js), for a stack started
// otherwise — docker compose runs it once the gateway is healthy. It signs in as the operator
// (OPERATOR_EMAIL, OPERATOR_PASSWORD), reaches the gateway at GATEWAY_URL, and verifies the demo's
// *.example contacts with enrollment's own command (enrollment's settings: MYSQL_URL,
// ENROLLMENT_DATABASE, KEY_ENCRYPTION_KEY). DEMO_SEND_INVITATION=false leaves the demo invitation unsent.
const path = require('node:path');
const { seedDemo } = require('./lib/demo');

const root = path.join(__dirname, '..');

/** Seeds the demo against a running stack with the settings in `env`; what exists is left as it is. */
async function seedDemoFromEnv(env, { sendInvitation = env.DEMO_SEND_INVITATION !== 'false' } = {}) {
  const { verifyDemoContacts } = require(path.join(root, 'services/enrollment/dist/bin/verify-demo-contacts.js'));
  const { loadEnrollmentConfig } = require(path.join(root, 'services/enrollment/dist/config.js'));
  return seedDemo({
    gatewayUrl: `${(env.GATEWAY_URL || 'http://127.0.0.1:4000').replace(/\/$/, '')}/graphql`,
    operator: { email: env.OPERATOR_EMAIL || 'operator@channelgraph.local', password: env.OPERATOR_PASSWORD },
    verifyContacts: (partnerIds) => verifyDemoContacts(loadEnrollmentConfig(env), partnerIds),
    sendInvitation,
  });
}

if (require.main === module) {
  seedDemoFromEnv(process.env)
    .then(({ accounts }) => {
      console.log('Demo seeded. Sign-ins:');
      for (const account of accounts) console.log(`  ${account.label.padEnd(19)} ${account.email} / ${account.password}`);
    })
    .catch((error) => {
      console.error(`Could not seed the demo: ${error.message}`);
      process.exit(1);
    });
}

module.exports = { seedDemoFromEnv };
