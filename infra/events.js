#!/usr/bin/env node
'use strict';
// Reads the Kafka contract as a consumer would: `npm run events` lists topics,
// `npm run events -- <topic> [--from-beginning]` prints each event (CloudEvents JSON) as it arrives.
const { cliKafka, brokersOf } = require('./lib/kafka-cli');
const { randomUUID } = require('node:crypto');

async function main() {
  const [topic] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const kafka = cliKafka('channelgraph-events');
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
  await consumer.subscribe([topic], { fromBeginning: process.argv.includes('--from-beginning') });
  process.once('SIGINT', () => consumer.disconnect().then(() => process.exit(0)));
  console.error(`reading ${topic} (Ctrl-C to stop)`);
  await consumer.run(async ({ partition, message }) => {
    let value = message.value?.toString() ?? '';
    try {
      value = JSON.stringify(JSON.parse(value), null, 2);
    } catch {
      // not JSON: print as received
    }
    console.log(`--- partition ${partition} offset ${message.offset} key ${message.key?.toString() ?? '(none)'}\n${value}`);
  });
}

main().catch((error) => {
  console.error(`Cannot read events: ${error.message}. Is Kafka running (npm start) at ${brokersOf().join(',')}?`);
  process.exit(1);
});
