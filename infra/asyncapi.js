#!/usr/bin/env node
'use strict';
// `npm run asyncapi`: the AsyncAPI 3 document of every Kafka topic and event, generated from
// schema/events/*.json into schema/asyncapi.json and validated with @asyncapi/parser.
// `--check` (in npm test) fails when the committed document is not what the schemas give, or
// when the parser finds an error in it.

const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const SCHEMAS = path.join(root, 'schema/events');
const OUTPUT = path.join(root, 'schema/asyncapi.json');
const STRUCTURED_CONTENT_TYPE = 'application/cloudevents+json; charset=utf-8';

/** channelgraph.enrollment.TenantSignedUp.v1 → TenantSignedUpV1, the name codegen gives its payload type too. */
function nameOf(eventType) {
  const [, , name, version] = eventType.split('.');
  return `${name}${version.toUpperCase()}`;
}

/** A channel or operation id: AsyncAPI keys allow letters, digits, `.`, `-` and `_`. */
const idOf = (text) => text.replace(/[^A-Za-z0-9._-]/g, '_');

function readContracts() {
  return fs
    .readdirSync(SCHEMAS)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(path.join(SCHEMAS, file), 'utf8')));
}

/** The CloudEvents envelope around one event type's payload (docs/events.md). */
function envelopeOf(contract) {
  return {
    type: 'object',
    required: ['specversion', 'id', 'source', 'type', 'subject', 'time', 'datacontenttype', 'correlationid', 'data'],
    properties: {
      specversion: { const: '1.0' },
      id: { type: 'string', format: 'uuid', description: 'Consumers deduplicate on it.' },
      source: { const: `/channelgraph/${contract['x-producer']}` },
      type: { const: contract.$id },
      subject: { type: 'string', description: 'The aggregate id, also the Kafka key: one aggregate’s events stay in order on one partition.' },
      time: { type: 'string', format: 'date-time', description: 'When the state change committed.' },
      datacontenttype: { const: 'application/json' },
      tenantid: { type: 'string', description: 'The tenant the event concerns.' },
      correlationid: { type: 'string', description: 'The request or event chain that caused it.' },
      causationid: { type: 'string', description: 'The event whose handling raised this one, if any.' },
      sequence: {
        type: 'string',
        pattern: '^[0-9]{20}$',
        description: 'The event’s place among its aggregate’s events from this source, zero-padded; absent on events produced before it existed.',
      },
      partitionkey: { type: 'string', description: 'The Kafka key again (CloudEvents partitioning extension).' },
      data: { $ref: `#/components/schemas/${nameOf(contract.$id)}` },
    },
  };
}

/** A payload schema as AsyncAPI embeds it: the contract without its own identity and Kafka annotations. */
function payloadSchemaOf(contract) {
  const schema = { ...contract };
  for (const key of ['$schema', '$id', 'x-topic', 'x-producer', 'x-consumers']) delete schema[key];
  return schema;
}

function buildDocument() {
  const contracts = readContracts();
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const topics = [...new Set(contracts.map((contract) => contract['x-topic']))].sort();
  const channels = {};
  const operations = {};
  const messages = {};
  const schemas = {};
  for (const contract of contracts) {
    const name = nameOf(contract.$id);
    schemas[name] = payloadSchemaOf(contract);
    messages[name] = {
      name: contract.$id,
      title: contract.title,
      summary: contract.description,
      contentType: STRUCTURED_CONTENT_TYPE,
      payload: envelopeOf(contract),
      bindings: { kafka: { key: { type: 'string', description: 'The aggregate id (the envelope’s subject).' }, bindingVersion: '0.5.0' } },
    };
  }
  for (const topic of topics) {
    const inTopic = contracts.filter((contract) => contract['x-topic'] === topic);
    const channel = idOf(topic);
    channels[channel] = {
      address: topic,
      description: `Events of ${inTopic[0]['x-producer']}; a message its consumers cannot handle for good goes to ${topic}.dlq, with the reason in its headers (docs/operations.md). Deployments may prefix every topic (KAFKA_TOPIC_PREFIX).`,
      messages: Object.fromEntries(inTopic.map((contract) => [nameOf(contract.$id), { $ref: `#/components/messages/${nameOf(contract.$id)}` }])),
    };
    const producer = inTopic[0]['x-producer'];
    operations[idOf(`${producer}.sends.${topic}`)] = {
      action: 'send',
      channel: { $ref: `#/channels/${channel}` },
      summary: `${producer} publishes through its outbox, in commit order per aggregate.`,
      messages: inTopic.map((contract) => ({ $ref: `#/channels/${channel}/messages/${nameOf(contract.$id)}` })),
    };
    const consumers = [...new Set(inTopic.flatMap((contract) => contract['x-consumers'] ?? []))].sort();
    for (const consumer of consumers) {
      operations[idOf(`${consumer}.receives.${topic}`)] = {
        action: 'receive',
        channel: { $ref: `#/channels/${channel}` },
        summary: `${consumer} consumes in its group channelgraph.${consumer}, idempotently (its inbox).`,
        messages: inTopic
          .filter((contract) => (contract['x-consumers'] ?? []).includes(consumer))
          .map((contract) => ({ $ref: `#/channels/${channel}/messages/${nameOf(contract.$id)}` })),
      };
    }
  }
  return {
    asyncapi: '3.1.0',
    info: {
      title: 'channelgraph events',
      version,
      description:
        'Every Kafka topic channelgraph’s services produce and consume, and every event type on it: CloudEvents 1.0 in structured mode, the payload as schema/events states it. Generated from schema/events by `npm run asyncapi`; do not edit.',
      license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
    },
    defaultContentType: STRUCTURED_CONTENT_TYPE,
    servers: { local: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'The broker `npm start` runs; production brokers come from KAFKA_BROKERS.' } },
    channels,
    operations,
    components: { messages, schemas },
  };
}

/** The parser's errors (severity 0) in the document: a document with any is not a valid AsyncAPI 3 document. */
async function parserErrors(document) {
  const { Parser } = require('@asyncapi/parser');
  const diagnostics = await new Parser().validate(document);
  return diagnostics.filter((diagnostic) => diagnostic.severity === 0).map((diagnostic) => `${diagnostic.path.join('.') || '(root)'}: ${diagnostic.message}`);
}

async function main() {
  const check = process.argv.includes('--check');
  const document = buildDocument();
  const errors = await parserErrors(document);
  if (errors.length > 0) {
    console.error(`[asyncapi] the generated document is not valid AsyncAPI:\n  ${errors.join('\n  ')}`);
    process.exit(1);
  }
  const generated = `${JSON.stringify(document, null, 2)}\n`;
  const current = fs.existsSync(OUTPUT) ? fs.readFileSync(OUTPUT, 'utf8') : '';
  if (check) {
    if (current !== generated) {
      console.error(`[asyncapi] ${path.relative(root, OUTPUT)} is not what schema/events gives: run \`npm run asyncapi\` and commit it.`);
      process.exit(1);
    }
    console.error(
      `[asyncapi] ${path.relative(root, OUTPUT)} is up to date and valid (${Object.keys(document.channels).length} topics, ${Object.keys(document.components.messages).length} event types)`,
    );
    return;
  }
  if (current !== generated) fs.writeFileSync(OUTPUT, generated);
  console.error(
    `[asyncapi] ${path.relative(root, OUTPUT)}: ${Object.keys(document.channels).length} topics, ${Object.keys(document.components.messages).length} event types`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
