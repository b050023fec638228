#!/usr/bin/env node
'use strict';
// The dead-letter topics, for an operator:
//   npm run dlq -- list <topic>                       what is in <topic>.dlq: offset, event id and type, when, why
//   npm run dlq -- replay <topic> --id <event id>…    publish those events again to <topic>, as they first came
//   npm run dlq -- replay <topic> --all               … every event in <topic>.dlq
// <topic> is the topic as consumers see it, prefix included (npm run events lists them). A replay sends
// the original key, value and headers (without the dlq-* ones) to the topic the event was dead-lettered
// from; the consumers' inbox makes an event that was handled meanwhile a no-op, so replaying twice is safe.
// The dead-letter topic is a log: a replayed event stays listed there.
const { randomUUID } = require('node:crypto');
const { cliKafka, brokersOf } = require('./lib/kafka-cli');

const USAGE = 'usage: npm run dlq -- list <topic> | npm run dlq -- replay <topic> (--id <event id>… | --all)';

function parseArgs(argv) {
  const [command, topic, ...rest] = argv;
  const ids = [];
  for (let i = 0; i < rest.length; i += 1) {
    if (rest[i] === '--id' && rest[i + 1]) ids.push(rest[(i += 1)]);
    else if (rest[i] !== '--all') throw new Error(`unknown argument ${rest[i]}. ${USAGE}`);
  }
  if (!['list', 'replay'].includes(command) || !topic) throw new Error(USAGE);
  if (command === 'replay' && ids.length === 0 && !rest.includes('--all'))
    throw new Error(`say which events to replay: --id <event id> (see npm run dlq -- list ${topic}) or --all`);
  return { command, topic: topic.replace(/\.dlq$/, ''), ids };
}

/** Every message on `topic` up to its end when called, read in a throw-away group. */
async function readToEnd(kafka, topic) {
  const admin = kafka.admin();
  await admin.connect();
  let ends;
  try {
    if (!(await admin.listTopics()).includes(topic)) return [];
    ends = new Map((await admin.topicOffsets(topic)).map((partition) => [partition.partition, BigInt(partition.high)]));
  } finally {
    await admin.disconnect();
  }
  const waiting = new Set([...ends].filter(([, high]) => high > 0n).map(([partition]) => partition));
  if (waiting.size === 0) return [];
  const consumer = kafka.consumer({ groupId: `channelgraph-dlq-${randomUUID()}` });
  const messages = [];
  await consumer.connect();
  try {
    await consumer.subscribe([topic], { fromBeginning: true });
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`could not read ${topic} to its end within 60 s`)), 60_000);
      consumer
        .run(async ({ partition, message }) => {
          if (BigInt(message.offset) < ends.get(partition)) messages.push({ partition, message });
          if (BigInt(message.offset) + 1n >= ends.get(partition)) waiting.delete(partition);
          if (waiting.size === 0) {
            clearTimeout(timer);
            resolve();
          }
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return messages;
}

const header = (message, name) => message.headers?.[name]?.toString();

function eventOf(message) {
  try {
    const event = JSON.parse(message.value.toString());
    return { id: event.id, type: event.type };
  } catch {
    return { id: '(not JSON)', type: '(unknown)' };
  }
}

async function main() {
  const { command, topic, ids } = parseArgs(process.argv.slice(2));
  const kafka = cliKafka('channelgraph-dlq');
  const dead = await readToEnd(kafka, `${topic}.dlq`);
  if (command === 'list') {
    if (dead.length === 0) console.log(`${topic}.dlq is empty`);
    for (const { partition, message } of dead) {
      const { id, type } = eventOf(message);
      console.log(
        `${partition}:${message.offset}  ${id}  ${type}  failed ${header(message, 'dlq-failed-at')} after ${header(message, 'dlq-attempts')} attempt(s) in ${header(message, 'dlq-consumer-group')}\n    ${header(message, 'dlq-error')}`,
      );
    }
    return;
  }
  const chosen = ids.length === 0 ? dead : dead.filter(({ message }) => ids.includes(eventOf(message).id));
  const missing = ids.filter((id) => !dead.some(({ message }) => eventOf(message).id === id));
  if (missing.length > 0) throw new Error(`not in ${topic}.dlq: ${missing.join(', ')} (npm run dlq -- list ${topic})`);
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  await producer.connect();
  try {
    for (const { message } of chosen) {
      const headers = Object.fromEntries(Object.entries(message.headers ?? {}).filter(([name]) => !name.startsWith('dlq-')));
      // One at a time, in DLQ order: an aggregate's replays keep the order they failed in.
      await producer.send(header(message, 'dlq-original-topic') ?? topic, [{ key: message.key, value: message.value, headers }]);
      console.log(`replayed ${eventOf(message).id} to ${header(message, 'dlq-original-topic') ?? topic}`);
    }
  } finally {
    await producer.disconnect();
  }
  console.log(`${chosen.length} event(s) replayed`);
}

main().catch((error) => {
  console.error(
    `npm run dlq: ${error.message}${/usage|say which|unknown argument|not in/.test(error.message) ? '' : ` Is Kafka running (npm start) at ${brokersOf().join(',')}?`}`,
  );
  process.exit(1);
});
