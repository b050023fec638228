'use strict';
// A subgraph as its own process, for a test that kills it (test/support/child-service.ts): the same
// start as the service's main.ts, from the TypeScript sources, with the environment it is given
// (the settings startStack uses). Tells its parent when its consumer holds partitions.
require('./typescript-hook');
const path = require('node:path');

const service = process.argv[2];
const SERVICES = {
  enrollment: ['startEnrollment', 'loadEnrollmentConfig'],
  relationship: ['startRelationship', 'loadRelationshipConfig'],
  agreement: ['startAgreement', 'loadAgreementConfig'],
  notification: ['startNotification', 'loadNotificationConfig'],
};
if (!SERVICES[service]) {
  console.error(`usage: node test/support/service-main.js ${Object.keys(SERVICES).join('|')}`);
  process.exit(2);
}
const [start, load] = SERVICES[service];
const source = path.resolve(__dirname, '../../services', service, 'src');
const { runMain } = require('@channelgraph/common');

runMain(service, async () => {
  const started = await require(path.join(source, 'main.ts'))[start](require(path.join(source, 'config.ts'))[load]());
  const consumer = started.platform.consumer;
  (consumer ? consumer.whenJoined() : Promise.resolve()).then(() => process.send?.({ joined: true }));
  return started;
});
