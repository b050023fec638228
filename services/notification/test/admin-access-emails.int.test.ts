import { Links } from '@channelgraph/common';
import { randomUUID } from 'node:crypto';
import { loadNotificationConfig } from '../src/config';
import { startNotification } from '../src/main';
import { eventually } from '../../../test/support/graphql';
import { isolatedEnv } from '../../../test/support/stack';
import { address, awaitMails, eventPublisher, linkToken, mailsOfKind, now } from './support/events';
import { announcePartner, announceSignUp, KnownPartner, KnownUser, untilHandled, untilProjected } from './support/facts';

const SIGN_IN = 'http://portal.channelgraph.test/sign-in';

describe('B1, B2: emails about delegated admin access, from relationship events through Kafka to SMTP', () => {
  // It feeds made-up events: its own topics and databases keep them from other tests' services.
  const env = isolatedEnv('notifadminaccess');
  const publisher = eventPublisher(env);
  const links = new Links(loadNotificationConfig(env).PUBLIC_URL);
  let service: Awaited<ReturnType<typeof startNotification>>;
  let partner: KnownPartner;
  let partnerAdmin: KnownUser;
  let agent: KnownUser;
  let salesAgent: KnownUser;
  let customer: KnownUser;
  let relationshipAdmin: KnownUser;
  let helpdesk: KnownUser;
  const db = () => service.platform.dataSource;

  /** A user enrollment added (v2 knows RELATIONSHIP_ADMIN, B4). */
  async function userOf(tenantId: string, fullName: string, roles: string[], domain: string): Promise<KnownUser> {
    const user = { userId: randomUUID(), tenantId, fullName, email: address(fullName.split(' ')[0].toLowerCase(), domain) };
    await publisher.publish('channelgraph.enrollment.UserAdded.v2', user.userId, { ...user, roles, addedByUserId: randomUUID(), addedAt: now() }, { tenantId });
    return user;
  }

  beforeAll(async () => {
    service = await startNotification(loadNotificationConfig(env));
    await service.platform.consumer?.whenJoined();
    partner = await announcePartner(publisher, 'Contoso Partners Ltd');
    partnerAdmin = await announceSignUp(publisher, 'Contoso Partners Ltd', partner.tenantId);
    agent = await userOf(partner.tenantId, 'Alex Agent', ['ADMIN_AGENT'], 'partner.example.com');
    salesAgent = await userOf(partner.tenantId, 'Sam Sales', ['SALES_AGENT'], 'partner.example.com');
    customer = await announceSignUp(publisher, 'Fabrikam Inc');
    relationshipAdmin = await userOf(customer.tenantId, 'Rita Relations', ['RELATIONSHIP_ADMIN'], 'customer.example.com');
    helpdesk = await userOf(customer.tenantId, 'Hal Helpdesk', ['HELPDESK_AGENT'], 'customer.example.com');
    await untilProjected(db(), {
      partners: [partner.partnerId],
      users: [partnerAdmin.userId, agent.userId, salesAgent.userId, customer.userId, relationshipAdmin.userId, helpdesk.userId],
    });
  });
  afterAll(async () => {
    await publisher.close();
    await service?.platform.stop();
  });

  /** The facts every admin access event carries. */
  function relationship(overrides: { partnerTenantId?: string } = {}) {
    return {
      relationshipId: randomUUID(),
      partnerId: partner.partnerId,
      partnerTenantId: overrides.partnerTenantId ?? partner.tenantId,
      partnerName: partner.legalName,
      customerTenantId: customer.tenantId,
      customerName: 'Fabrikam Inc',
      roles: ['RESELLER', 'DELEGATED_ADMIN'],
    };
  }

  const rowsAbout = (relatedEntityId: string) =>
    db().query('SELECT kind, to_address, tenant_id FROM notification WHERE related_entity_id = ? ORDER BY to_address', [relatedEntityId]);

  const byAddress = (rows: Array<{ to_address: string }>) => rows.map((row) => row.to_address).sort();

  /** The email of `kind` to `address` whose subject is `subject` (a reader gets one of each kind per change). */
  const mailWithSubject = (to: string, kind: string, subject: string) =>
    eventually(`${kind} "${subject}" to ${to}`, async () => (await mailsOfKind(to, kind)).find((mail) => mail.subject === subject));

  /** Nobody outside the expected readers got an email of `kind`. */
  async function nobodyElse(kind: string, others: KnownUser[]): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    for (const other of others) expect(await mailsOfKind(other.email, kind)).toEqual([]);
  }

  it("warns the partner's admin agents and the customer's global and relationship admins before admin access ends, each on their side", async () => {
    const facts = relationship();
    const expiresAt = '2027-01-06T09:00:00.000Z';
    await publisher.publish('channelgraph.relationship.AdminAccessExpiring.v1', facts.relationshipId, {
      ...facts,
      adminRoles: ['USER_ADMINISTRATOR', 'HELPDESK_ADMINISTRATOR'],
      adminAccessExpiresAt: expiresAt,
      autoExtend: false,
      daysLeft: 7,
      warnedAt: now(),
    });

    const [toAgent] = await awaitMails(agent.email, 'ADMIN_ACCESS_EXPIRING');
    expect(toAgent.subject).toBe('The admin access of Contoso Partners Ltd to Fabrikam Inc ends in 7 days');
    expect(toAgent.text).toContain(`Hello ${agent.fullName},`);
    expect(toAgent.text).toContain(
      `The delegated admin access of Contoso Partners Ltd to Fabrikam Inc ends in 7 days, on ${new Date(expiresAt).toUTCString()}. Its admin roles: User administrator and Helpdesk administrator.`,
    );
    expect(toAgent.text).toContain('Auto-extend is off: the access ends at its expiry unless an extension is approved.');
    expect(toAgent.text).toContain('ask them to extend it with a change of admin access before it ends');
    expect(toAgent.text).toContain(`This email went to ${agent.email}, an admin agent of Contoso Partners Ltd.`);
    for (const admin of [customer, relationshipAdmin]) {
      const [mail] = await awaitMails(admin.email, 'ADMIN_ACCESS_EXPIRING');
      expect(mail.subject).toBe(toAgent.subject);
      expect(mail.text).toContain('If Contoso Partners Ltd still needs it, it will ask you to extend it');
      expect(mail.text).not.toContain('ask them to extend it');
      expect(mail.html).toContain(`<a href="${SIGN_IN}">Sign in</a>`);
    }
    expect((await awaitMails(relationshipAdmin.email, 'ADMIN_ACCESS_EXPIRING'))[0].text).toContain('a relationship admin of your organisation.');
    expect((await awaitMails(customer.email, 'ADMIN_ACCESS_EXPIRING'))[0].text).toContain('a global admin of your organisation.');
    // The partner has an admin agent: its global admin and sales agent are not written to; nor the customer's helpdesk.
    await nobodyElse('ADMIN_ACCESS_EXPIRING', [partnerAdmin, salesAgent, helpdesk]);
    const rows = await rowsAbout(facts.relationshipId);
    expect(byAddress(rows)).toEqual([agent.email, customer.email, relationshipAdmin.email].sort());
    // Each is filed under its reader's own tenant.
    for (const row of rows) expect(row.tenant_id).toBe(row.to_address === agent.email ? partner.tenantId : customer.tenantId);
  });

  it("tells only the customer's admins when the partner switches auto-extend, one email each even if the event arrives twice", async () => {
    const facts = relationship();
    const expiresAt = '2027-03-01T00:00:00.000Z';
    const duplicatesBefore = service.platform.consumer!.stats.duplicate;
    await publisher.publish(
      'channelgraph.relationship.AdminAccessChanged.v1',
      facts.relationshipId,
      {
        ...facts,
        change: 'AUTO_EXTEND_SET',
        adminRoles: ['LICENSE_ADMINISTRATOR'],
        adminAccessExpiresAt: expiresAt,
        autoExtend: true,
        previousAdminRoles: ['LICENSE_ADMINISTRATOR'],
        previousAdminAccessExpiresAt: expiresAt,
        changedByUserId: agent.userId,
        requestId: null,
        changedAt: now(),
      },
      { times: 2 },
    );

    for (const admin of [customer, relationshipAdmin]) {
      const [mail] = await awaitMails(admin.email, 'ADMIN_ACCESS_CHANGED');
      expect(mail.subject).toBe('Contoso Partners Ltd turned on auto-extend of its admin access to your organisation');
      expect(mail.text).toContain('Contoso Partners Ltd turned on auto-extend of its delegated admin access to Fabrikam Inc on');
      expect(mail.text).toContain(
        `Contoso Partners Ltd now holds these admin roles in the tenant of Fabrikam Inc: License administrator, until ${new Date(expiresAt).toUTCString()}. Auto-extend is on`,
      );
      // Roles and expiry did not change: no "before".
      expect(mail.text).not.toContain('Before this change');
      expect(mail.text).toContain("remove Contoso Partners Ltd's admin roles (Partner relationships)");
    }
    await eventually('the redelivery consumed', async () => (service.platform.consumer!.stats.duplicate > duplicatesBefore ? true : undefined));
    await nobodyElse('ADMIN_ACCESS_CHANGED', [agent, partnerAdmin, salesAgent, helpdesk]);
    for (const admin of [customer, relationshipAdmin]) expect(await mailsOfKind(admin.email, 'ADMIN_ACCESS_CHANGED')).toHaveLength(1);
    expect(byAddress(await rowsAbout(facts.relationshipId))).toEqual([customer.email, relationshipAdmin.email].sort());
  });

  it('explains the migration from unlimited delegated admin to both sides, once each when the event arrives twice', async () => {
    const facts = relationship();
    const expiresAt = '2028-12-06T21:00:00.000Z';
    const migrated = {
      ...facts,
      change: 'MIGRATED',
      adminRoles: ['GLOBAL_ADMINISTRATOR'],
      adminAccessExpiresAt: expiresAt,
      autoExtend: false,
      previousAdminRoles: [],
      previousAdminAccessExpiresAt: null,
      changedByUserId: null,
      requestId: null,
      changedAt: now(),
    };
    // Delivered twice (a redelivery): the inbox drops the second copy, nothing is queued twice.
    const first = await publisher.publish('channelgraph.relationship.AdminAccessChanged.v1', facts.relationshipId, migrated, { times: 2 });
    const expiry = new Date(expiresAt).toUTCString();

    const subject = `The admin access of Contoso Partners Ltd to Fabrikam Inc now ends on ${expiry}`;
    const toAgent = await mailWithSubject(agent.email, 'ADMIN_ACCESS_CHANGED', subject);
    expect(toAgent.text).toContain('The delegated admin access of Contoso Partners Ltd to Fabrikam Inc had no end date.');
    expect(toAgent.text).toContain(`it became the admin role Global administrator for two years, until ${expiry}.`);
    expect(toAgent.text).toContain('Global administrator cannot auto-extend');
    expect(toAgent.text).toContain('Nothing changes in what Contoso Partners Ltd may do today.');
    expect(toAgent.text).toContain('Ask Fabrikam Inc for only the admin roles you need');
    expect(toAgent.text).not.toContain('Before this change');
    for (const admin of [customer, relationshipAdmin]) {
      const mail = await mailWithSubject(admin.email, 'ADMIN_ACCESS_CHANGED', subject);
      expect(mail.text).toContain('Global administrator lets it do anything in your tenant');
      expect(mail.text).not.toContain('Ask Fabrikam Inc for only');
    }

    await untilHandled(db(), first.id);
    const rowsBefore = await rowsAbout(facts.relationshipId);
    expect(byAddress(rowsBefore)).toEqual([agent.email, customer.email, relationshipAdmin.email].sort());
    await nobodyElse('ADMIN_ACCESS_CHANGED', [partnerAdmin, salesAgent, helpdesk]);
    expect(await rowsAbout(facts.relationshipId)).toEqual(rowsBefore);
  });

  it('tells both sides when access ends at its expiry, with the roles it had', async () => {
    const facts = relationship();
    const expiresAt = '2026-12-01T00:00:00.000Z';
    await publisher.publish('channelgraph.relationship.AdminAccessChanged.v1', facts.relationshipId, {
      ...facts,
      roles: ['RESELLER'],
      change: 'EXPIRED',
      adminRoles: [],
      adminAccessExpiresAt: expiresAt,
      autoExtend: false,
      previousAdminRoles: ['SECURITY_READER', 'GLOBAL_READER'],
      previousAdminAccessExpiresAt: expiresAt,
      changedByUserId: null,
      requestId: null,
      changedAt: now(),
    });
    const ended = await mailWithSubject(agent.email, 'ADMIN_ACCESS_CHANGED', 'The admin access of Contoso Partners Ltd to Fabrikam Inc has ended');
    expect(ended.text).toContain('Contoso Partners Ltd now holds no admin role in the tenant of Fabrikam Inc');
    expect(ended.text).toContain('send a new invitation with the delegated admin role');
    expect(ended.text).toContain('Before this change: Security reader and Global reader');
    await eventually('both sides', async () => ((await rowsAbout(facts.relationshipId)).length === 3 ? true : undefined));
  });

  it("emails a partner's change of admin access (InvitationLinkIssued v2) to the customer's admins, with the roles, the duration and the invitation link", async () => {
    const requestId = randomUUID();
    const token = linkToken();
    const expiresAt = new Date(Date.now() + 14 * 86_400_000).toISOString();
    const published = await publisher.publish(
      'channelgraph.relationship.InvitationLinkIssued.v2',
      requestId,
      {
        requestId,
        kind: 'ADMIN_ACCESS_CHANGE',
        partnerId: partner.partnerId,
        partnerTenantId: partner.tenantId,
        partnerName: partner.legalName,
        indirectProviderId: null,
        indirectProviderName: null,
        roles: ['DELEGATED_ADMIN'],
        inviteeEmail: null,
        invitationToken: token,
        expiresAt,
        requestedAt: now(),
        adminRoles: ['USER_ADMINISTRATOR', 'LICENSE_ADMINISTRATOR'],
        adminAccessDuration: 'P6M',
        autoExtend: false,
        relationshipId: randomUUID(),
        customerTenantId: customer.tenantId,
      },
      { tenantId: partner.tenantId },
    );

    const url = links.invitation('ADMIN_ACCESS_CHANGE', token);
    expect(url).toContain('/invitations/accept?token=');
    for (const admin of [customer, relationshipAdmin]) {
      const [mail] = await awaitMails(admin.email, 'ADMIN_ACCESS_CHANGE_REQUEST');
      expect(mail.subject).toBe('Contoso Partners Ltd asks to change its admin access to your organisation');
      expect(mail.text).toContain(
        "Contoso Partners Ltd asks to change its delegated admin access to your organisation's tenant. It asks to hold these admin roles: User administrator and License administrator.",
      );
      expect(mail.text).toContain('It asks for them for 6 months from your approval.');
      expect(mail.text).toContain(url);
      expect(mail.text).toContain(`The link expires on ${new Date(expiresAt).toUTCString()}.`);
      expect(mail.html).toContain('Review the request</a>');
    }
    await untilHandled(db(), published.id);
    await nobodyElse('ADMIN_ACCESS_CHANGE_REQUEST', [agent, partnerAdmin, helpdesk]);
    // The stored bodies hold no link token; a change of admin access is no R17 invitation to keep.
    const rows = await db().query('SELECT to_address, tenant_id, text_body FROM notification WHERE related_entity_id = ?', [requestId]);
    expect(rows.map((row: { to_address: string }) => row.to_address).sort()).toEqual([customer.email, relationshipAdmin.email].sort());
    for (const row of rows) {
      expect(row.tenant_id).toBe(customer.tenantId);
      expect(row.text_body).not.toContain(token);
    }
    expect(await db().query('SELECT request_id FROM invitation WHERE request_id = ?', [requestId])).toEqual([]);
  });

  it('still keeps v2 invitations of the other kinds for R17, and emails a v2 reseller invitation as v1 did', async () => {
    const customerRequest = randomUUID();
    const resellerRequest = randomUUID();
    const reseller = address('reseller', 'reseller.example.com');
    const base = {
      partnerId: partner.partnerId,
      partnerTenantId: partner.tenantId,
      partnerName: partner.legalName,
      indirectProviderId: null,
      indirectProviderName: null,
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      requestedAt: now(),
      relationshipId: null,
      customerTenantId: null,
    };
    const invited = await publisher.publish('channelgraph.relationship.InvitationLinkIssued.v2', customerRequest, {
      ...base,
      requestId: customerRequest,
      kind: 'CUSTOMER',
      roles: ['RESELLER', 'DELEGATED_ADMIN'],
      inviteeEmail: address('buyer', 'customer.example.com'),
      invitationToken: linkToken(),
      adminRoles: ['HELPDESK_ADMINISTRATOR'],
      adminAccessDuration: 'P1Y',
      autoExtend: true,
    });
    await publisher.publish('channelgraph.relationship.InvitationLinkIssued.v2', resellerRequest, {
      ...base,
      requestId: resellerRequest,
      kind: 'INDIRECT_RESELLER',
      roles: ['RESELLER'],
      inviteeEmail: reseller,
      invitationToken: linkToken(),
      adminRoles: [],
      adminAccessDuration: null,
      autoExtend: false,
    });
    const [mail] = await awaitMails(reseller, 'INDIRECT_RESELLER_INVITATION');
    expect(mail.text).toContain('Contoso Partners Ltd would like to become your indirect provider.');
    await untilHandled(db(), invited.id);
    expect(await db().query('SELECT kind FROM invitation WHERE request_id = ?', [customerRequest])).toEqual([{ kind: 'CUSTOMER' }]);
    // A customer's invitation is the partner's to send (R17): nothing was sent for it.
    expect(await rowsAbout(customerRequest)).toEqual([]);
  });

  it("tells the partner's admin agents that the customer declined its change of admin access, and sends nothing for an accepted one", async () => {
    const facts = relationship();
    const closed = (status: string, requestId: string) => ({
      requestId,
      relationshipId: facts.relationshipId,
      partnerId: facts.partnerId,
      partnerTenantId: facts.partnerTenantId,
      partnerName: facts.partnerName,
      customerTenantId: facts.customerTenantId,
      customerName: facts.customerName,
      adminRoles: ['USER_ADMINISTRATOR', 'BILLING_ADMINISTRATOR'],
      adminAccessDuration: 'P1Y',
      currentAdminRoles: ['USER_ADMINISTRATOR'],
      status,
      approvedAdminRoles: status === 'ACCEPTED' ? ['USER_ADMINISTRATOR'] : [],
      closedByTenantId: customer.tenantId,
      closedAt: now(),
    });
    const accepted = randomUUID();
    const acceptedEvent = await publisher.publish('channelgraph.relationship.AdminAccessChangeRequestClosed.v1', accepted, closed('ACCEPTED', accepted));
    const declined = randomUUID();
    await publisher.publish('channelgraph.relationship.AdminAccessChangeRequestClosed.v1', declined, closed('DECLINED', declined));

    const [mail] = await awaitMails(agent.email, 'ADMIN_ACCESS_CHANGE_CLOSED');
    expect(mail.subject).toBe('Fabrikam Inc declined the change of admin access of Contoso Partners Ltd');
    expect(mail.text).toContain('the request of Contoso Partners Ltd to hold User administrator and Billing administrator for 1 year.');
    expect(mail.text).toContain('Your admin access to Fabrikam Inc stays as it was: User administrator.');
    expect(mail.text).toContain(`This email went to ${agent.email}, an admin agent of Contoso Partners Ltd.`);
    await untilHandled(db(), acceptedEvent.id);
    expect(await rowsAbout(accepted)).toEqual([]);
    expect(await rowsAbout(declined)).toEqual([{ kind: 'ADMIN_ACCESS_CHANGE_CLOSED', to_address: agent.email, tenant_id: partner.tenantId }]);
    await nobodyElse('ADMIN_ACCESS_CHANGE_CLOSED', [customer, relationshipAdmin, partnerAdmin, salesAgent]);
  });

  it('writes to the global admin of a partner without admin agents, and holds the emails while no user of its tenant is known', async () => {
    const lateTenant = randomUUID();
    const facts = relationship({ partnerTenantId: lateTenant });
    const expiring = await publisher.publish('channelgraph.relationship.AdminAccessExpiring.v1', facts.relationshipId, {
      ...facts,
      adminRoles: ['SECURITY_READER'],
      adminAccessExpiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      autoExtend: true,
      daysLeft: 1,
      warnedAt: now(),
    });
    await untilHandled(db(), expiring.id);
    expect(await db().query('SELECT waiting_for FROM deferred_email WHERE event_id = ?', [expiring.id])).toEqual([
      { waiting_for: `tenant-admins:${lateTenant}` },
    ]);
    // Neither side is emailed while one waits.
    expect(await rowsAbout(facts.relationshipId)).toEqual([]);

    const lateAdmin = await announceSignUp(publisher, 'Late Partners Ltd', lateTenant);
    const [mail] = await awaitMails(lateAdmin.email, 'ADMIN_ACCESS_EXPIRING');
    expect(mail.subject).toBe('The admin access of Contoso Partners Ltd to Fabrikam Inc ends in 1 day');
    expect(mail.text).toContain('Auto-extend is on: at its expiry the access is extended by 180 days.');
    expect(mail.text).toContain('turn auto-extend off for Fabrikam Inc');
    expect(mail.text).toContain(`This email went to ${lateAdmin.email}, a global admin of Contoso Partners Ltd.`);
    await eventually('both sides', async () => ((await rowsAbout(facts.relationshipId)).length === 3 ? true : undefined));
  });
});
