import { randomUUID } from 'node:crypto';
import { loadNotificationConfig } from '../src/config';
import { startNotification } from '../src/main';
import { queueEmail } from '../src/mail/queue';
import { notificationEntity, NotificationRow } from '../src/store/entities';
import { mailTo } from '../../../test/support/mailbox';
import { isolatedEnv } from '../../../test/support/stack';
import { testEmailBodies } from './support/bodies';

const BULK = 5000;
const PER_SECOND = 20;

/** DESIGN §8: email someone is waiting for goes ahead of announcements to many, which are paced. */
describe(`a verification email queued behind ${BULK} bulk announcements`, () => {
  let service: Awaited<ReturnType<typeof startNotification>>;
  beforeAll(async () => {
    service = await startNotification(loadNotificationConfig(isolatedEnv('lanes', { MAIL_BULK_PER_SECOND: String(PER_SECOND) })));
  });
  afterAll(async () => {
    await service?.platform.stop();
  });

  const sent = async (kind: string) =>
    Number((await service.platform.dataSource.query("SELECT COUNT(*) AS n FROM notification WHERE kind = ? AND status = 'SENT'", [kind]))[0].n);

  it('reaches the SMTP server within 2 s, while bulk mail goes out at its pace', async () => {
    const repository = service.platform.dataSource.getRepository(notificationEntity);
    const queuedAt = new Date(Date.now() - 1000);
    const bulk: NotificationRow[] = Array.from({ length: BULK }, (_, i) => ({
      id: randomUUID(),
      idempotencyKey: randomUUID().replace(/-/g, '').padEnd(64, '0'),
      tenantId: null,
      kind: 'CUSTOMER_AGREEMENT_UPDATED',
      lane: 'BULK',
      replyTo: null,
      toAddress: `customer-${i}@lanes.example.com`,
      subject: 'The Customer Agreement was updated',
      textBody: 'A new version of the Customer Agreement applies.',
      htmlBody: '<p>A new version of the Customer Agreement applies.</p>',
      sealedBodies: null,
      status: 'QUEUED',
      attempts: 0,
      lastError: null,
      relatedEntityId: null,
      nextAttemptAt: queuedAt,
      queuedAt,
      createdAt: queuedAt,
      updatedAt: queuedAt,
      sentAt: null,
    }));
    for (let i = 0; i < BULK; i += 500) await repository.insert(bulk.slice(i, i + 500));
    service.mailer.kick();

    const to = `verify-${randomUUID().slice(0, 8)}@lanes.example.com`;
    const startedAt = Date.now();
    await service.platform.dataSource.transaction((manager) =>
      queueEmail(manager, testEmailBodies(), {
        eventId: randomUUID(),
        kind: 'PRIMARY_CONTACT_VERIFICATION',
        to,
        tenantId: null,
        relatedEntityId: null,
        email: { subject: 'Confirm your address', text: 'Confirm your address.', html: '<p>Confirm your address.</p>' },
      }),
    );
    service.mailer.kick();
    while ((await mailTo(to)).length === 0) {
      if (Date.now() - startedAt > 10_000) throw new Error('the verification email did not arrive within 10 s');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const waitedMs = Date.now() - startedAt;

    // Then a few seconds of bulk mail, to see its pace.
    const bulkBefore = await sent('CUSTOMER_AGREEMENT_UPDATED');
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const bulkRate = ((await sent('CUSTOMER_AGREEMENT_UPDATED')) - bulkBefore) / 3;
    console.info(
      `mail lanes: verification delivered ${waitedMs} ms after it was queued behind ${BULK} bulk emails; bulk sent at ${bulkRate.toFixed(1)}/s (MAIL_BULK_PER_SECOND=${PER_SECOND})`,
    );
    expect(waitedMs).toBeLessThan(2000);
    expect(bulkRate).toBeGreaterThan(0);
    expect(bulkRate).toBeLessThanOrEqual(PER_SECOND * 1.5);
  }, 60_000);
});
