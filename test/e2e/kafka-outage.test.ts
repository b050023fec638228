import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { faultsCache, freePorts } from '../support/fault-suite';
import { eventually, graphql, SIGN_UP, signUpInput } from '../support/graphql';
import { mailTo } from '../support/mailbox';
import { isolatedEnv, Stack, startStack } from '../support/stack';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureKafka, stopKafka, isKafkaUp } = require('../../infra/kafka');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runId } = require('../support/settings');

// The broker process itself stopped and started again (docs/operations.md, "Kafka outage"): a broker of
// this test's own, so the other suites' broker stays up.
describe('a Kafka outage', () => {
  let dir: string;
  let port: number;
  let stack: Stack | undefined;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(faultsCache(), `${runId()}-stopped-`));
    port = await freePorts(2);
    const broker = await ensureKafka({ port, dir });
    if (!broker.startedHere) throw new Error(`a broker was already running on ${broker.brokers}; this test needs one of its own`);
    stack = await startStack(isolatedEnv('stopped', { KAFKA_BROKERS: broker.brokers }));
  }, 120_000);
  afterAll(async () => {
    if (!(await isKafkaUp(port))) await ensureKafka({ port, dir });
    if (stack) {
      // Consumers that crashed during the outage restart on a kafkajs timer: stop only once they are back in their groups.
      const platforms = [stack.relationship, stack.agreement, stack.notification].map((service) => service.platform);
      await eventually(
        'every consumer back in its group',
        async () => (platforms.every((platform) => platform.consumer?.inGroup) ? true : undefined),
        60000,
        200,
      );
      await stack.stop();
    }
    await stopKafka({ dir });
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it('loses nothing: sign-up succeeds while Kafka is down and the welcome email goes out once when it is back', async () => {
    const s = stack!;
    await stopKafka({ dir });
    expect(await isKafkaUp(port)).toBe(false);

    const input = signUpInput();
    const response = await graphql(s.urls.gateway, SIGN_UP, { input });
    expect(response.errors).toBeUndefined();
    const tenantId = response.data.signUp.tenant.id;

    // The event is safe in the outbox, waiting.
    const [pending] = await s.enrollment.platform.dataSource.query(
      "SELECT published_at FROM outbox_event WHERE aggregate_id = ? AND event_type LIKE '%TenantSignedUp%'",
      [tenantId],
    );
    expect(pending.published_at).toBeNull();

    await ensureKafka({ port, dir });

    await eventually('the welcome email after Kafka returned', async () => ((await mailTo(input.admin.email)).length > 0 ? true : undefined), 90000, 250);
    // Give a duplicate every chance to show up before counting.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await mailTo(input.admin.email)).toHaveLength(1);
    const [{ count }] = await s.notification.platform.dataSource.query('SELECT COUNT(*) AS count FROM notification WHERE related_entity_id = ?', [tenantId]);
    expect(Number(count)).toBe(1);
  }, 180000);
});
