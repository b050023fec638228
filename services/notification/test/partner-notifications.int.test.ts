import { startEnrollment } from '@channelgraph/enrollment/main';
import { loadEnrollmentConfig } from '@channelgraph/enrollment/config';
import { randomUUID } from 'node:crypto';
import { REMOVED_LINK } from '@channelgraph/common';
import { loadNotificationConfig } from '../src/config';
import { startNotification } from '../src/main';
import { errorCodes, eventually, graphql, SIGN_UP, signUpInput, unique } from '../../../test/support/graphql';
import { operatorToken } from '../../../test/support/partners';
import { isolatedEnv } from '../../../test/support/stack';
import { ENTITIES_QUERY } from '../../../test/support/subgraph';
import { eventPublisher, linkToken, now } from './support/events';
import { announcePartner, KnownPartner, untilProjected } from './support/facts';

const PARTNER_NOTIFICATIONS = ENTITIES_QUERY(
  '... on Partner { id notifications(first: 50, filter: $filter) { totalCount edges { node { kind to body } } } }',
).replace('query($representations: [_Any!]!)', 'query($representations: [_Any!]!, $filter: NotificationFilter)');

interface Node {
  kind: string;
  to: string;
  body: string | null;
}

describe('Partner.notifications and Notification.body, over HTTP with tokens from enrollment', () => {
  // It feeds made-up events: its own topics and databases keep them from other tests' services.
  const env = isolatedEnv('notifpartner');
  const publisher = eventPublisher(env);
  let enrollment: Awaited<ReturnType<typeof startEnrollment>>;
  let service: Awaited<ReturnType<typeof startNotification>>;
  let url: string;
  let operator: string;
  let own: { token: string; tenantId: string; email: string };
  let other: { token: string; tenantId: string };
  let partner: KnownPartner;
  const tokens = { toContact: linkToken(), toAdmin: linkToken(), toReseller: linkToken() };
  const resellerEmail = `reseller-${randomUUID().slice(0, 8)}@reseller.example.com`;

  async function signUp() {
    const input = signUpInput(unique('pn'));
    const { data } = await graphql(enrollment.server.url, SIGN_UP, { input });
    return { token: data.signUp.token as string, tenantId: data.signUp.tenant.id as string, userId: data.signUp.user.id as string, email: input.admin.email };
  }

  function verificationRequested(contactEmail: string, token: string) {
    return publisher.publish(
      'channelgraph.enrollment.VerificationLinkIssued.v1',
      partner.partnerId,
      {
        partnerId: partner.partnerId,
        tenantId: partner.tenantId,
        program: 'INDIRECT_RESELLER',
        legalName: partner.legalName,
        primaryContact: { ...partner.contact, email: contactEmail },
        verificationToken: token,
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
      { tenantId: partner.tenantId },
    );
  }

  beforeAll(async () => {
    enrollment = await startEnrollment(loadEnrollmentConfig(env));
    service = await startNotification(loadNotificationConfig({ ...env, ENROLLMENT_URL: enrollment.server.url.replace(/\/graphql$/, '') }));
    url = service.server.url;
    await service.platform.consumer?.whenJoined();
    operator = await operatorToken(enrollment.server.url);
    const ownSignUp = await signUp();
    own = ownSignUp;
    other = await signUp();
    partner = await announcePartner(publisher, 'Own Partner Ltd', 'INDIRECT_RESELLER', own.tenantId);
    // Signed in again after the enrolment: the token names the partner its user works for.
    own = {
      ...own,
      token: await enrollment.tokens.issue({
        userId: ownSignUp.userId,
        tenantId: own.tenantId,
        partnerId: partner.partnerId,
        roles: ['GLOBAL_ADMIN', 'ADMIN_AGENT'],
        mustChangePassword: false,
      }),
    };
    await untilProjected(service.platform.dataSource, { partners: [partner.partnerId], users: [ownSignUp.userId] });

    // A verification link to a contact who has no account, one to the tenant's own admin, an invitation it sent, and an email without a link.
    await verificationRequested(partner.contact.email, tokens.toContact);
    await verificationRequested(own.email, tokens.toAdmin);
    const requestId = randomUUID();
    await publisher.publish('channelgraph.relationship.InvitationLinkIssued.v1', requestId, {
      requestId,
      kind: 'INDIRECT_RESELLER',
      partnerId: partner.partnerId,
      partnerTenantId: own.tenantId,
      partnerName: partner.legalName,
      indirectProviderId: null,
      indirectProviderName: null,
      roles: [],
      inviteeEmail: resellerEmail,
      invitationToken: tokens.toReseller,
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      requestedAt: now(),
    });
    const relationshipId = randomUUID();
    await publisher.publish('channelgraph.relationship.RelationshipDeleted.v1', relationshipId, {
      relationshipId,
      partnerId: partner.partnerId,
      partnerTenantId: own.tenantId,
      partnerName: partner.legalName,
      customerTenantId: other.tenantId,
      customerName: 'Other Customer',
      roles: ['ADVISOR'],
      deletedByUserId: randomUUID(),
      deletedAt: now(),
    });
    await eventually("the partner tenant's six emails", async () => {
      const [row] = await service.platform.dataSource.query('SELECT COUNT(*) AS n FROM notification WHERE tenant_id = ?', [own.tenantId]);
      return Number(row.n) === 6 ? true : undefined;
    });
  });
  afterAll(async () => {
    await publisher.close();
    await service?.platform.stop();
    await enrollment?.platform.stop();
  });

  const partnerNotifications = (token: string, filter: Record<string, unknown> | null = null) =>
    graphql(url, PARTNER_NOTIFICATIONS, { representations: [{ __typename: 'Partner', id: partner.partnerId }], filter }, token);

  const byKindAndTo = (nodes: Node[]) => [...nodes].sort((a, b) => `${a.kind}${a.to}`.localeCompare(`${b.kind}${b.to}`));

  it("shows the partner's emails to its own tenant, with bodies, and never a link that proves a mailbox", async () => {
    const response = await partnerNotifications(own.token);
    expect(response.errors).toBeUndefined();
    const connection = response.data._entities[0].notifications;
    expect(connection.totalCount).toBe(6);
    const nodes = byKindAndTo(connection.edges.map((edge: { node: Node }) => edge.node));
    expect(nodes.map((node) => [node.kind, node.to])).toEqual(
      byKindAndTo([
        { kind: 'INDIRECT_RESELLER_INVITATION', to: resellerEmail, body: null },
        { kind: 'PARTNER_ACTIVATED', to: partner.contact.email, body: null },
        { kind: 'PRIMARY_CONTACT_VERIFICATION', to: partner.contact.email, body: null },
        { kind: 'PRIMARY_CONTACT_VERIFICATION', to: own.email, body: null },
        { kind: 'RELATIONSHIP_DELETED', to: partner.contact.email, body: null },
        { kind: 'WELCOME', to: own.email, body: null },
      ]).map((node) => [node.kind, node.to]),
    );
    const body = (kind: string, to: string) => nodes.find((node) => node.kind === kind && node.to === to)!.body;
    // The admin who enrolled must not be able to verify in the contact's place, nor may anyone read a link back:
    // the mailbox is proven only by its email (R10).
    expect(body('PRIMARY_CONTACT_VERIFICATION', partner.contact.email)).toContain(REMOVED_LINK);
    expect(body('PRIMARY_CONTACT_VERIFICATION', own.email)).toContain(REMOVED_LINK);
    // The provider sent the invitation, but the link is the reseller's.
    expect(body('INDIRECT_RESELLER_INVITATION', resellerEmail)).toContain(REMOVED_LINK);
    expect(JSON.stringify(nodes)).not.toMatch(new RegExp(`${tokens.toContact}|${tokens.toAdmin}|${tokens.toReseller}|token=`));
    expect(body('RELATIONSHIP_DELETED', partner.contact.email)).toContain('Other Customer deleted its relationship with Own Partner Ltd');
    expect(body('WELCOME', own.email)).toContain('http://portal.channelgraph.test/sign-in');
  });

  it('filters them like the notifications query', async () => {
    const response = await partnerNotifications(own.token, { kind: 'RELATIONSHIP_DELETED' });
    expect(response.data._entities[0].notifications.totalCount).toBe(1);
  });

  it("refuses another tenant's users", async () => {
    const response = await partnerNotifications(other.token);
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(response.data)).not.toMatch(new RegExp(`${tokens.toContact}|${tokens.toReseller}`));
  });

  it('shows platform operators every email of the partner, with every body but without its link tokens', async () => {
    const response = await partnerNotifications(operator);
    expect(response.errors).toBeUndefined();
    const nodes: Node[] = response.data._entities[0].notifications.edges.map((edge: { node: Node }) => edge.node);
    expect(nodes).toHaveLength(6);
    for (const node of nodes) expect(node.body).toEqual(expect.any(String));
    expect(nodes.find((node) => node.to === partner.contact.email && node.kind === 'PRIMARY_CONTACT_VERIFICATION')!.body).toContain(REMOVED_LINK);
    expect(JSON.stringify(nodes)).not.toMatch(new RegExp(`${tokens.toContact}|${tokens.toAdmin}|${tokens.toReseller}|token=`));
  });

  it('answers FORBIDDEN for a partner this service has not heard of, except to operators, who see no emails', async () => {
    const unknown = { representations: [{ __typename: 'Partner', id: randomUUID() }], filter: null };
    expect(errorCodes(await graphql(url, PARTNER_NOTIFICATIONS, unknown, own.token))).toEqual(['FORBIDDEN']);
    const asOperator = await graphql(url, PARTNER_NOTIFICATIONS, unknown, operator);
    expect(asOperator.data._entities[0].notifications.totalCount).toBe(0);
  });

  it('keeps the same body rules in the notifications query', async () => {
    const response = await graphql(
      url,
      '{ notifications(first: 50, filter: { kind: PRIMARY_CONTACT_VERIFICATION }) { edges { node { to body } } } }',
      {},
      own.token,
    );
    const nodes: Array<{ to: string; body: string | null }> = response.data.notifications.edges.map((edge: { node: unknown }) => edge.node);
    expect(nodes.find((node) => node.to === partner.contact.email)!.body).toContain(REMOVED_LINK);
    expect(nodes.find((node) => node.to === own.email)!.body).toContain(REMOVED_LINK);
  });
});
