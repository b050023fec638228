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
    try {
      // Every consumer that crashed during the outage is back in its group: none was left stopped.
      const services = stack ? { relationship: stack.relationship, agreement: stack.agreement, notification: stack.notification } : {};
      const outside = () => Object.entries(services).filter(([, service]) => !service.platform.consumer?.inGroup);
      await eventually('every consumer back in its group', async () => (outside().length === 0 ? true : undefined), 60000, 200).catch((error) => {
        throw new Error(
          `${error.message}; still out: ${outside()
            .map(([name]) => name)
            .join(', ')}`,
        );
      });
    } finally {
      await stack?.stop();
      await stopKafka({ dir });
      rmSync(dir, { recursive: true, force: true });
    }
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
