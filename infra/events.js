#!/usr/bin/env node
'use strict';
// Reads the Kafka contract as a consumer would: `npm run events` lists topics,
// `npm run events -- <topic> [--from-beginning]` prints each event (CloudEvents JSON) as it arrives.
const { Kafka, logLevel } = require('kafkajs');
const { randomUUID } = require('node:crypto');

/**
 * The broker's authentication, as the services read it (KAFKA_SASL_MECHANISM, KAFKA_USERNAME,
 * KAFKA_PASSWORD, KAFKA_SSL). Behind ACLs the user needs Read on the topic and on the consumer
 * groups prefixed channelgraph-events- (each run reads in a throw-away group of its own).
 */
function security() {
  const mechanism = (process.env.KAFKA_SASL_MECHANISM || 'none').toLowerCase();
  const ssl = process.env.KAFKA_SSL === 'true';
  if (mechanism === 'none') return { ssl };
  const { KAFKA_USERNAME: username, KAFKA_PASSWORD: password } = process.env;
  if (!username || !password) throw new Error(`KAFKA_SASL_MECHANISM is ${mechanism}: set KAFKA_USERNAME and KAFKA_PASSWORD to a Kafka user allowed to read the topics`);
  return { ssl, sasl: { mechanism, username, password } };
}

async function main() {
  const [topic] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const kafka = new Kafka({ clientId: 'channelgraph-events', brokers: (process.env.KAFKA_BROKERS || '127.0.0.1:9092').split(','), logLevel: logLevel.NOTHING, ...security() });
  if (!topic) {
    const admin = kafka.admin();
    await admin.connect();
    const topics = (await admin.listTopics()).filter((name) => !name.startsWith('__')).sort();
    await admin.disconnect();
    console.log(topics.join('\n') || '(no topics yet)');
    return;
  }
  // A throw-away group: reading here never moves the offsets of a real consumer.
  const consumer = kafka.consumer({ groupId: `channelgraph-events-${randomUUID()}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: process.argv.includes('--from-beginning') });
  process.once('SIGINT', () => consumer.disconnect().then(() => process.exit(0)));
  console.error(`reading ${topic} (Ctrl-C to stop)`);
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      let value = message.value?.toString() ?? '';
      try {
        value = JSON.stringify(JSON.parse(value), null, 2);
      } catch {
        // not JSON: print as received
      }
      console.log(`--- partition ${partition} offset ${message.offset} key ${message.key?.toString() ?? '(none)'}\n${value}`);
    },
  });
}

main().catch((error) => {
  console.error(`Cannot read events: ${error.message}. Is Kafka running (npm start) at ${process.env.KAFKA_BROKERS || '127.0.0.1:9092'}?`);
  process.exit(1);
});
