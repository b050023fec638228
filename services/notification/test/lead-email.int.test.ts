import { serializeCloudEvent, STRUCTURED_CONTENT_TYPE, toCloudEvent } from '@channelgraph/common';
import { Kafka, logLevel } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { loadNotificationConfig } from '../src/config';
import { startNotification } from '../src/main';
import { eventually } from '../../../test/support/graphql';
import { CaughtMail, mailTo } from '../../../test/support/mailbox';
import { isolatedEnv } from '../../../test/support/stack';

describe('notification consuming PartnersContacted (R1 lead emails)', () => {
  // It feeds made-up events: its own topics and databases keep them from other tests' services.
  const env = isolatedEnv('notiflead');
  let service: Awaited<ReturnType<typeof startNotification>>;
  const kafka = new Kafka({ clientId: 'notification-lead-test', brokers: String(env.KAFKA_BROKERS).split(','), logLevel: logLevel.NOTHING });

  beforeAll(async () => {
    // No enrollment here: the test feeds the topic directly, as any producer of the contract could.
    service = await startNotification(loadNotificationConfig(env));
    await service.platform.consumer?.whenJoined();
  });
  afterAll(async () => {
    await service?.platform.stop();
  });

  const partner = (legalName: string, firstName: string) => {
    const id = randomUUID();
    return {
      partnerId: id,
      tenantId: randomUUID(),
      legalName,
      primaryContactEmail: `lead-${id.slice(0, 8)}@partner.example.com`,
      primaryContactFirstName: firstName,
    };
  };

  function partnersContacted(customerName: string, need: string, partners: Array<ReturnType<typeof partner>>) {
    const leadId = randomUUID();
    const customerTenantId = randomUUID();
    const event = toCloudEvent('/channelgraph/enrollment', {
      type: 'channelgraph.enrollment.PartnersContacted.v1',
      subject: leadId,
      tenantId: customerTenantId,
      data: { leadId, customerTenantId, customerName, contactEmail: 'buyer@customer.example.com', need, partners, contactedAt: new Date().toISOString() },
    });
    return { leadId, message: { key: leadId, value: serializeCloudEvent(event), headers: { 'content-type': STRUCTURED_CONTENT_TYPE } } };
  }

  async function publish(...messages: Array<{ key: string; value: string; headers: Record<string, string> }>) {
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: `${env.KAFKA_TOPIC_PREFIX}channelgraph.enrollment.lead`, messages });
    await producer.disconnect();
  }

  const firstMail = (address: string) =>
    eventually(`the lead email to ${address}`, async () => {
      const mails = await mailTo(address);
      return mails.length > 0 ? mails : undefined;
    });

  it("emails each partner's primary contact once: who asks, the need quoted, where to answer, what to do next", async () => {
    const contoso = partner('Contoso Cloud SAS', 'Camille');
    const fabrikam = partner('Fabrikam & Sons Ltd', 'Fred');
    const hostile = '<img src=x onerror=alert(1)> "Tailspin" & Co';
    const need = 'We are 40 people moving to Azure.\nWe need <b>Intune</b> set up & our licences managed.';
    const { leadId, message } = partnersContacted(hostile, need, [contoso, fabrikam]);
    await publish(message, message);

    const mails: Record<string, CaughtMail> = {};
    for (const recipient of [contoso, fabrikam]) [mails[recipient.partnerId]] = await firstMail(recipient.primaryContactEmail);
    await eventually('the redelivery consumed', async () => (service.platform.consumer!.stats.duplicate >= 1 ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 1000));

    for (const [recipient, other] of [
      [contoso, fabrikam],
      [fabrikam, contoso],
    ]) {
      expect(await mailTo(recipient.primaryContactEmail)).toHaveLength(1);
      const mail = mails[recipient.partnerId];
      expect(mail.subject).toBe(`New lead: ${hostile} is looking for a partner`);
      // Plain text: the customer's words as they wrote them, quoted.
      expect(mail.text).toContain(`Hello ${recipient.primaryContactFirstName},`);
      expect(mail.text).toContain(`${hostile} found ${recipient.legalName} in the partner directory`);
      expect(mail.text).toContain('> We are 40 people moving to Azure.\n> We need <b>Intune</b> set up & our licences managed.');
      expect(mail.text).toContain('Answer them at buyer@customer.example.com');
      expect(mail.text).toContain('What you can do next:');
      expect(mail.text).toContain('http://portal.channelgraph.test/sign-in');
      expect(mail.text).toContain('They also contacted one other partner with the same request');
      expect(mail.text).not.toContain(other.legalName);
      // HTML: every value escaped.
      expect(mail.html).not.toContain('<img');
      expect(mail.html).not.toContain('<b>Intune');
      expect(mail.html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; &quot;Tailspin&quot; &amp; Co');
      expect(mail.html).toContain('We need &lt;b&gt;Intune&lt;/b&gt; set up &amp; our licences managed.');
      expect(mail.html).toContain('href="mailto:buyer@customer.example.com"');
      expect(mail.html).toContain(recipient.legalName.replace('&', '&amp;'));
    }

    // Each email is filed under the contacted partner's tenant.
    const rows = await service.platform.dataSource.query(
      'SELECT to_address, tenant_id, kind, status FROM notification WHERE related_entity_id = ? ORDER BY to_address',
      [leadId],
    );
    expect(rows).toEqual(
      [contoso, fabrikam]
        .map((recipient) => ({ to_address: recipient.primaryContactEmail, tenant_id: recipient.tenantId, kind: 'PARTNER_LEAD', status: 'SENT' }))
        .sort((a, b) => a.to_address.localeCompare(b.to_address)),
    );
  });

  it('sends one email to a contact shared by two contacted partners', async () => {
    const first = partner('Northwind One', 'Nora');
    const second = { ...partner('Northwind Two', 'Nora'), primaryContactEmail: first.primaryContactEmail.toUpperCase() };
    const { leadId, message } = partnersContacted('Wide World Importers', 'We need help with our Microsoft 365 tenant.', [first, second]);
    await publish(message);
    const [mail] = await firstMail(first.primaryContactEmail);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await mailTo(first.primaryContactEmail)).toHaveLength(1);
    expect(mail.text).toContain('Wide World Importers found Northwind One');
    const rows = await service.platform.dataSource.query('SELECT tenant_id FROM notification WHERE related_entity_id = ?', [leadId]);
    expect(rows).toEqual([{ tenant_id: first.tenantId }]);
  });
});
