import { randomUUID } from 'node:crypto';
import { loadNotificationConfig } from '../src/config';
import { startNotification } from '../src/main';
import { isolatedEnv } from '../../../test/support/stack';
import { awaitMails, eventPublisher, mailsOfKind, now } from './support/events';
import { announcePartner, KnownPartner, untilProjected } from './support/facts';

const SIGN_IN = 'http://portal.channelgraph.test/sign-in';

describe('emails about indirect provider links (R13), from relationship events through Kafka to SMTP', () => {
  // It feeds made-up events: its own topics and databases keep them from other tests' services.
  const env = isolatedEnv('notiflink');
  const publisher = eventPublisher(env);
  let service: Awaited<ReturnType<typeof startNotification>>;
  let provider: KnownPartner;
  let reseller: KnownPartner;
  const db = () => service.platform.dataSource;

  beforeAll(async () => {
    service = await startNotification(loadNotificationConfig(env));
    await service.platform.consumer?.whenJoined();
    provider = await announcePartner(publisher, 'Northwind Distribution', 'INDIRECT_PROVIDER');
    reseller = await announcePartner(publisher, 'Adatum Resellers', 'INDIRECT_RESELLER');
    await untilProjected(db(), { partners: [provider.partnerId, reseller.partnerId] });
  });
  afterAll(async () => {
    await publisher.close();
    await service?.platform.stop();
  });

  const link = () => ({
    linkId: randomUUID(),
    providerId: provider.partnerId,
    providerTenantId: provider.tenantId,
    providerName: provider.legalName,
    resellerId: reseller.partnerId,
    resellerTenantId: reseller.tenantId,
    resellerName: reseller.legalName,
  });

  const rowsAbout = (linkId: string) => db().query('SELECT kind, to_address, tenant_id FROM notification WHERE related_entity_id = ?', [linkId]);

  it("tells the provider's primary contact that a reseller authorised it, and what it may now do", async () => {
    const facts = link();
    await publisher.publish('channelgraph.relationship.IndirectProviderAuthorized.v1', facts.linkId, {
      ...facts,
      requestId: randomUUID(),
      authorizedAt: now(),
    });
    const [mail] = await awaitMails(provider.contact.email, 'INDIRECT_PROVIDER_AUTHORIZED');
    expect(mail.subject).toBe('Adatum Resellers authorised Northwind Distribution as its indirect provider');
    expect(mail.text).toContain('Adatum Resellers accepted your invitation');
    expect(mail.text).toContain('You can place orders and add subscriptions for the customers it shares with you');
    expect(mail.text).toContain(`Sign in at ${SIGN_IN} and open Indirect resellers`);
    expect(mail.html).toContain(`<a href="${SIGN_IN}">Sign in</a>`);
    expect(await mailsOfKind(reseller.contact.email, 'INDIRECT_PROVIDER_AUTHORIZED')).toEqual([]);
    expect(await rowsAbout(facts.linkId)).toEqual([{ kind: 'INDIRECT_PROVIDER_AUTHORIZED', to_address: provider.contact.email, tenant_id: provider.tenantId }]);
  });

  it("tells the provider's primary contact that the reseller removed its admin access, and that the link stays", async () => {
    const facts = link();
    await publisher.publish('channelgraph.relationship.ProviderAdminAccessRemoved.v1', facts.linkId, { ...facts, removedAt: now() });
    const [mail] = await awaitMails(provider.contact.email, 'PROVIDER_ADMIN_ACCESS_REMOVED');
    expect(mail.subject).toBe('Admin access removed by Adatum Resellers');
    expect(mail.text).toContain('Adatum Resellers removed the admin access of Northwind Distribution to its own tenant');
    expect(mail.text).toContain('The link itself stays');
    expect(mail.text).toContain('ask them to grant it again');
    expect(await rowsAbout(facts.linkId)).toMatchObject([{ kind: 'PROVIDER_ADMIN_ACCESS_REMOVED', tenant_id: provider.tenantId }]);
  });

  it('tells the other side, in its own terms, when one side revokes the link', async () => {
    const byProvider = link();
    await publisher.publish('channelgraph.relationship.IndirectLinkRevoked.v1', byProvider.linkId, {
      ...byProvider,
      revokedByPartnerId: provider.partnerId,
      revokedAt: now(),
    });
    const [toReseller] = await awaitMails(reseller.contact.email, 'INDIRECT_LINK_REVOKED');
    expect(toReseller.subject).toBe('Northwind Distribution ended your indirect provider link');
    expect(toReseller.text).toContain('Northwind Distribution is no longer your indirect provider');
    expect(toReseller.text).toContain('the primary contact of Adatum Resellers');
    expect(await rowsAbout(byProvider.linkId)).toEqual([{ kind: 'INDIRECT_LINK_REVOKED', to_address: reseller.contact.email, tenant_id: reseller.tenantId }]);

    const byReseller = link();
    await publisher.publish('channelgraph.relationship.IndirectLinkRevoked.v1', byReseller.linkId, {
      ...byReseller,
      revokedByPartnerId: reseller.partnerId,
      revokedAt: now(),
    });
    const [toProvider] = await awaitMails(provider.contact.email, 'INDIRECT_LINK_REVOKED');
    expect(toProvider.subject).toBe('Adatum Resellers ended your indirect provider link');
    expect(toProvider.text).toContain('Adatum Resellers no longer appears on your Indirect resellers page');
    expect(toProvider.text).toContain('send Adatum Resellers a new reseller invitation');
    expect(await rowsAbout(byReseller.linkId)).toEqual([{ kind: 'INDIRECT_LINK_REVOKED', to_address: provider.contact.email, tenant_id: provider.tenantId }]);
    expect(await mailsOfKind(reseller.contact.email, 'INDIRECT_LINK_REVOKED')).toHaveLength(1);
  });
});
