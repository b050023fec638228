import { dlqTopicOf, EventCatalog, physicalTopic } from '@channelgraph/common';
import { Kafka, logLevel } from 'kafkajs';
import { mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { eventually } from './graphql';

/**
 * What every scenario of the fault suite (docs/operations.md, "The fault suite") reports and
 * asserts: effects expected from the events the producers committed, what the consumers did,
 * and how long it took.
 */
export interface Figures {
  scenario: string;
  /** Events the producers committed during the scenario (outbox rows). */
  produced: number;
  /** Effects those events call for (an email, a projection write). */
  expected: number;
  /** Effects that happened, each counted as often as it happened. */
  observed: number;
  lost: number;
  doubled: number;
  /** Aggregates whose effects happened in another order than their events were committed. */
  outOfOrder: number;
  aggregates: number;
  /** From the end of the fault (or of the last mutation, if later) until the last effect. */
  catchUpMs: number;
  wallMs: number;
  /** Free-form lines: the fault itself, emails, redeliveries. */
  notes: string[];
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Prints a scenario's figures as a small table, once, in the test output. */
export function reportFigures(figures: Figures): void {
  const columns: Array<[string, string]> = [
    ['produced', String(figures.produced)],
    ['effects expected', String(figures.expected)],
    ['observed', String(figures.observed)],
    ['lost', String(figures.lost)],
    ['doubled', String(figures.doubled)],
    ['out of order', `${figures.outOfOrder} of ${figures.aggregates} aggregates`],
    ['catch-up', seconds(figures.catchUpMs)],
    ['wall', seconds(figures.wallMs)],
  ];
  const widths = columns.map(([name, value]) => Math.max(name.length, value.length));
  const row = (cells: string[]) => `  ${cells.map((cell, i) => cell.padEnd(widths[i])).join('  ')}`;
  console.log(
    [
      `fault suite: ${figures.scenario}`,
      row(columns.map(([name]) => name)),
      row(columns.map(([, value]) => value)),
      ...figures.notes.map((note) => `  ${note}`),
    ].join('\n'),
  );
}

/** A scenario's clock: progress lines as they happen (stderr, not buffered by jest), with the time since its start. */
export function scenarioClock(scenario: string) {
  const startedAt = Date.now();
  const say = (message: string) => process.stderr.write(`[fault suite] ${scenario} +${seconds(Date.now() - startedAt)}: ${message}\n`);
  return {
    startedAt,
    elapsedMs: () => Date.now() - startedAt,
    say,
    /** Says what `describe` returns every `ms` until the returned function is called (a long wait's progress). */
    every(ms: number, describe: () => Promise<string>): () => void {
      const timer = setInterval(() => {
        describe().then(say, (error: Error) => say(`(progress unavailable: ${error.message})`));
      }, ms);
      return () => clearInterval(timer);
    },
  };
}

/** Where the fault suite's brokers keep their files while they run (.cache/kafka-faults, next to the shared broker's). */
export function faultsCache(): string {
  const dir = path.resolve(__dirname, '../../.cache/kafka-faults');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** `count` consecutive free TCP ports on 127.0.0.1 (a broker takes two, a cluster of three six); returns the first. */
export async function freePorts(count: number): Promise<number> {
  const listen = (port: number) =>
    new Promise<net.Server | null>((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(null));
      server.listen(port, '127.0.0.1', () => resolve(server));
    });
  const close = (server: net.Server) => new Promise<void>((resolve) => server.close(() => resolve()));
  for (;;) {
    const first = await listen(0);
    const base = (first!.address() as net.AddressInfo).port;
    const held = [first!];
    for (let port = base + 1; port < base + count && port <= 65535; port += 1) {
      const next = await listen(port);
      if (!next) break;
      held.push(next);
    }
    await Promise.all(held.map(close));
    if (held.length === count) return base;
  }
}

// ---------------------------------------------------------------- Kafka

function adminOf(brokers: string) {
  return new Kafka({ clientId: 'fault-suite', brokers: brokers.split(','), logLevel: logLevel.NOTHING }).admin();
}

/** Every topic of the contract under `prefix`, with its dead-letter topic. */
export function contractTopics(prefix: string): string[] {
  const logical = [
    ...new Set(
      EventCatalog.load()
        .all()
        .map((contract) => contract.topic),
    ),
  ];
  return logical.flatMap((topic) => [physicalTopic(prefix, topic), dlqTopicOf(physicalTopic(prefix, topic))]);
}

/**
 * Waits until every topic of the contract under `prefix` (made by the services, with
 * KAFKA_REPLICATION_FACTOR copies) is led and has `replicationFactor` copies in sync.
 */
export async function replicatedContractTopics(brokers: string, prefix: string, replicationFactor: number): Promise<string[]> {
  const topics = contractTopics(prefix);
  // Every broker learns of new topics from the controller in its own time: ask until the one asked knows them all, led and in sync.
  await eventually(
    `${topics.length} topics with ${replicationFactor} replicas in sync`,
    async () => {
      const partitions = await partitionsOf(brokers, topics).catch(() => []);
      return partitions.length === 3 * topics.length && partitions.every((partition) => partition.leader >= 0 && partition.isr.length === replicationFactor)
        ? true
        : undefined;
    },
    60_000,
    200,
  );
  return topics;
}

/** Partitions of `topics` per broker id that leads them, and the replicas and in-sync replicas of each. */
export async function partitionsOf(brokers: string, topics: string[]) {
  const admin = adminOf(brokers);
  await admin.connect();
  try {
    const { topics: metadata } = await admin.fetchTopicMetadata({ topics });
    return metadata.flatMap((topic) => topic.partitions.map((partition) => ({ topic: topic.name, ...partition })));
  } finally {
    await admin.disconnect();
  }
}

/** Brokers the cluster's metadata lists (0 when none answers): a killed one drops out once the controller fences it. */
export async function brokersListed(brokers: string): Promise<number> {
  const admin = new Kafka({ clientId: 'fault-suite', brokers: brokers.split(','), logLevel: logLevel.NOTHING, retry: { retries: 1 } }).admin();
  try {
    await admin.connect();
    return (await admin.describeCluster()).brokers.length;
  } catch {
    return 0;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/** Where on `topic` the events of `eventIds` are (partition and offset of each copy): for explaining an effect that never happened. */
export async function findOnTopic(brokers: string, topic: string, eventIds: string[]): Promise<Map<string, string[]>> {
  const kafka = new Kafka({ clientId: 'fault-suite', brokers: brokers.split(','), logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map((await admin.fetchTopicOffsets(topic)).map((partition) => [partition.partition, Number(partition.high)]));
  await admin.disconnect();
  const found = new Map<string, string[]>(eventIds.map((id) => [id, []]));
  const consumer = kafka.consumer({ groupId: `fault-suite-${Date.now()}-${Math.random().toString(36).slice(2)}` });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  const read = new Map<number, number>();
  await new Promise<void>((resolve) => {
    const done = () => [...ends].every(([partition, end]) => (read.get(partition) ?? 0) >= end);
    if (done()) resolve();
    void consumer.run({
      eachMessage: async ({ partition, message }) => {
        const id = /"id":"([^"]+)"/.exec(String(message.value))?.[1];
        if (id && found.has(id)) found.get(id)!.push(`partition ${partition} offset ${message.offset}`);
        read.set(partition, Number(message.offset) + 1);
        if (done()) resolve();
      },
    });
  });
  await consumer.disconnect();
  return found;
}

/** Messages in the dead-letter topics under `prefix`. */
export async function deadLettered(brokers: string, prefix: string): Promise<number> {
  const admin = adminOf(brokers);
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    let count = 0;
    for (const topic of contractTopics(prefix).filter((name) => name.endsWith('.dlq') && existing.has(name))) {
      for (const partition of await admin.fetchTopicOffsets(topic)) count += Number(partition.high) - Number(partition.low);
    }
    return count;
  } finally {
    await admin.disconnect();
  }
}

/**
 * Messages not yet committed by `groupId` on the topics it has committed offsets on (0: it has
 * handled and committed everything there is, so no redelivery is still to come).
 */
export async function lagOf(brokers: string, groupId: string, topics?: string[]): Promise<number> {
  const admin = adminOf(brokers);
  await admin.connect();
  try {
    const committed = await admin.fetchOffsets({ groupId, topics });
    let lag = 0;
    for (const { topic, partitions } of committed) {
      const ends = new Map((await admin.fetchTopicOffsets(topic)).map((partition) => [partition.partition, Number(partition.high)]));
      for (const { partition, offset } of partitions) lag += (ends.get(partition) ?? 0) - Math.max(0, Number(offset));
    }
    return lag;
  } finally {
    await admin.disconnect();
  }
}

/** Messages committed by `groupId`, summed over partitions (of `topics`, or of every topic it has committed on). */
export async function committedOf(brokers: string, groupId: string, topics?: string[]): Promise<number> {
  const admin = adminOf(brokers);
  await admin.connect();
  try {
    const committed = await admin.fetchOffsets({ groupId, topics });
    return committed.flatMap(({ partitions }) => partitions).reduce((sum, { offset }) => sum + Math.max(0, Number(offset)), 0);
  } finally {
    await admin.disconnect();
  }
}

// ---------------------------------------------------------------- effects, as the database saw them

export interface EffectSource {
  /** The table whose writes are the effects. */
  table: string;
  /**
   * SQL over the written row (`NEW.column`): the aggregate it concerns, what happened, and the
   * effect's key, by which it is matched to the event that called for it.
   */
  aggregate: string;
  what: string;
  ref: string;
  on: Array<'INSERT' | 'UPDATE'>;
}

export interface Effect {
  id: number;
  aggregate: string;
  what: string;
  ref: string;
}

/**
 * From now on, every write to the sources' tables is logged, in the writing transaction, to
 * fault_effect (a table of the test's own, in that database): a rolled-back handler logs nothing,
 * a handler run twice logs twice, and the log's order is the order of the writes.
 */
export async function recordEffects(dataSource: DataSource, sources: EffectSource[]): Promise<void> {
  await dataSource.query('DROP TABLE IF EXISTS fault_effect');
  await dataSource.query(
    'CREATE TABLE fault_effect (id BIGINT NOT NULL AUTO_INCREMENT, aggregate_id VARCHAR(64) NOT NULL, what VARCHAR(300) NOT NULL, ref VARCHAR(300) NOT NULL, PRIMARY KEY (id))',
  );
  for (const source of sources) {
    for (const operation of source.on) {
      const trigger = `fault_effect_${source.table}_${operation.toLowerCase()}`;
      await dataSource.query(`DROP TRIGGER IF EXISTS ${trigger}`);
      await dataSource.query(
        `CREATE TRIGGER ${trigger} AFTER ${operation} ON ${source.table} FOR EACH ROW ` +
          `INSERT INTO fault_effect (aggregate_id, what, ref) VALUES (${source.aggregate}, ${source.what}, ${source.ref})`,
      );
    }
  }
}

export async function readEffects(dataSource: DataSource): Promise<Effect[]> {
  const rows: Array<{ id: string; aggregate_id: string; what: string; ref: string }> = await dataSource.query(
    'SELECT id, aggregate_id, what, ref FROM fault_effect ORDER BY id',
  );
  return rows.map((row) => ({ id: Number(row.id), aggregate: row.aggregate_id, what: row.what, ref: row.ref }));
}

/**
 * Compares effects with what was expected of them: each expected one (by key, in its aggregate's
 * commit order) must happen exactly once, nothing else may happen, and each aggregate's effects
 * must follow the order of its events.
 */
export function compareEffects(expected: Array<{ key: string; aggregate: string }>, observed: Array<{ key: string; aggregate: string }>) {
  const wanted = new Map(expected.map((effect) => [effect.key, effect]));
  const seen = new Map<string, number>();
  for (const effect of observed) seen.set(effect.key, (seen.get(effect.key) ?? 0) + 1);
  const lost = expected.filter((effect) => !seen.has(effect.key)).length;
  const doubled = [...seen]
    .filter(([key, count]) => count > 1 || !wanted.has(key))
    .reduce((sum, [key, count]) => sum + (wanted.has(key) ? count - 1 : count), 0);
  const rank = new Map(expected.map((effect, index) => [effect.key, index]));
  const byAggregate = new Map<string, number[]>();
  for (const effect of observed) {
    const place = rank.get(effect.key);
    if (place === undefined) continue;
    byAggregate.set(effect.aggregate, [...(byAggregate.get(effect.aggregate) ?? []), place]);
  }
  const outOfOrder = [...byAggregate.values()].filter((places) => places.some((place, i) => i > 0 && place < places[i - 1])).length;
  return { lost, doubled, outOfOrder, aggregates: new Set(expected.map((effect) => effect.aggregate)).size };
}
