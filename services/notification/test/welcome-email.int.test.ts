import { serializeCloudEvent, STRUCTURED_CONTENT_TYPE, toCloudEvent } from '@channelgraph/common';
import { Kafka, logLevel } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { loadNotificationConfig } from '../src/config';
import { startNotification } from '../src/main';
import { eventually } from '../../../test/support/graphql';
import { mailTo } from '../../../test/support/mailbox';
import { isolatedEnv } from '../../../test/support/stack';

describe('notification consuming TenantSignedUp', () => {
  // It feeds made-up events: its own topics and databases keep them from other tests' services.
  const env = isolatedEnv('notifwelcome');
  let service: Awaited<ReturnType<typeof startNotification>>;
  const kafka = new Kafka({ clientId: 'notification-test', brokers: String(env.KAFKA_BROKERS).split(','), logLevel: logLevel.NOTHING });

  beforeAll(async () => {
    // No enrollment here: this test feeds the topic directly, as any producer of the contract could.
    service = await startNotification(loadNotificationConfig(env));
    await service.platform.consumer?.whenJoined();
  });
  afterAll(async () => {
    await service?.platform.stop();
  });

  function signedUp(displayName: string) {
    const tenantId = randomUUID();
    const email = `admin-${tenantId.slice(0, 8)}@dup.example.com`;
    const event = toCloudEvent('/channelgraph/enrollment', {
      type: 'channelgraph.enrollment.TenantSignedUp.v1',
      subject: tenantId,
      tenantId,
      data: {
        tenantId,
        domain: 'dup.example.com',
        displayName,
        country: 'DE',
        admin: { userId: randomUUID(), fullName: 'Dana <b>Admin</b>', email },
        signedUpAt: new Date().toISOString(),
      },
    });
    return { tenantId, email, message: { key: tenantId, value: serializeCloudEvent(event), headers: { 'content-type': STRUCTURED_CONTENT_TYPE } } };
  }

  async function publish(...messages: Array<{ key: string; value: string; headers: Record<string, string> }>) {
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: `${env.KAFKA_TOPIC_PREFIX}channelgraph.enrollment.tenant`, messages });
    await producer.disconnect();
  }

  it('sends one email and records one notification when the same event arrives twice', async () => {
    const { tenantId, email, message } = signedUp('Twice Delivered GmbH');
    await publish(message, message);
    await eventually('the email', async () => ((await mailTo(email)).length > 0 ? true : undefined));
    await eventually('both deliveries consumed', async () => (service.platform.consumer!.stats.duplicate >= 1 ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await mailTo(email)).toHaveLength(1);
    const rows = await service.platform.dataSource.query('SELECT status, attempts FROM notification WHERE related_entity_id = ?', [tenantId]);
    expect(rows).toEqual([{ status: 'SENT', attempts: 1 }]);
  });

  it('escapes a hostile display name in the HTML part and keeps the text part readable', async () => {
    const { email, message } = signedUp('<script>alert("x")</script> & Co');
    await publish(message);
    const [mail] = await eventually('the email', async () => {
      const mails = await mailTo(email);
      return mails.length > 0 ? mails : undefined;
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.html).toContain('Dana &lt;b&gt;Admin&lt;/b&gt;');
    expect(mail.text).toContain('<script>alert("x")</script> & Co');
  });
});
