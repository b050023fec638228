import { serializeCloudEvent, STRUCTURED_CONTENT_TYPE, toCloudEvent } from '@channelgraph/common';
import { Kafka, logLevel } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { loadNotificationConfig } from '../src/config';
import { startNotification } from '../src/main';
import { eventually } from '../../../test/support/graphql';
import { isolatedEnv } from '../../../test/support/stack';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSmtpCatcher } = require('../../../infra/smtp-catcher');

interface Catcher {
  close(): Promise<void>;
  smtpPort: number;
  httpPort: number;
}

/** Delivery against an SMTP server this test controls: down for a while, or refusing a mailbox. */
describe('email delivery when SMTP misbehaves', () => {
  let service: Awaited<ReturnType<typeof startNotification>>;
  let smtpPort: number;
  let catcher: Catcher | undefined;
  // Its own database and topics: no other test's queued mail competes with the SMTP outage staged here.
  const env = isolatedEnv('delivery');
  const kafka = new Kafka({ clientId: 'delivery-test', brokers: String(env.KAFKA_BROKERS).split(','), logLevel: logLevel.NOTHING });

  beforeAll(async () => {
    // Learn a free port, then leave it closed: the SMTP server is "down" until a test starts it there.
    const probe: Catcher = await startSmtpCatcher({ smtpPort: 0, httpPort: 0 });
    smtpPort = probe.smtpPort;
    await probe.close();
    service = await startNotification(
      loadNotificationConfig({ ...env, SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, MAIL_RETRY_BASE_MS: '200', MAIL_RETRY_MAX_MS: '500' }),
    );
    await service.platform.consumer?.whenJoined();
  });
  afterAll(async () => {
    await service?.platform.stop();
    await catcher?.close();
  });

  async function signedUp(email: string) {
    const tenantId = randomUUID();
    const event = toCloudEvent('/channelgraph/enrollment', {
      type: 'channelgraph.enrollment.TenantSignedUp.v1',
      subject: tenantId,
      tenantId,
      data: {
        tenantId,
        domain: 'smtp.example.com',
        displayName: 'SMTP Test',
        country: 'US',
        admin: { userId: randomUUID(), fullName: 'Admin', email },
        signedUpAt: new Date().toISOString(),
      },
    });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: `${env.KAFKA_TOPIC_PREFIX}channelgraph.enrollment.tenant`,
      messages: [{ key: tenantId, value: serializeCloudEvent(event), headers: { 'content-type': STRUCTURED_CONTENT_TYPE } }],
    });
    await producer.disconnect();
    return tenantId;
  }

  const rowOf = async (tenantId: string) => {
    const [row] = await service.platform.dataSource.query('SELECT status, attempts, last_error FROM notification WHERE related_entity_id = ?', [tenantId]);
    return row as { status: string; attempts: number; last_error: string | null } | undefined;
  };

  async function caught(address: string): Promise<unknown[]> {
    const response = await fetch(`http://127.0.0.1:${catcher!.httpPort}/api/messages?to=${encodeURIComponent(address)}`);
    return (await response.json()) as unknown[];
  }

  it('keeps retrying while the SMTP server is down and sends once when it is back', async () => {
    const address = `down-${randomUUID().slice(0, 8)}@example.com`;
    const tenantId = await signedUp(address);
    const waiting = await eventually('failed attempts', async () => {
      const row = await rowOf(tenantId);
      return row && row.attempts >= 2 ? row : undefined;
    });
    expect(waiting.status).toBe('QUEUED');
    expect(waiting.last_error).toMatch(/ECONNREFUSED|connect/i);

    catcher = await startSmtpCatcher({ smtpPort, httpPort: 0 });
    await eventually('the email after SMTP returned', async () => ((await rowOf(tenantId))?.status === 'SENT' ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await caught(address)).toHaveLength(1);
  });

  it('stops at a permanent rejection and records the reason', async () => {
    catcher ??= await startSmtpCatcher({ smtpPort, httpPort: 0 });
    const tenantId = await signedUp(`reject-${randomUUID().slice(0, 8)}@example.com`);
    const failed = await eventually('the FAILED notification', async () => {
      const row = await rowOf(tenantId);
      return row?.status === 'FAILED' ? row : undefined;
    });
    expect(failed.attempts).toBe(1);
    expect(failed.last_error).toMatch(/550/);
    // What an operator alerts on.
    const metrics = await (await fetch(service.server.url.replace(/\/graphql$/, '/metrics'))).text();
    expect(Number(/^channelgraph_mail_failed_emails\{[^}]*\} (\d+)$/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(1);
    expect(metrics).toMatch(/^channelgraph_mail_queued_emails\{[^}]*lane="BULK"[^}]*\} \d+$/m);
    expect(metrics).toMatch(/^channelgraph_mail_oldest_due_age_seconds\{[^}]*\} [\d.e+-]+$/m);
  });

  it('gives up on an email still failing once it is MAIL_GIVE_UP_AFTER_HOURS old', async () => {
    catcher ??= await startSmtpCatcher({ smtpPort, httpPort: 0 });
    const tenantId = await signedUp(`tempfail-${randomUUID().slice(0, 8)}@example.com`);
    const retried = await eventually('a temporary failure', async () => {
      const row = await rowOf(tenantId);
      return row && row.attempts >= 1 ? row : undefined;
    });
    expect(retried.status).toBe('QUEUED');
    // As if it had been failing for a day since it was queued (the default MAIL_GIVE_UP_AFTER_HOURS): its next failure is its last.
    const dayAgo = new Date(Date.now() - 24 * 3600 * 1000 - 1000);
    await service.platform.dataSource.query('UPDATE notification SET created_at = ?, queued_at = ? WHERE related_entity_id = ?', [dayAgo, dayAgo, tenantId]);
    const failed = await eventually('the FAILED notification', async () => {
      const row = await rowOf(tenantId);
      return row?.status === 'FAILED' ? row : undefined;
    });
    expect(failed.attempts).toBeGreaterThan(retried.attempts);
    expect(failed.last_error).toMatch(/not sent within 24 h .*451/);
  });
});
