import { eventually, graphql, SIGN_UP, signUpInput } from '../support/graphql';
import { mailTo } from '../support/mailbox';
import { Stack, startStack } from '../support/stack';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureKafka, stopKafka, isKafkaUp } = require('../../infra/kafka');

describe('a Kafka outage', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    if (!(await isKafkaUp())) await ensureKafka();
    // Consumers that crashed during the outage restart on a kafkajs timer: stop only once they are back in their groups.
    const platforms = [stack.relationship, stack.agreement, stack.notification].map((service) => service.platform);
    await eventually('every consumer back in its group', async () => (platforms.every((platform) => platform.consumer?.inGroup) ? true : undefined), 60000, 200);
    await stack?.stop();
  });

  it('loses nothing: sign-up succeeds while Kafka is down and the welcome email goes out once when it is back', async () => {
    await stopKafka();
    expect(await isKafkaUp()).toBe(false);

    const input = signUpInput();
    const response = await graphql(stack.urls.gateway, SIGN_UP, { input });
    expect(response.errors).toBeUndefined();
    const tenantId = response.data.signUp.tenant.id;

    // The event is safe in the outbox, waiting.
    const [pending] = await stack.enrollment.platform.dataSource.query(
      "SELECT published_at FROM outbox_event WHERE aggregate_id = ? AND event_type LIKE '%TenantSignedUp%'",
      [tenantId],
    );
    expect(pending.published_at).toBeNull();

    await ensureKafka();

    await eventually('the welcome email after Kafka returned', async () => ((await mailTo(input.admin.email)).length > 0 ? true : undefined), 90000, 250);
    // Give a duplicate every chance to show up before counting.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await mailTo(input.admin.email)).toHaveLength(1);
    const [{ count }] = await stack.notification.platform.dataSource.query('SELECT COUNT(*) AS count FROM notification WHERE related_entity_id = ?', [tenantId]);
    expect(Number(count)).toBe(1);
  }, 180000);
});
