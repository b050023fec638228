import { errorCodes, graphql } from '../../../test/support/graphql';
import { activePartner, operatorToken } from '../../../test/support/partners';
import { Stack, startStack } from '../../../test/support/stack';
import { expireReferrals } from '../src/application/referrals';

const CREATE = `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id status expiresAt } }`;
const PARTNER_REFERRALS = `query($id: ID!, $status: ReferralStatus) { partner(id: $id) { referrals(status: $status) { totalCount edges { node { id status } } } } }`;

describe('vendor referrals in the relationship subgraph (R18)', () => {
  let stack: Stack;
  let url: string;
  const db = () => stack.relationship.platform.dataSource;
  beforeAll(async () => {
    stack = await startStack();
    url = stack.urls.gateway;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const refer = async (partnerId: string) => {
    const created = await graphql(
      url,
      CREATE,
      { input: { partnerId, customerEmail: 'it@referred.example.com', customerName: 'Referred Ltd', need: 'Forty seats of the office suite.' } },
      await operatorToken(url),
    );
    expect(created.errors).toBeUndefined();
    return created.data.createReferral;
  };

  it('expires a referral after REFERRAL_TTL_DAYS (30 by default); the sweep stores it EXPIRED with ReferralExpired, once', async () => {
    const partner = await activePartner(url);
    const referral = await refer(partner.partnerId);
    expect(new Date(referral.expiresAt).getTime() - Date.now()).toBeGreaterThan(29.9 * 24 * 3600 * 1000);
    await db().query('UPDATE referral SET expires_at = NOW(3) - INTERVAL 1 SECOND WHERE id = ?', [referral.id]);
    // Read as EXPIRED before the sweep stores it, and no longer answerable.
    const listed = await graphql(url, PARTNER_REFERRALS, { id: partner.partnerId, status: 'EXPIRED' }, partner.token);
    expect(listed.data.partner.referrals.edges).toEqual([{ node: { id: referral.id, status: 'EXPIRED' } }]);
    const late = await graphql(url, 'mutation($id: ID!) { acceptReferral(input: { referralId: $id }) { status } }', { id: referral.id }, partner.token);
    expect(late.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/expired/) });

    expect(await expireReferrals(stack.relationship.platform.unitOfWork)).toBeGreaterThanOrEqual(1);
    expect(await expireReferrals(stack.relationship.platform.unitOfWork)).toBe(0);
    const [row] = await db().query('SELECT status FROM referral WHERE id = ?', [referral.id]);
    expect(row.status).toBe('EXPIRED');
    const [event] = await db().query(
      "SELECT COUNT(*) AS n FROM outbox_event WHERE aggregate_id = ? AND event_type = 'channelgraph.relationship.ReferralExpired.v1'",
      [referral.id],
    );
    expect(Number(event.n)).toBe(1);
  });

  it('refers only to an ACTIVE partner, and only operators refer', async () => {
    const partner = await activePartner(url);
    const unknown = await graphql(
      url,
      CREATE,
      { input: { partnerId: '00000000-0000-4000-8000-000000000000', customerEmail: 'a@b.example.com', customerName: 'B', need: 'Some need here.' } },
      await operatorToken(url),
    );
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partnerId' });
    const byPartner = await graphql(
      url,
      CREATE,
      { input: { partnerId: partner.partnerId, customerEmail: 'a@b.example.com', customerName: 'B', need: 'Some need here.' } },
      partner.token,
    );
    expect(errorCodes(byPartner)).toEqual(['FORBIDDEN']);
  });
});
