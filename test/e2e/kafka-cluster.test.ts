import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import { brokersListed, replicatedContractTopics, faultsCache, freePorts, partitionsOf, reportFigures, scenarioClock } from '../support/fault-suite';
import { eventually } from '../support/graphql';
import { emailLedger, lifecycleFigures, mutationsPerCustomer, runLifecycles, settle, stackCounts } from '../support/lifecycles';
import { activePartner } from '../support/partners';
import { isolatedEnv, Stack, startStack } from '../support/stack';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureKafkaCluster, stopKafkaCluster } = require('../../infra/kafka');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runId, testSettings } = require('../support/settings');

const CUSTOMERS = 40;
const CYCLES = 6;
const MUTATIONS = CUSTOMERS * mutationsPerCustomer(CYCLES);
const KILL_AT = 400;
/** The broker comes back once this many mutations are done and the cluster has fenced it (its partitions led elsewhere). */
const BACK_AFTER = 700;
const REPLICAS = 3;

interface Cluster {
  brokers: string;
  nodes: Array<{ nodeId: number; port: number; pid: number | null }>;
}

/**
 * DESIGN §8: Kafka as production runs it, three brokers (each also a KRaft controller), every
 * partition on all three, a write acknowledged by two (min.insync.replicas=2, acks=all, idempotent
 * producers). One broker is SIGKILLed in the middle of the mutations and brought back.
 */
describe(`a three-broker cluster losing a broker in the middle of ${MUTATIONS} mutations`, () => {
  const clock = scenarioClock('broker killed in a cluster');
  let dir: string;
  const prefix = `${testSettings().KAFKA_TOPIC_PREFIX}cluster.`;
  let basePort: number;
  let cluster: Cluster;
  let topics: string[];
  let stack: Stack | undefined;
  let partner: Awaited<ReturnType<typeof activePartner>>;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(faultsCache(), `${runId()}-cluster-`));
    basePort = await freePorts(2 * REPLICAS);
    cluster = await ensureKafkaCluster({ port: basePort, dir });
    clock.say(`cluster up on ${cluster.brokers}`);
    // The services create every topic with three copies, of which two must hold each write (docs/operations.md, "A Kafka cluster").
    stack = await startStack(
      isolatedEnv('cluster', { KAFKA_BROKERS: cluster.brokers, KAFKA_REPLICATION_FACTOR: String(REPLICAS), KAFKA_MIN_INSYNC_REPLICAS: '2' }),
    );
    topics = await replicatedContractTopics(cluster.brokers, prefix, REPLICAS);
    partner = await activePartner(stack.urls.gateway);
    clock.say('stack started, partner active');
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
    if (dir) await stopKafkaCluster({ dir, removeData: true });
  }, 60_000);

  it('delivers every email exactly once, in each relationship’s order, while a broker dies and comes back', async () => {
    const s = stack!;
    const partitions = await partitionsOf(cluster.brokers, topics);
    expect(partitions.every((partition) => partition.replicas.length === REPLICAS && partition.isr.length === REPLICAS)).toBe(true);
    // The broker leading the most of this stack's partitions.
    const leads = (nodeId: number) => partitions.filter((partition) => partition.leader === nodeId).length;
    const victim = [...cluster.nodes].sort((a, b) => leads(b.nodeId) - leads(a.nodeId))[0];
    const ledger = emailLedger(s, partner.enrolment.primaryContact.email);
    await ledger.start();

    const fault: { killedAt?: number; fencedAt?: number; backAt?: number; backAtMutation?: number; back?: Promise<void> } = {};
    let done = 0;
    const onMutation = (count: number) => {
      done = count;
      if (count % 100 === 0) clock.say(`${count}/${MUTATIONS} mutations`);
      if (count !== KILL_AT) return;
      process.kill(victim.pid!, 'SIGKILL');
      fault.killedAt = Date.now();
      clock.say(`broker ${victim.nodeId} (leader of ${leads(victim.nodeId)} of ${partitions.length} partitions) SIGKILLed`);
      fault.back = (async () => {
        await eventually(
          `the cluster to fence broker ${victim.nodeId}`,
          async () => {
            const listed = await brokersListed(cluster.brokers);
            return listed === REPLICAS - 1 ? true : undefined;
          },
          60_000,
          200,
        );
        fault.fencedAt = Date.now();
        clock.say(`broker ${victim.nodeId} fenced after ${((fault.fencedAt - fault.killedAt!) / 1000).toFixed(1)} s`);
        await eventually(`${BACK_AFTER} mutations`, async () => (done >= BACK_AFTER ? true : undefined), 120_000, 50);
        fault.backAtMutation = done;
        cluster = await ensureKafkaCluster({ port: basePort, dir });
        fault.backAt = Date.now();
        clock.say(`broker ${victim.nodeId} back after ${((fault.backAt - fault.killedAt!) / 1000).toFixed(1)} s`);
      })();
    };

    const run = await runLifecycles(s.urls.gateway, partner.token, { customers: CUSTOMERS, cycles: CYCLES, concurrency: 8 }, onMutation);
    const mutationsDoneAt = Date.now();
    clock.say(`${run.mutations} mutations done, ${run.errors.length} refused`);
    expect(run.errors).toEqual([]);
    expect(run.mutations).toBe(MUTATIONS);
    await fault.back;

    const caughtUpFrom = Math.max(fault.backAt!, mutationsDoneAt);
    const setAside = await settle(s, ledger, { brokers: () => cluster.brokers, prefix, clock });
    const catchUpMs = Date.now() - caughtUpFrom;
    await eventually(
      'every partition in sync on three brokers again',
      async () => ((await partitionsOf(cluster.brokers, topics)).every((partition) => partition.isr.length === REPLICAS) ? true : undefined),
      60_000,
      250,
    );
    const inSyncMs = Date.now() - fault.backAt!;

    const figures = await ledger.account();
    const counts = stackCounts(s);
    const shared = lifecycleFigures(figures, counts, setAside);
    reportFigures({
      ...shared,
      scenario: `a broker of three SIGKILLed during ${MUTATIONS} mutations (replication factor ${REPLICAS}, min.insync.replicas 2)`,
      catchUpMs,
      wallMs: clock.elapsedMs(),
      notes: [
        `broker ${victim.nodeId} (leader of ${leads(victim.nodeId)} of ${partitions.length} partitions) killed at mutation ${KILL_AT}, fenced after ${((fault.fencedAt! - fault.killedAt!) / 1000).toFixed(1)} s, ` +
          `back at mutation ${fault.backAtMutation} after ${((fault.backAt! - fault.killedAt!) / 1000).toFixed(1)} s, every partition in sync on ${REPLICAS} brokers ${(inSyncMs / 1000).toFixed(1)} s later; relay batches refused meanwhile: ${counts.failedBatches}`,
        ...shared.notes,
      ],
    });

    expect(setAside).toEqual([]);
    expect(figures.expected).toBe(CUSTOMERS * (1 + 3 * CYCLES));
    expect({ lost: figures.lost, doubled: figures.doubled, outOfOrder: figures.outOfOrder }).toEqual({ lost: 0, doubled: 0, outOfOrder: 0 });
    expect(figures.mail).toEqual({ expected: figures.expected, once: figures.expected, twice: 0, missing: 0 });
    expect(counts.deadLettered).toBe(0);
  }, 300_000);
});
