import { graphql } from '../support/graphql';
import { activePartner } from '../support/partners';
import { REQUEST, SEND } from '../support/relationships';
import { Stack, startStack } from '../support/stack';

const INVITE_RESELLER = 'mutation($input: InviteIndirectResellerInput!) { inviteIndirectReseller(input: $input) { id } }';

/**
 * DESIGN §8: invitations and their emails are limited per partner tenant, and
 * each invitation's emails on their own, in each service's database; a refusal
 * is FORBIDDEN and says what was limited and when to try again.
 */
describe('limits on invitations and invitation emails', () => {
  let stack: Stack;
  let url: string;
  beforeAll(async () => {
    stack = await startStack({
      INVITATIONS_PER_TENANT_PER_HOUR: '3',
      INVITATION_EMAILS_PER_INVITATION_PER_HOUR: '2',
      INVITATION_EMAILS_PER_TENANT_PER_HOUR: '4',
    });
    url = stack.urls.gateway;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const invite = (token: string, n: number) => graphql(url, REQUEST, { input: { roles: ['ADVISOR'], customerEmail: `buyer${n}@example.com` } }, token);
  const requestsOf = async (tenantId: string) =>
    Number((await stack.relationship.platform.dataSource.query('SELECT COUNT(*) AS n FROM relationship_request WHERE partner_tenant_id = ?', [tenantId]))[0].n);

  it('refuses a partner tenant its fourth invitation of any kind in an hour, creating nothing, while another partner still invites', async () => {
    const provider = await activePartner(url, 'INDIRECT_PROVIDER');
    for (let n = 1; n <= 2; n += 1) expect((await invite(provider.token, n)).errors).toBeUndefined();
    expect((await graphql(url, INVITE_RESELLER, { input: { resellerEmail: 'reseller@example.com' } }, provider.token)).errors).toBeUndefined();

    const refused = await invite(provider.token, 4);
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/^Too many invitations from your organisation: at most 3 per hour\. Try again in (\d+ seconds|about \d+ minutes)\.$/),
    });
    expect((await graphql(url, INVITE_RESELLER, { input: { resellerEmail: 'other@example.com' } }, provider.token)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(await requestsOf(provider.tenantId)).toBe(3);

    const other = await activePartner(url);
    expect((await invite(other.token, 1)).errors).toBeUndefined();
  });

  it('sends at most two emails per invitation and four per partner tenant, queuing none of those refused', async () => {
    const partner = await activePartner(url);
    const created = await Promise.all([1, 2].map(async (n) => (await invite(partner.token, n)).data.requestRelationship));
    const send = (request: { id: string; emailDraft: { subject: string; body: string } }, n: number, attempt: number) =>
      graphql(
        url,
        SEND,
        { input: { requestId: request.id, to: `buyer${n}@example.com`, subject: `${request.emailDraft.subject} (${attempt})`, body: request.emailDraft.body } },
        partner.token,
      );

    // Another partner cannot use up this invitation's emails: its tries name no invitation of its own.
    const stranger = await activePartner(url);
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const tried = await graphql(
        url,
        SEND,
        { input: { requestId: created[0].id, to: 'buyer1@example.com', subject: 'Hi', body: created[0].emailDraft.body } },
        stranger.token,
      );
      expect(tried.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect((await send(created[0], 1, 1)).errors).toBeUndefined();
    expect((await send(created[0], 1, 2)).errors).toBeUndefined();
    const third = await send(created[0], 1, 3);
    expect(third.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/^Too many emails for this invitation: at most 2 per hour\./),
    });
    // The refused attempt still counts against the tenant: three so far, so one more goes.
    expect((await send(created[1], 2, 1)).errors).toBeUndefined();
    const overTenant = await send(created[1], 2, 2);
    expect(overTenant.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/^Too many invitation emails from your organisation: at most 4 per hour\./),
    });

    const [{ n }] = await stack.notification.platform.dataSource.query(
      "SELECT COUNT(*) AS n FROM notification WHERE tenant_id = ? AND kind = 'RELATIONSHIP_INVITATION'",
      [partner.tenantId],
    );
    expect(Number(n)).toBe(3);
  });
});
