import { randomUUID } from 'node:crypto';
import { loadNotificationConfig } from '../src/config';
import { startNotification } from '../src/main';
import { eventually } from '../../../test/support/graphql';
import { isolatedEnv } from '../../../test/support/stack';
import { address, awaitMails, eventPublisher, mailsOfKind, now } from './support/events';

describe('emails to the user a customer assigns to a partner (R2 PARTNER role), from relationship events through Kafka to SMTP', () => {
  // It feeds made-up events: its own topics and databases keep them from other tests' services.
  const env = isolatedEnv('notifassignment');
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

  function assignment(email: string) {
    return {
      relationshipId: randomUUID(),
      partnerId: randomUUID(),
      partnerTenantId: randomUUID(),
      partnerName: 'Contoso Partners Ltd',
      customerTenantId: randomUUID(),
      customerName: 'Fabrikam Inc',
      roles: ['PARTNER'],
      assignedUser: { userId: randomUUID(), fullName: 'Paola Rossi', email },
    };
  }

  const rowsAbout = (relationshipId: string) =>
    db().query('SELECT kind, to_address, tenant_id, status FROM notification WHERE related_entity_id = ? ORDER BY created_at', [relationshipId]);

  it("tells the assigned user who assigned them to whom, files it under the customer's tenant, and tells them when it ends", async () => {
    const to = address('paola');
    const facts = assignment(to);
    await publisher.publish('channelgraph.relationship.PartnerUserAssigned.v1', facts.relationshipId, {
      ...facts,
      assignedByUserId: randomUUID(),
      assignedAt: now(),
    });
    const [mail] = await awaitMails(to, 'PARTNER_USER_ASSIGNED');
    expect(mail.subject).toBe('Fabrikam Inc assigned you to work with Contoso Partners Ltd');
    expect(mail.text).toContain('Hello Paola Rossi,');
    expect(mail.text).toContain("Contoso Partners Ltd is Fabrikam Inc's partner, and you are the user account it works with on your organisation's behalf.");

    await publisher.publish('channelgraph.relationship.PartnerUserUnassigned.v1', facts.relationshipId, {
      ...facts,
      reason: 'RELATIONSHIP_ENDED',
      unassignedByUserId: null,
      unassignedAt: now(),
    });
    const [ended] = await awaitMails(to, 'PARTNER_USER_UNASSIGNED');
    expect(ended.subject).toBe('You no longer work with Contoso Partners Ltd for Fabrikam Inc');
    expect(ended.text).toContain('the relationship between Fabrikam Inc and Contoso Partners Ltd has ended.');
    await eventually('both rows SENT', async () => {
      const rows = await rowsAbout(facts.relationshipId);
      return rows.length === 2 && rows.every((row: { status: string }) => row.status === 'SENT') ? rows : undefined;
    });
    expect(await rowsAbout(facts.relationshipId)).toEqual([
      { kind: 'PARTNER_USER_ASSIGNED', to_address: to, tenant_id: facts.customerTenantId, status: 'SENT' },
      { kind: 'PARTNER_USER_UNASSIGNED', to_address: to, tenant_id: facts.customerTenantId, status: 'SENT' },
    ]);
  });

  it('writes nothing to a user removed from the tenant, and sends an email once however often its event is delivered', async () => {
    const to = address('gone');
    const facts = assignment(to);
    const assigned = { ...facts, assignedByUserId: randomUUID(), assignedAt: now() };
    await publisher.publish('channelgraph.relationship.PartnerUserAssigned.v1', facts.relationshipId, assigned, { times: 2 });
    await publisher.publish('channelgraph.relationship.PartnerUserUnassigned.v1', facts.relationshipId, {
      ...facts,
      reason: 'USER_REMOVED',
      unassignedByUserId: randomUUID(),
      unassignedAt: now(),
    });
    await awaitMails(to, 'PARTNER_USER_ASSIGNED');
    // A marker event on the same relationship (same partition) comes after both: once it is handled, so were they.
    const marker = address('marker');
    await publisher.publish('channelgraph.relationship.PartnerUserAssigned.v1', facts.relationshipId, {
      ...assignment(marker),
      relationshipId: facts.relationshipId,
      assignedByUserId: randomUUID(),
      assignedAt: now(),
    });
    await awaitMails(marker, 'PARTNER_USER_ASSIGNED');
    expect(await mailsOfKind(to, 'PARTNER_USER_ASSIGNED')).toHaveLength(1);
    expect(await mailsOfKind(to, 'PARTNER_USER_UNASSIGNED')).toEqual([]);
  });
});
