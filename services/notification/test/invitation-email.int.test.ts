import { startEnrollment } from '@channelgraph/enrollment/main';
import { loadEnrollmentConfig } from '@channelgraph/enrollment/config';
import { Links } from '@channelgraph/common';
import { randomUUID } from 'node:crypto';
import { loadNotificationConfig } from '../src/config';
import { startNotification } from '../src/main';
import { graphql } from '../../../test/support/graphql';
import { mailTo } from '../../../test/support/mailbox';
import { SEND } from '../../../test/support/relationships';
import { isolatedEnv } from '../../../test/support/stack';
import { address, awaitMails, eventPublisher, linkToken, now } from './support/events';
import { untilHandled } from './support/facts';

interface Invitation {
  requestId: string;
  inviteeEmail: string;
  body: string;
}

describe('R17: only a live invitation can be emailed, over HTTP with real Kafka, MySQL and SMTP', () => {
  // It feeds made-up request events: its own topics and databases keep them from other tests' services.
  const env = isolatedEnv('notifinvlive');
  const publisher = eventPublisher(env);
  const links = new Links(loadNotificationConfig(env).PUBLIC_URL);
  let enrollment: Awaited<ReturnType<typeof startEnrollment>>;
  let service: Awaited<ReturnType<typeof startNotification>>;
  let url: string;
  let partnerToken: string;
  const partnerTenantId = randomUUID();
  const partnerId = randomUUID();
  const endedAt = '2026-12-03T09:30:00.000Z';

  beforeAll(async () => {
    enrollment = await startEnrollment(loadEnrollmentConfig(env));
    service = await startNotification(loadNotificationConfig({ ...env, ENROLLMENT_URL: enrollment.server.url.replace(/\/graphql$/, '') }));
    url = service.server.url;
    await service.platform.consumer?.whenJoined();
    partnerToken = await enrollment.tokens.issue({
      userId: randomUUID(),
      tenantId: partnerTenantId,
      partnerId,
      roles: ['ADMIN_AGENT'],
      mustChangePassword: false,
    });
  });
  afterAll(async () => {
    await publisher.close();
    await service?.platform.stop();
    await enrollment?.platform.stop();
  });

  const facts = (invitation: Pick<Invitation, 'requestId' | 'inviteeEmail'>) => ({
    requestId: invitation.requestId,
    kind: 'CUSTOMER' as const,
    partnerId,
    partnerTenantId,
    partnerName: 'Fabrikam Partners',
    indirectProviderId: null,
    indirectProviderName: null,
    roles: ['RESELLER'],
    inviteeEmail: invitation.inviteeEmail,
  });

  /** The invitation's link, as relationship issues it: its request's first event. */
  async function linkIssued(invitation: Invitation, token: string, options: { expiresAt?: string; sequence?: number } = {}) {
    const published = await publisher.publish(
      'channelgraph.relationship.InvitationLinkIssued.v1',
      invitation.requestId,
      { ...facts(invitation), invitationToken: token, expiresAt: options.expiresAt ?? new Date(Date.now() + 86_400_000).toISOString(), requestedAt: now() },
      { tenantId: partnerTenantId, sequence: options.sequence ?? 1 },
    );
    await untilHandled(service.platform.dataSource, published.id);
  }

  function invitationOf(label: string): { invitation: Invitation; token: string } {
    const token = linkToken();
    const requestId = randomUUID();
    return {
      invitation: { requestId, inviteeEmail: address(label), body: `Hello,\n\nPlease accept: ${links.invitation('CUSTOMER', token)}\n\nFabrikam` },
      token,
    };
  }

  async function invited(label: string, options: { expiresAt?: string } = {}): Promise<Invitation> {
    const { invitation, token } = invitationOf(label);
    await linkIssued(invitation, token, options);
    return invitation;
  }

  const endings: Record<'accepted' | 'declined' | 'cancelled' | 'expired', (invitation: Invitation) => [string, unknown]> = {
    accepted: (invitation: Invitation) => [
      'channelgraph.relationship.RelationshipRequestAccepted.v1',
      {
        requestId: invitation.requestId,
        kind: 'CUSTOMER',
        partnerId,
        indirectProviderId: null,
        customerTenantId: randomUUID(),
        roles: ['RESELLER'],
        acceptedByUserId: randomUUID(),
        acceptedAt: endedAt,
        agreementAcceptance: null,
      },
    ],
    declined: (invitation: Invitation) => [
      'channelgraph.relationship.RelationshipRequestDeclined.v1',
      { ...facts(invitation), declinedByTenantId: randomUUID(), declinedAt: endedAt },
    ],
    cancelled: (invitation: Invitation) => ['channelgraph.relationship.RelationshipRequestCancelled.v1', { ...facts(invitation), cancelledAt: endedAt }],
    expired: (invitation: Invitation) => ['channelgraph.relationship.RelationshipRequestExpired.v1', { ...facts(invitation), expiredAt: endedAt }],
  };

  async function ended(how: keyof typeof endings, invitation: Invitation, sequence = 2) {
    const [type, data] = endings[how](invitation);
    const published = await publisher.publish(type, invitation.requestId, data, { tenantId: partnerTenantId, sequence });
    await untilHandled(service.platform.dataSource, published.id);
  }

  const send = (invitation: Invitation, to = invitation.inviteeEmail) =>
    graphql(url, SEND, { input: { requestId: invitation.requestId, to, subject: 'Working together', body: invitation.body } }, partnerToken);

  const refusal = async (invitation: Invitation) => {
    const response = await send(invitation);
    expect(response.data?.sendRelationshipRequestEmail ?? null).toBeNull();
    return { code: response.errors?.[0].extensions?.code, message: response.errors?.[0].message };
  };

  const rowsFor = async (invitation: Invitation) =>
    Number((await service.platform.dataSource.query('SELECT COUNT(*) AS n FROM notification WHERE related_entity_id = ?', [invitation.requestId]))[0].n);

  it('refuses the email of an accepted, a declined and a cancelled request with CONFLICT, and no email reaches SMTP', async () => {
    const accepted = await invited('accepted');
    const declined = await invited('declined');
    const cancelled = await invited('cancelled');
    await ended('accepted', accepted);
    await ended('declined', declined);
    await ended('cancelled', cancelled);

    expect(await refusal(accepted)).toEqual({ code: 'CONFLICT', message: 'This invitation was accepted on 3 Dec 2026; there is nothing to send.' });
    expect(await refusal(declined)).toEqual({ code: 'CONFLICT', message: 'This invitation was declined on 3 Dec 2026; create a new invitation to ask again.' });
    expect(await refusal(cancelled)).toEqual({
      code: 'CONFLICT',
      message: 'This invitation was cancelled on 3 Dec 2026; create a new invitation if you still want to ask.',
    });

    // A live invitation's email, sent after them, is delivered: had the refused ones been queued, they would have gone first.
    const live = await invited('live');
    const sent = await send(live);
    expect(sent.errors).toBeUndefined();
    expect(sent.data.sendRelationshipRequestEmail).toMatchObject({ kind: 'RELATIONSHIP_INVITATION', to: live.inviteeEmail });
    await awaitMails(live.inviteeEmail, 'RELATIONSHIP_INVITATION');
    for (const refused of [accepted, declined, cancelled]) {
      expect(await mailTo(refused.inviteeEmail)).toEqual([]);
      expect(await rowsFor(refused)).toBe(0);
    }
  });

  it('refuses an expired invitation, whether its date has passed or relationship marked it EXPIRED', async () => {
    const pastItsDate = await invited('past-date', { expiresAt: '2026-11-30T08:00:00.000Z' });
    expect(await refusal(pastItsDate)).toEqual({ code: 'CONFLICT', message: 'This invitation expired on 30 Nov 2026; create a new one.' });
    const markedExpired = await invited('marked-expired');
    await ended('expired', markedExpired);
    expect(await refusal(markedExpired)).toEqual({ code: 'CONFLICT', message: 'This invitation expired on 3 Dec 2026; create a new one.' });
    expect(await rowsFor(pastItsDate)).toBe(0);
    expect(await rowsFor(markedExpired)).toBe(0);
  });

  it('keeps an ending that arrives before the link, and a late or replayed older event never takes it back', async () => {
    const { invitation, token } = invitationOf('out-of-order');
    // The ending travels on the request topic, the link on the links topic: Kafka orders nothing across them.
    await ended('cancelled', invitation, 3);
    await linkIssued(invitation, token);
    expect((await refusal(invitation)).message).toBe('This invitation was cancelled on 3 Dec 2026; create a new invitation if you still want to ask.');
    // An older event of the request, delivered late, changes nothing.
    await ended('declined', invitation, 2);
    expect((await refusal(invitation)).message).toMatch(/^This invitation was cancelled/);
    expect(await rowsFor(invitation)).toBe(0);
  });

  it("sends a live invitation's email only to the invitee", async () => {
    const live = await invited('invitee');
    const elsewhere = await send(live, address('someone-else'));
    expect(elsewhere.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(elsewhere.errors?.[0].message).toBe(
      `This invitation is for ${live.inviteeEmail}; its email can go only to that address. Invite another address with a new invitation.`,
    );
    expect(await rowsFor(live)).toBe(0);
  });
});
