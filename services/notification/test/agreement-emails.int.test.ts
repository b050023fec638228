import { randomUUID } from 'node:crypto';
import { loadNotificationConfig } from '../src/config';
import { startNotification } from '../src/main';
import { eventually } from '../../../test/support/graphql';
import { isolatedEnv } from '../../../test/support/stack';
import { address, awaitMails, eventPublisher, mailsOfKind, now } from './support/events';
import { announceSignUp, announceUser, KnownUser, untilHandled, untilProjected } from './support/facts';

const KIND = 'CUSTOMER_AGREEMENT_UPDATED';

describe('emails to customer admins when a new Customer Agreement version awaits acceptance (R4)', () => {
  // It feeds made-up events: its own topics and databases keep them from other tests' services.
  const env = isolatedEnv('notifagreement');
  const publisher = eventPublisher(env);
  let service: Awaited<ReturnType<typeof startNotification>>;
  const db = () => service.platform.dataSource;

  beforeAll(async () => {
    service = await startNotification(loadNotificationConfig(env));
    await service.platform.consumer?.whenJoined();
  });
  afterAll(async () => {
    await publisher.close();
    await service?.platform.stop();
  });

  const version = () => `v${randomUUID().slice(0, 8)}`;

  function published(type: 'CUSTOMER_AGREEMENT' | 'PARTNER_AGREEMENT', templateId: string, supersededTemplateId: string | null, label = version()) {
    return publisher.publish('channelgraph.agreement.AgreementTemplatePublished.v1', type, {
      templateId,
      type,
      version: label,
      documentUrl: `https://channelgraph.example/agreements/${label}`,
      language: 'en',
      publishedAt: now(),
      publishedByUserId: supersededTemplateId ? randomUUID() : null,
      supersededTemplateId,
    });
  }

  function publishedV2(
    templateId: string,
    label: string,
    extra: {
      supersededTemplateId: string | null;
      reacceptanceDeadline?: string;
      versionsAcceptedUntilDeadline?: string[];
      translationOf?: string;
      language?: string;
    },
  ) {
    return publisher.publish('channelgraph.agreement.AgreementTemplatePublished.v2', 'CUSTOMER_AGREEMENT', {
      templateId,
      type: 'CUSTOMER_AGREEMENT',
      version: label,
      documentUrl: `https://channelgraph.example/agreements/${label}/${extra.language ?? 'en'}`,
      language: extra.language ?? 'en',
      publishedAt: now(),
      publishedByUserId: randomUUID(),
      supersededTemplateId: extra.supersededTemplateId,
      reacceptanceDeadline: extra.reacceptanceDeadline ?? null,
      versionsAcceptedUntilDeadline: extra.versionsAcceptedUntilDeadline ?? [],
      translationOf: extra.translationOf ?? null,
    });
  }

  function accepted(customer: KnownUser, templateId: string, type = 'CUSTOMER_AGREEMENT', byPartner = false, label = '1') {
    return publisher.publish(
      'channelgraph.agreement.AgreementAccepted.v1',
      customer.tenantId,
      {
        acceptanceId: randomUUID(),
        customerTenantId: customer.tenantId,
        templateId,
        type,
        version: label,
        method: byPartner ? 'CONFIRMED_BY_PARTNER' : 'ACCEPTED_BY_CUSTOMER',
        acceptedAt: now(),
        acceptedByUserId: byPartner ? null : customer.userId,
        contact: byPartner ? { firstName: 'Casey', lastName: 'Customer', email: address('casey'), phone: '+1 206 555 0101' } : null,
      },
      { tenantId: customer.tenantId },
    );
  }

  it('emails the global admins of customers still on an older version, and nobody for a first version or a partner agreement', async () => {
    const v1 = randomUUID();
    const v2 = randomUUID();
    const partnerV1 = randomUUID();
    // Seeded versions supersede nothing: announced, and no email.
    const seeded = await published('CUSTOMER_AGREEMENT', v1, null, '1');
    await published('PARTNER_AGREEMENT', partnerV1, null, '1');

    const behind = await announceSignUp(publisher, 'Behind Corp');
    const behindSecondAdmin = await announceUser(publisher, behind.tenantId, 'Second Admin', ['GLOBAL_ADMIN']);
    const behindAgent = await announceUser(publisher, behind.tenantId, 'Billing Only', ['BILLING_ADMIN']);
    const confirmedByPartner = await announceSignUp(publisher, 'Confirmed Corp');
    const upToDate = await announceSignUp(publisher, 'Early Corp');
    const never = await announceSignUp(publisher, 'Never Corp');
    const partnerOnly = await announceSignUp(publisher, 'Partner Corp');
    await accepted(behind, v1);
    await accepted(confirmedByPartner, v1, 'CUSTOMER_AGREEMENT', true);
    await accepted(upToDate, v1);
    // Accepted the new version before this service read its announcement (another topic): not behind.
    await accepted(upToDate, v2, 'CUSTOMER_AGREEMENT', false, '2026-02');
    await accepted(partnerOnly, partnerV1, 'PARTNER_AGREEMENT');
    await untilProjected(db(), {
      users: [behind, behindSecondAdmin, behindAgent, confirmedByPartner, upToDate, never, partnerOnly].map((user) => user.userId),
      acceptances: [behind, confirmedByPartner, upToDate, partnerOnly].map((user) => user.tenantId),
    });
    await untilHandled(db(), seeded.id);
    await eventuallyAccepted(upToDate.tenantId, v2);

    const partnerV2 = randomUUID();
    const partnerV2Published = await published('PARTNER_AGREEMENT', partnerV2, partnerV1);
    await published('CUSTOMER_AGREEMENT', v2, v1, '2026-02');

    for (const admin of [behind, behindSecondAdmin, confirmedByPartner]) {
      const [mail] = await awaitMails(admin.email, KIND);
      expect(mail.subject).toBe('Action needed: accept version 2026-02 of the Customer Agreement');
      expect(mail.text).toContain(`Hello ${admin.fullName},`);
      expect(mail.text).toContain('until one of its global admins accepts this one, your partners cannot purchase or manage subscriptions on your behalf');
      expect(mail.text).toContain('Sign in at http://portal.channelgraph.test/sign-in, open the Customer Agreement');
    }
    await untilHandled(db(), partnerV2Published.id);
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const other of [behindAgent, upToDate, never, partnerOnly]) expect(await mailsOfKind(other.email, KIND)).toEqual([]);
    // Other tests' customers share this database; only this test's tenants are judged here.
    const ours = [behind, confirmedByPartner, upToDate, never, partnerOnly].map((customer) => customer.tenantId);
    const rows = await db().query(
      'SELECT to_address, tenant_id FROM notification WHERE kind = ? AND related_entity_id = ? AND tenant_id IN (?) ORDER BY to_address',
      [KIND, v2, ours],
    );
    expect(rows).toEqual(
      [behind, behindSecondAdmin, confirmedByPartner]
        .map((admin) => ({ to_address: admin.email, tenant_id: admin.tenantId }))
        .sort((a, b) => a.to_address.localeCompare(b.to_address)),
    );
    const [{ n }] = await db().query('SELECT COUNT(*) AS n FROM notification WHERE related_entity_id IN (?)', [[v1, partnerV1, partnerV2]]);
    expect(Number(n)).toBe(0);
  });

  it('tells customers whose version is still honoured until when, and emails nobody for a translation', async () => {
    const [current, next, italian] = [randomUUID(), randomUUID(), randomUUID()];
    const [currentLabel, nextLabel] = [version(), version()];
    const honoured = await announceSignUp(publisher, 'Honoured Corp');
    const older = await announceSignUp(publisher, 'Older Corp');
    await accepted(honoured, current, 'CUSTOMER_AGREEMENT', false, currentLabel);
    await accepted(older, randomUUID(), 'CUSTOMER_AGREEMENT', false, version());
    await untilProjected(db(), { users: [honoured, older].map((user) => user.userId), acceptances: [honoured, older].map((user) => user.tenantId) });

    const deadline = '2027-01-15T00:00:00.000Z';
    await publishedV2(next, nextLabel, { supersededTemplateId: current, reacceptanceDeadline: deadline, versionsAcceptedUntilDeadline: [currentLabel] });
    const [mail] = await awaitMails(honoured.email, KIND);
    const date = new Date(deadline).toUTCString();
    expect(mail.subject).toBe(`Accept version ${nextLabel} of the Customer Agreement by ${date}`);
    expect(mail.text).toContain(`which still counts until ${date}: until then your partners can go on purchasing`);
    const [olderMail] = await awaitMails(older.email, KIND);
    expect(olderMail.subject).toBe(`Action needed: accept version ${nextLabel} of the Customer Agreement`);

    const translation = await publishedV2(italian, nextLabel, { supersededTemplateId: null, translationOf: next, language: 'it' });
    await untilHandled(db(), translation.id);
    const [{ n }] = await db().query('SELECT COUNT(*) AS n FROM notification WHERE related_entity_id = ?', [italian]);
    expect(Number(n)).toBe(0);
    expect(await mailsOfKind(honoured.email, KIND)).toHaveLength(1);
  });

  async function eventuallyAccepted(tenantId: string, templateId: string) {
    await untilProjected(db(), { acceptances: [tenantId] });
    await eventually('the latest acceptance', async () => {
      const [row] = await db().query("SELECT template_id FROM agreement_acceptance WHERE customer_tenant_id = ? AND agreement_type = 'CUSTOMER_AGREEMENT'", [
        tenantId,
      ]);
      return row?.template_id === templateId ? true : undefined;
    });
  }
});
