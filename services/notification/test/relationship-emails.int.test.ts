import { randomUUID } from 'node:crypto';
import { loadNotificationConfig } from '../src/config';
import { startNotification } from '../src/main';
import { eventually } from '../../../test/support/graphql';
import { isolatedEnv } from '../../../test/support/stack';
import { address, awaitMails, eventPublisher, mailsOfKind, now } from './support/events';
import { announcePartner, announceSignUp, announceUser, KnownPartner, KnownUser, untilHandled, untilProjected } from './support/facts';

const SIGN_IN = 'http://portal.channelgraph.test/sign-in';

describe('emails about relationships, from relationship events through Kafka to SMTP', () => {
  // It feeds made-up events: its own topics and databases keep them from other tests' services.
  const env = isolatedEnv('notifrelationship');
  const publisher = eventPublisher(env);
  let service: Awaited<ReturnType<typeof startNotification>>;
  let partner: KnownPartner;
  let customer: KnownUser;
  const db = () => service.platform.dataSource;

  beforeAll(async () => {
    service = await startNotification(loadNotificationConfig(env));
    await service.platform.consumer?.whenJoined();
    partner = await announcePartner(publisher, 'Contoso Partners Ltd');
    customer = await announceSignUp(publisher, 'Fabrikam Inc');
    await untilProjected(db(), { partners: [partner.partnerId], users: [customer.userId] });
  });
  afterAll(async () => {
    await publisher.close();
    await service?.platform.stop();
  });

  /** The facts every relationship event carries. */
  function relationship(overrides: { customerName?: string | null; roles?: string[]; customerTenantId?: string; partnerId?: string } = {}) {
    return {
      relationshipId: randomUUID(),
      partnerId: overrides.partnerId ?? partner.partnerId,
      partnerTenantId: partner.tenantId,
      partnerName: partner.legalName,
      customerTenantId: overrides.customerTenantId ?? customer.tenantId,
      customerName: overrides.customerName === undefined ? 'Fabrikam Inc' : overrides.customerName,
      roles: overrides.roles ?? ['RESELLER', 'DELEGATED_ADMIN'],
    };
  }

  const rowsAbout = (relatedEntityId: string) =>
    db().query('SELECT kind, to_address, tenant_id, status FROM notification WHERE related_entity_id = ? ORDER BY created_at', [relatedEntityId]);

  it("tells the partner's primary contact that a customer accepted its invitation, and files it under the partner's tenant", async () => {
    const facts = relationship();
    await publisher.publish('channelgraph.relationship.RelationshipEstablished.v1', facts.relationshipId, {
      ...facts,
      requestId: randomUUID(),
      establishedAt: now(),
    });

    const [mail] = await awaitMails(partner.contact.email, 'RELATIONSHIP_ACCEPTED');
    expect(mail.subject).toBe('Invitation accepted: Fabrikam Inc is now a customer of Contoso Partners Ltd');
    expect(mail.text).toContain('Hello Pat,');
    expect(mail.text).toContain('Fabrikam Inc accepted the invitation and authorised Contoso Partners Ltd as its reseller and delegated admin.');
    expect(mail.text).toContain('What you can do next:');
    expect(mail.text).toContain(`Sign in at ${SIGN_IN}: Fabrikam Inc now appears on your Customers page`);
    expect(mail.html).toContain(`<a href="${SIGN_IN}">Sign in</a>`);
    await eventually('the SENT row', async () => ((await rowsAbout(facts.relationshipId))[0]?.status === 'SENT' ? true : undefined));
    expect(await rowsAbout(facts.relationshipId)).toEqual([
      { kind: 'RELATIONSHIP_ACCEPTED', to_address: partner.contact.email, tenant_id: partner.tenantId, status: 'SENT' },
    ]);
  });

  it('sends nothing for a relationship established without an invitation, and escapes a hostile customer name when admin privileges are removed', async () => {
    const hostile = '<img src=x onerror=alert(1)> "Tailspin" & Co';
    const facts = relationship({ customerName: hostile });
    // Same relationship, so the same partition: the second event is handled after the first.
    await publisher.publish('channelgraph.relationship.RelationshipEstablished.v1', facts.relationshipId, { ...facts, requestId: null, establishedAt: now() });
    await publisher.publish('channelgraph.relationship.AdminPrivilegesRemoved.v1', facts.relationshipId, {
      ...facts,
      roles: ['RESELLER'],
      removedByUserId: customer.userId,
      removedAt: now(),
    });

    const [mail] = await awaitMails(partner.contact.email, 'ADMIN_PRIVILEGES_REMOVED');
    expect(mail.subject).toBe(`Delegated admin privileges removed by ${hostile}`);
    expect(mail.text).toContain(`${hostile} removed the delegated admin privileges of Contoso Partners Ltd`);
    expect(mail.text).toContain('The relationship itself stays: Contoso Partners Ltd remains its reseller.');
    expect(mail.text).toContain('send a new invitation with the delegated admin role');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; &quot;Tailspin&quot; &amp; Co');
    expect((await rowsAbout(facts.relationshipId)).map((row: { kind: string }) => row.kind)).toEqual(['ADMIN_PRIVILEGES_REMOVED']);
  });

  it('tells the inviting partner that its invitation was declined, suggesting fewer roles when it asked for admin rights', async () => {
    const requestId = randomUUID();
    const invitee = address('buyer', 'customer.example.com');
    await publisher.publish('channelgraph.relationship.RelationshipRequestDeclined.v1', requestId, {
      requestId,
      kind: 'CUSTOMER',
      partnerId: partner.partnerId,
      partnerTenantId: partner.tenantId,
      partnerName: partner.legalName,
      indirectProviderId: null,
      indirectProviderName: null,
      roles: ['RESELLER', 'DELEGATED_ADMIN'],
      inviteeEmail: invitee,
      declinedByTenantId: customer.tenantId,
      declinedAt: now(),
    });
    const [mail] = await awaitMails(partner.contact.email, 'RELATIONSHIP_DECLINED');
    expect(mail.subject).toBe(`Invitation declined by ${invitee}`);
    expect(mail.text).toContain(`${invitee} declined the invitation to a relationship with Contoso Partners Ltd as its reseller and delegated admin`);
    expect(mail.text).toContain('invite them again with fewer roles');
    expect(mail.text).toContain(SIGN_IN);
    await eventually('the row', async () => ((await rowsAbout(requestId)).length > 0 ? true : undefined));
    expect(await rowsAbout(requestId)).toMatchObject([{ kind: 'RELATIONSHIP_DECLINED', tenant_id: partner.tenantId }]);
  });

  it('tells both partners of a combined invitation (R19) that the customer declined it', async () => {
    const provider = await announcePartner(publisher, 'Northwind Provider Inc');
    await untilProjected(db(), { partners: [provider.partnerId] });
    const requestId = randomUUID();
    const invitee = address('buyer', 'customer.example.com');
    await publisher.publish('channelgraph.relationship.RelationshipRequestDeclined.v1', requestId, {
      requestId,
      kind: 'CUSTOMER_WITH_PROVIDER',
      partnerId: partner.partnerId,
      partnerTenantId: partner.tenantId,
      partnerName: partner.legalName,
      indirectProviderId: provider.partnerId,
      indirectProviderName: provider.legalName,
      // R19: a combined invitation asks the reseller for reseller and delegated admin.
      roles: ['RESELLER', 'DELEGATED_ADMIN'],
      inviteeEmail: invitee,
      declinedByTenantId: customer.tenantId,
      declinedAt: now(),
    });
    const expected = `${invitee} declined the invitation to a relationship with Contoso Partners Ltd as its reseller and delegated admin, and Northwind Provider Inc as its reseller`;
    const toReseller = await eventually('the reseller’s email', async () =>
      (await mailsOfKind(partner.contact.email, 'RELATIONSHIP_DECLINED')).find((mail) => mail.text.includes('Northwind')),
    );
    expect(toReseller.text).toContain(expected);
    expect(toReseller.text).toContain('the primary contact of Contoso Partners Ltd.');
    const [toProvider] = await awaitMails(provider.contact.email, 'RELATIONSHIP_DECLINED');
    expect(toProvider.text).toContain(expected);
    expect(toProvider.text).toContain('the primary contact of Northwind Provider Inc.');
    await eventually('both rows', async () => ((await rowsAbout(requestId)).length === 2 ? true : undefined));
    expect(await rowsAbout(requestId)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'RELATIONSHIP_DECLINED', tenant_id: partner.tenantId }),
        expect.objectContaining({ kind: 'RELATIONSHIP_DECLINED', tenant_id: provider.tenantId }),
      ]),
    );
  });

  it('sends one email when the customer deletes a relationship, even if the event arrives twice', async () => {
    const facts = relationship({ roles: ['ADVISOR'] });
    const duplicatesBefore = service.platform.consumer!.stats.duplicate;
    await publisher.publish(
      'channelgraph.relationship.RelationshipDeleted.v1',
      facts.relationshipId,
      { ...facts, deletedByUserId: customer.userId, deletedAt: now() },
      { times: 2 },
    );

    const [mail] = await awaitMails(partner.contact.email, 'RELATIONSHIP_DELETED');
    expect(mail.subject).toBe('Relationship deleted by Fabrikam Inc');
    expect(mail.text).toContain('Fabrikam Inc deleted its relationship with Contoso Partners Ltd');
    expect(mail.text).toContain('Contoso Partners Ltd was its advisor; it can no longer act in Fabrikam Inc');
    expect(mail.text).toContain('send a new invitation');
    await eventually('the redelivery consumed', async () => (service.platform.consumer!.stats.duplicate > duplicatesBefore ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await mailsOfKind(partner.contact.email, 'RELATIONSHIP_DELETED')).toHaveLength(1);
    expect(await rowsAbout(facts.relationshipId)).toMatchObject([{ kind: 'RELATIONSHIP_DELETED', tenant_id: partner.tenantId, status: 'SENT' }]);
  });

  it("emails the customer's current global admins, and nobody else, when the partner ends the relationship", async () => {
    const second = await announceUser(publisher, customer.tenantId, 'Second Admin', ['GLOBAL_ADMIN']);
    const helpdesk = await announceUser(publisher, customer.tenantId, 'Helpdesk Only', ['HELPDESK_AGENT']);
    const demoted = await announceUser(publisher, customer.tenantId, 'Former Admin', ['GLOBAL_ADMIN']);
    const promoted = await announceUser(publisher, customer.tenantId, 'New Admin', ['BILLING_ADMIN']);
    const removed = await announceUser(publisher, customer.tenantId, 'Gone Admin', ['GLOBAL_ADMIN']);
    const changed = (user: KnownUser, roles: string[], previousRoles: string[]) =>
      publisher.publish('channelgraph.enrollment.UserRolesChanged.v1', user.userId, {
        userId: user.userId,
        tenantId: user.tenantId,
        roles,
        previousRoles,
        changedByUserId: customer.userId,
        changedAt: now(),
      });
    await changed(demoted, ['BILLING_ADMIN'], ['GLOBAL_ADMIN']);
    await changed(promoted, ['GLOBAL_ADMIN', 'BILLING_ADMIN'], ['BILLING_ADMIN']);
    await publisher.publish('channelgraph.enrollment.UserRemoved.v1', removed.userId, {
      userId: removed.userId,
      tenantId: removed.tenantId,
      email: removed.email,
      removedByUserId: customer.userId,
      removedAt: now(),
    });
    await eventually('the user projection', async () => {
      const [row] = await db().query(
        "SELECT COUNT(*) AS n FROM tenant_user WHERE tenant_id = ? AND removed_at IS NULL AND FIND_IN_SET('GLOBAL_ADMIN', roles) > 0",
        [customer.tenantId],
      );
      const [gone] = await db().query('SELECT removed_at, email FROM tenant_user WHERE user_id = ?', [removed.userId]);
      return Number(row.n) === 3 && gone?.removed_at ? true : undefined;
    });

    const facts = relationship({ roles: ['RESELLER'] });
    await publisher.publish('channelgraph.relationship.RelationshipTerminated.v1', facts.relationshipId, {
      ...facts,
      terminatedByUserId: randomUUID(),
      terminatedAt: now(),
    });

    for (const admin of [customer, second, promoted]) {
      const [mail] = await awaitMails(admin.email, 'RELATIONSHIP_TERMINATED');
      expect(mail.subject).toBe('Contoso Partners Ltd ended its relationship with your organisation');
      expect(mail.text).toContain(`Hello ${admin.fullName},`);
      expect(mail.text).toContain('It was your reseller; it can no longer buy for you or act in your tenant.');
      expect(mail.text).toContain(`Sign in at ${SIGN_IN} to review your remaining partners`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    for (const other of [helpdesk, demoted, removed]) expect(await mailsOfKind(other.email, 'RELATIONSHIP_TERMINATED')).toEqual([]);
    const rows = await rowsAbout(facts.relationshipId);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toMatchObject({ kind: 'RELATIONSHIP_TERMINATED', tenant_id: customer.tenantId });
    // A removed user keeps no personal data here.
    expect(await db().query('SELECT email, full_name FROM tenant_user WHERE user_id = ?', [removed.userId])).toEqual([{ email: null, full_name: null }]);
  });

  it("holds, without dead-lettering, the email about a partner whose contact is not known here yet, and sends it once the partner's enrollment arrives", async () => {
    const late = { partnerId: randomUUID(), tenantId: randomUUID() };
    const facts = { ...relationship({ partnerId: late.partnerId }), partnerTenantId: late.tenantId };
    const deleted = await publisher.publish('channelgraph.relationship.RelationshipDeleted.v1', facts.relationshipId, {
      ...facts,
      deletedByUserId: customer.userId,
      deletedAt: now(),
    });
    await untilHandled(db(), deleted.id);
    expect(await db().query('SELECT waiting_for FROM deferred_email WHERE event_id = ?', [deleted.id])).toEqual([{ waiting_for: `partner:${late.partnerId}` }]);
    expect(await rowsAbout(facts.relationshipId)).toEqual([]);

    const known = await announcePartner(publisher, 'Late Partners Ltd', 'INDIRECT_RESELLER', late.tenantId, late.partnerId);
    const [mail] = await awaitMails(known.contact.email, 'RELATIONSHIP_DELETED');
    expect(mail.subject).toContain('Fabrikam Inc');
    expect(await db().query('SELECT event_id FROM deferred_email WHERE event_id = ?', [deleted.id])).toEqual([]);
    // Released once: the partner's second event (activation) finds nothing waiting.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await mailsOfKind(known.contact.email, 'RELATIONSHIP_DELETED')).toHaveLength(1);
    expect(service.platform.consumer!.stats['dead-lettered']).toBe(0);
  });

  it("holds the customer's email until its tenant's global admin is known", async () => {
    const tenantId = randomUUID();
    const facts = relationship({ customerTenantId: tenantId });
    const terminated = await publisher.publish('channelgraph.relationship.RelationshipTerminated.v1', facts.relationshipId, {
      ...facts,
      terminatedByUserId: randomUUID(),
      terminatedAt: now(),
    });
    await untilHandled(db(), terminated.id);
    expect(await db().query('SELECT waiting_for FROM deferred_email WHERE event_id = ?', [terminated.id])).toEqual([
      { waiting_for: `tenant-admins:${tenantId}` },
    ]);

    const admin = await announceSignUp(publisher, 'Fabrikam Inc', tenantId);
    await awaitMails(admin.email, 'RELATIONSHIP_TERMINATED');
    expect((await rowsAbout(facts.relationshipId)).map((row: { kind: string; to_address: string }) => [row.kind, row.to_address])).toEqual([
      ['RELATIONSHIP_TERMINATED', admin.email],
    ]);
  });

  it("keeps the partner's newest contact when an older partner event arrives late (the events' sequence decides)", async () => {
    const partnerId = randomUUID();
    const tenantId = randomUUID();
    const contact = (label: string) => ({ firstName: label, lastName: 'Primary', email: address(label.toLowerCase(), 'partner.example.com') });
    const base = { partnerId, tenantId, program: 'INDIRECT_RESELLER', legalName: 'Sequenced Partners Ltd', mpnId: '7654321' };
    const current = contact('Current');
    const stale = contact('Stale');
    await publisher.publish(
      'channelgraph.enrollment.PartnerActivated.v1',
      partnerId,
      { ...base, primaryContact: current, adminAgentUserId: randomUUID(), activatedAt: now() },
      { tenantId, sequence: 4 },
    );
    // Replayed from a dead-letter topic, say: sequence 1 of the same partner, after 4.
    const late = await publisher.publish(
      'channelgraph.enrollment.PartnerEnrollmentSubmitted.v1',
      partnerId,
      { ...base, primaryContact: stale, submittedAt: now() },
      { tenantId, sequence: 1 },
    );
    await untilHandled(db(), late.id);
    expect(await db().query('SELECT email, last_sequence FROM partner_contact WHERE partner_id = ?', [partnerId])).toEqual([
      { email: current.email, last_sequence: '4' },
    ]);

    const facts = { ...relationship({ partnerId }), partnerTenantId: tenantId };
    await publisher.publish('channelgraph.relationship.RelationshipDeleted.v1', facts.relationshipId, {
      ...facts,
      deletedByUserId: customer.userId,
      deletedAt: now(),
    });
    await awaitMails(current.email, 'RELATIONSHIP_DELETED');
    expect(await mailsOfKind(stale.email, 'RELATIONSHIP_DELETED')).toEqual([]);
  });
});
