'use strict';
// The broker's ACLs for one Kafka user per service, derived from the event contract (schema/events:
// x-topic, x-producer, x-consumers), so a new event type or consumer needs no ACL written by hand.
// Used by infra/kafka.js for the local SASL broker and, through `node infra/kafka.js acls`, by docker compose.
const { readdirSync, readFileSync } = require('node:fs');
const path = require('node:path');

const SCHEMA_DIR = path.resolve(__dirname, '../../schema/events');

/** What the ACLs need of each event schema. */
function readContracts(dir = SCHEMA_DIR) {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const schema = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
      return { type: schema.$id, topic: schema['x-topic'], producer: schema['x-producer'], consumers: schema['x-consumers'] ?? [] };
    });
}

/** Every service named as a producer or consumer of some event. */
function servicesOf(contracts) {
  return [...new Set(contracts.flatMap((contract) => [contract.producer, ...contract.consumers]))].sort();
}

/** The prefix of every topic `service` produces: its user may write there and nowhere else. */
function ownTopicPrefix(service, topicPrefix = '') {
  return `${topicPrefix}channelgraph.${service}.`;
}

/**
 * What `username` (the Kafka user of `service`) may do, as ACL entries:
 * - its own topics and their DLQs (a prefix): write, read (it may consume its own events), create;
 * - each topic it consumes: read, and create (its consumer makes sure the topics it reads exist);
 * - the DLQ of each topic it consumes: write (it dead-letters there) and create;
 * - its consumer group `channelgraph.<service>`: read.
 * Nothing else: no other service's topic, no other group, no cluster operation.
 */
function serviceAcls({ service, username, topicPrefix = '', contracts = readContracts() }) {
  const principal = `User:${username}`;
  const own = ownTopicPrefix(service, '');
  for (const contract of contracts) {
    if (contract.producer === service && !contract.topic.startsWith(own)) {
      // The ACL for a service's topics is a prefix; a topic outside it could not be written.
      throw new Error(`${contract.type} is produced by ${service} but travels on ${contract.topic}, outside ${own}*`);
    }
  }
  const consumed = [...new Set(contracts.filter((c) => c.producer !== service && c.consumers.includes(service)).map((c) => c.topic))].sort();
  const entry = (resourceType, resourceName, patternType, operation) => ({ principal, resourceType, resourceName, patternType, operation });
  return [
    ...['WRITE', 'READ', 'CREATE'].map((operation) => entry('TOPIC', ownTopicPrefix(service, topicPrefix), 'PREFIXED', operation)),
    ...consumed.flatMap((topic) => [
      ...['READ', 'CREATE'].map((operation) => entry('TOPIC', `${topicPrefix}${topic}`, 'LITERAL', operation)),
      ...['WRITE', 'CREATE'].map((operation) => entry('TOPIC', `${topicPrefix}${topic}.dlq`, 'LITERAL', operation)),
    ]),
    entry('GROUP', `${topicPrefix}channelgraph.${service}`, 'LITERAL', 'READ'),
  ];
}

/**
 * Creates the ACLs of every `{ service, username }` through a super user's admin client (broker-client's
 * `BrokerAdmin`, whose ACL entries are these: ALLOW from any host); creating an existing one is a no-op.
 */
async function applyAcls(admin, users, { topicPrefix = '', contracts = readContracts() } = {}) {
  const entries = users.flatMap(({ service, username }) => serviceAcls({ service, username, topicPrefix, contracts }));
  await admin.createAcls(entries);
  return entries;
}

module.exports = { readContracts, servicesOf, ownTopicPrefix, serviceAcls, applyAcls };
