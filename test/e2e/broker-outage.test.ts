import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { FaultProxy } from '../support/fault-proxy';
import { faultsCache, freePorts, reportFigures, scenarioClock } from '../support/fault-suite';
import { emailLedger, lifecycleFigures, mutationsPerCustomer, runLifecycles, settle, stackCounts } from '../support/lifecycles';
import { activePartner } from '../support/partners';
import { isolatedEnv, Stack, startStack } from '../support/stack';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureKafka, stopKafka } = require('../../infra/kafka');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runId, testSettings } = require('../support/settings');

const CUSTOMERS = 40;
const CYCLES = 6;
const MUTATIONS = CUSTOMERS * mutationsPerCustomer(CYCLES);
const OUTAGE_MS = 30_000;
const SERVICES = ['enrollment', 'relationship', 'agreement', 'notification'] as const;

/**
 * DESIGN §8 and docs/operations.md, "Kafka outage": a broker of this test's own, reached only
 * through a fault proxy (its advertised address), so that cutting the proxy takes Kafka away from
 * every client of this stack at once, open connections included, and from nobody else.
 */
describe(`the broker unreachable for ${OUTAGE_MS / 1000} s in the middle of ${MUTATIONS} mutations`, () => {
  const clock = scenarioClock('broker outage');
  let dir: string;
  const prefix = `${testSettings().KAFKA_TOPIC_PREFIX}outage.`;
  let proxy: FaultProxy | undefined;
  let stack: Stack | undefined;
  let brokers: string;
  let partner: Awaited<ReturnType<typeof activePartner>>;

  beforeAll(async () => {
    // A directory of its own, so no earlier run's topics or offsets are in it.
    dir = mkdtempSync(path.join(faultsCache(), `${runId()}-outage-`));
    const port = await freePorts(2);
    proxy = await FaultProxy.start({ host: '127.0.0.1', port });
    const broker = await ensureKafka({ port, dir, advertisedPort: proxy.port });
    if (!broker.startedHere) throw new Error(`a broker was already running on ${broker.brokers}; this test needs one of its own`);
    brokers = `127.0.0.1:${proxy.port}`;
    clock.say(`broker of its own up on ${broker.brokers}, clients reach it through ${brokers}`);
    stack = await startStack(isolatedEnv('outage', { KAFKA_BROKERS: brokers }));
    partner = await activePartner(stack.urls.gateway);
    clock.say('stack started, partner active');
  }, 180_000);

  afterAll(async () => {
    // Stopping talks to Kafka (consumers leave their groups): the broker is back first, whatever happened above.
    proxy?.restore();
    await stack?.stop();
    await proxy?.stop();
    if (dir) {
      await stopKafka({ dir });
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('delivers every email exactly once, in each relationship’s order, after the broker comes back', async () => {
    const s = stack!;
    const cut = proxy!;
    const ledger = emailLedger(s, partner.enrolment.primaryContact.email);
    await ledger.start();

    const outage: { cutAt?: number; restoredAt?: number; mutationsWhileCut: number; waiting: Record<string, number>; over?: Promise<void> } = {
      mutationsWhileCut: 0,
      waiting: {},
    };
    const onMutation = (done: number) => {
      if (cut.isCut) outage.mutationsWhileCut += 1;
      if (done % 100 === 0) clock.say(`${done}/${MUTATIONS} mutations${cut.isCut ? ' (broker cut)' : ''}`);
      if (done !== MUTATIONS / 2) return;
      cut.cut();
      outage.cutAt = Date.now();
      clock.say(`broker cut for ${OUTAGE_MS / 1000} s`);
      outage.over = new Promise<void>((resolve, reject) => {
        setTimeout(() => {
          // What the outage held back, just before it ends: events in each service's outbox.
          Promise.all(SERVICES.map(async (service) => [service, (await s[service].platform.relay.backlog()).pending] as const))
            .then((pending) => {
              outage.waiting = Object.fromEntries(pending);
              cut.restore();
              outage.restoredAt = Date.now();
              clock.say(`broker back after ${((outage.restoredAt - outage.cutAt!) / 1000).toFixed(1)} s; events waiting: ${JSON.stringify(outage.waiting)}`);
              resolve();
            })
            .catch(reject);
        }, OUTAGE_MS);
      });
    };

    const run = await runLifecycles(s.urls.gateway, partner.token, { customers: CUSTOMERS, cycles: CYCLES, concurrency: 8 }, onMutation);
    const mutationsDoneAt = Date.now();
    clock.say(`${run.mutations} mutations done, ${run.errors.length} refused`);
    expect(run.errors).toEqual([]);
    expect(run.mutations).toBe(MUTATIONS);
    await outage.over;

    const caughtUpFrom = Math.max(outage.restoredAt!, mutationsDoneAt);
    const setAside = await settle(s, ledger, { brokers: () => brokers, prefix, clock });
    const catchUpMs = Date.now() - caughtUpFrom;
    const figures = await ledger.account();
    const counts = stackCounts(s);
    const shared = lifecycleFigures(figures, counts, setAside);
    reportFigures({
      ...shared,
      scenario: `broker unreachable ${OUTAGE_MS / 1000} s during ${MUTATIONS} mutations`,
      catchUpMs,
      wallMs: clock.elapsedMs(),
      notes: [
        `broker cut ${(((outage.restoredAt ?? 0) - (outage.cutAt ?? 0)) / 1000).toFixed(1)} s, ${outage.mutationsWhileCut} mutations meanwhile, ${cut.refused} connections refused; events waiting when it came back: ${JSON.stringify(outage.waiting)}`,
        ...shared.notes,
      ],
    });

    // An event set aside never reaches its consumers: the relay gave up on it.
    expect(setAside).toEqual([]);
    // The fault happened: clients tried the broker while it was away, and events waited for it.
    expect(cut.refused).toBeGreaterThan(0);
    expect(outage.mutationsWhileCut).toBeGreaterThan(0);
    expect(outage.waiting.enrollment + outage.waiting.relationship).toBeGreaterThan(0);
    // Nothing lost, nothing twice, each relationship's emails in the order of its events.
    expect(figures.expected).toBe(CUSTOMERS * (1 + 3 * CYCLES));
    expect({ lost: figures.lost, doubled: figures.doubled, outOfOrder: figures.outOfOrder }).toEqual({ lost: 0, doubled: 0, outOfOrder: 0 });
    expect(figures.mail).toEqual({ expected: figures.expected, once: figures.expected, twice: 0, missing: 0 });
    expect(counts.deadLettered).toBe(0);
  }, 300_000);
});
