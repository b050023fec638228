import { errorCodes, eventually, graphql, signUpCustomer } from '../support/graphql';
import { mailTo } from '../support/mailbox';
import { activePartner, operatorToken } from '../support/partners';
import { ACCEPT, inviteByEmail, REQUEST, SEND } from '../support/relationships';
import { Stack, startStack } from '../support/stack';

const CUSTOMERS_BY_SOURCE = `query($id: ID!, $source: RelationshipSource) {
  partner(id: $id) { customers(source: $source) { totalCount edges { node { id source customer { id } } } } }
}`;

const CONTACT = `mutation($input: ContactPartnersInput!) { contactPartners(input: $input) { leadId } }`;
const LEADS = `query($id: ID!, $status: LeadStatus) {
  partner(id: $id) { leads(status: $status) { totalCount edges { node { id need contactEmail status customer { id displayName } createdAt answeredAt } } } }
}`;
const ANSWER = `mutation($input: AnswerLeadInput!) { answerLead(input: $input) { id status answeredAt } }`;

describe('where customers come from end to end (R18)', () => {
  let stack: Stack;
  let url: string;
  beforeAll(async () => {
    stack = await startStack();
    url = stack.urls.gateway;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const customersBySource = async (partner: { partnerId: string; token: string }, source: string | null) =>
    (await graphql(url, CUSTOMERS_BY_SOURCE, { id: partner.partnerId, source }, partner.token)).data.partner.customers;

  it('a plain invitation makes an OWN_MARKETING relationship, and the customer list filters by source', async () => {
    const partner = await activePartner(url);
    const buyer = await signUpCustomer(url);
    const { token } = await inviteByEmail(url, partner.token, ['ADVISOR'], buyer.email);
    const accepted = await graphql(url, ACCEPT, { input: { token } }, buyer.token);
    expect(accepted.errors).toBeUndefined();
    const relationshipId = accepted.data.acceptRelationshipRequest.id;

    const own = await eventually('the customer in the list', async () => {
      const list = await customersBySource(partner, 'OWN_MARKETING');
      return list.totalCount === 1 ? list : undefined;
    });
    expect(own.edges[0].node).toEqual({ id: relationshipId, source: 'OWN_MARKETING', customer: { id: buyer.tenantId } });
    expect((await customersBySource(partner, null)).totalCount).toBe(1);
    expect(await customersBySource(partner, 'DIRECTORY_LEAD')).toEqual({ totalCount: 0, edges: [] });
    expect((await customersBySource(partner, 'VENDOR_REFERRAL')).totalCount).toBe(0);
  });

  it('a lead: the chosen partner reads it, answers it (emailed with Reply-To), invites from it; the customer is a DIRECTORY_LEAD', async () => {
    const [partner, other] = await Promise.all([activePartner(url), activePartner(url)]);
    const buyer = await signUpCustomer(url);
    const need = 'We need help moving 40 mailboxes and licences to the new tenant.';
    const contacted = await graphql(url, CONTACT, { input: { partnerIds: [partner.partnerId], need, contactEmail: buyer.email } }, buyer.token);
    expect(contacted.errors).toBeUndefined();
    const leadId = contacted.data.contactPartners.leadId;

    const read = await graphql(url, LEADS, { id: partner.partnerId, status: null }, partner.token);
    expect(read.errors).toBeUndefined();
    const leads = read.data.partner.leads;
    expect(leads.totalCount).toBe(1);
    expect(leads.edges[0].node).toMatchObject({
      id: leadId,
      need,
      contactEmail: buyer.email,
      status: 'NEW',
      customer: { id: buyer.tenantId, displayName: buyer.name },
      answeredAt: null,
    });
    // Another partner neither lists it nor may answer it or invite from it.
    expect((await graphql(url, LEADS, { id: other.partnerId }, other.token)).data.partner.leads.totalCount).toBe(0);
    expect(errorCodes(await graphql(url, LEADS, { id: partner.partnerId }, other.token))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(url, ANSWER, { input: { leadId, message: 'We can help you with that.' } }, other.token))).toEqual(['NOT_FOUND']);

    const short = await graphql(url, ANSWER, { input: { leadId, message: 'Yes' } }, partner.token);
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'message' });
    const answered = await graphql(url, ANSWER, { input: { leadId, message: 'We moved 200 tenants last year; shall we talk on Monday?' } }, partner.token);
    expect(answered.errors).toBeUndefined();
    expect(answered.data.answerLead).toMatchObject({ id: leadId, status: 'ANSWERED' });
    const mail = await eventually('the answer at the customer', async () =>
      (await mailTo(buyer.email)).find((m) => m.subject.includes('answered your request')),
    );
    expect(mail.text).toContain('We moved 200 tenants last year');
    expect(mail.headers['reply-to']).toContain(partner.admin.email);

    // The relationship subgraph learns of the lead by event.
    const invite = (input: Record<string, unknown>, token = partner.token) => graphql(url, REQUEST, { input: { roles: ['ADVISOR'], ...input } }, token);
    const created = await eventually('the lead known to relationship', async () => {
      const response = await invite({ customerEmail: buyer.email, leadId });
      return response.errors?.[0].extensions?.code === 'NOT_FOUND' ? undefined : response;
    });
    expect(created.errors).toBeUndefined();
    expect(errorCodes(await invite({ customerEmail: buyer.email, leadId }, other.token))).toEqual(['NOT_FOUND']);
    const elsewhere = await invite({ customerEmail: 'someone@elsewhere.example.org', leadId });
    expect(elsewhere.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'customerEmail' });

    await eventually('the lead converted', async () => {
      const list = (await graphql(url, LEADS, { id: partner.partnerId, status: 'CONVERTED' }, partner.token)).data.partner.leads;
      return list.totalCount === 1 ? true : undefined;
    });
    const request = created.data.requestRelationship;
    await graphql(
      url,
      SEND,
      { input: { requestId: request.id, to: buyer.email, subject: request.emailDraft.subject, body: request.emailDraft.body } },
      partner.token,
    );
    const token = new URL(request.invitationUrl).searchParams.get('token')!;
    const accepted = await graphql(url, ACCEPT, { input: { token } }, buyer.token);
    expect(accepted.errors).toBeUndefined();
    const fromLeads = await eventually('the customer listed as a directory lead', async () => {
      const list = await customersBySource(partner, 'DIRECTORY_LEAD');
      return list.totalCount === 1 ? list : undefined;
    });
    expect(fromLeads.edges[0].node).toMatchObject({ source: 'DIRECTORY_LEAD', customer: { id: buyer.tenantId } });
    expect((await customersBySource(partner, 'OWN_MARKETING')).totalCount).toBe(0);
  });

  const REFER = `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id status partnerName customerEmail customerName need createdAt expiresAt } }`;
  const ACCEPT_REFERRAL = `mutation($id: ID!) { acceptReferral(input: { referralId: $id }) { id status } }`;
  const DECLINE_REFERRAL = `mutation($id: ID!, $reason: String!) { declineReferral(input: { referralId: $id, reason: $reason }) { id status declineReason } }`;
  const REFERRALS = `query($id: ID!, $status: ReferralStatus) { partner(id: $id) { referrals(status: $status) { totalCount edges { node { id status } } } } }`;
  const refer = async (partnerId: string, customerEmail: string) => {
    const created = await graphql(
      url,
      REFER,
      { input: { partnerId, customerEmail, customerName: 'Referred Customer', need: 'They need 25 seats and a migration.' } },
      await operatorToken(url),
    );
    expect(created.errors).toBeUndefined();
    return created.data.createReferral;
  };

  it('a referral: emailed to the partner, accepted, invited from, accepted by the customer; the customer is a VENDOR_REFERRAL', async () => {
    const [partner, other] = await Promise.all([activePartner(url), activePartner(url)]);
    const buyer = await signUpCustomer(url);
    const referral = await refer(partner.partnerId, buyer.email);
    expect(referral).toMatchObject({ status: 'PENDING', partnerName: partner.enrolment.legalName, customerEmail: buyer.email });
    const mail = await eventually('the referral at the partner', async () =>
      (await mailTo(partner.enrolment.primaryContact.email)).find((m) => m.subject.includes('referred')),
    );
    expect(mail.text).toContain('They need 25 seats and a migration.');

    // Out of order: no invitation from a referral not accepted yet; another partner's does not exist.
    const invite = (input: Record<string, unknown>, token = partner.token) => graphql(url, REQUEST, { input: { roles: ['ADVISOR'], ...input } }, token);
    const early = await invite({ customerEmail: buyer.email, referralId: referral.id });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
    expect(errorCodes(await graphql(url, ACCEPT_REFERRAL, { id: referral.id }, other.token))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await invite({ customerEmail: buyer.email, referralId: referral.id }, other.token))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await graphql(url, REFERRALS, { id: partner.partnerId }, other.token))).toEqual(['FORBIDDEN']);

    expect((await graphql(url, ACCEPT_REFERRAL, { id: referral.id }, partner.token)).data.acceptReferral.status).toBe('ACCEPTED');
    expect(errorCodes(await graphql(url, ACCEPT_REFERRAL, { id: referral.id }, partner.token))).toEqual(['CONFLICT']);
    expect(errorCodes(await graphql(url, DECLINE_REFERRAL, { id: referral.id, reason: 'Too late' }, partner.token))).toEqual(['CONFLICT']);
    const created = await invite({ customerEmail: buyer.email, referralId: referral.id });
    expect(created.errors).toBeUndefined();
    expect((await graphql(url, REFERRALS, { id: partner.partnerId, status: 'CONVERTED' }, partner.token)).data.partner.referrals.totalCount).toBe(1);
    expect(errorCodes(await invite({ customerEmail: buyer.email, referralId: referral.id }))).toEqual(['CONFLICT']);

    const token = new URL(created.data.requestRelationship.invitationUrl).searchParams.get('token')!;
    expect((await graphql(url, ACCEPT, { input: { token } }, buyer.token)).errors).toBeUndefined();
    const referred = await eventually('the customer listed as a vendor referral', async () => {
      const list = await customersBySource(partner, 'VENDOR_REFERRAL');
      return list.totalCount === 1 ? list : undefined;
    });
    expect(referred.edges[0].node).toMatchObject({ source: 'VENDOR_REFERRAL', customer: { id: buyer.tenantId } });
    const operators = await graphql(url, '{ referrals(status: CONVERTED) { edges { node { id } } } }', {}, await operatorToken(url));
    expect(operators.data.referrals.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(referral.id);
  });

  it('a referral declined, with a reason, can no longer be accepted or invited from', async () => {
    const partner = await activePartner(url);
    const referral = await refer(partner.partnerId, 'buyer@declined.example.com');
    const noReason = await graphql(url, DECLINE_REFERRAL, { id: referral.id, reason: '  ' }, partner.token);
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const declined = await graphql(url, DECLINE_REFERRAL, { id: referral.id, reason: 'We do not serve this region.' }, partner.token);
    expect(declined.data.declineReferral).toEqual({ id: referral.id, status: 'DECLINED', declineReason: 'We do not serve this region.' });
    expect(errorCodes(await graphql(url, ACCEPT_REFERRAL, { id: referral.id }, partner.token))).toEqual(['CONFLICT']);
    const invited = await graphql(
      url,
      REQUEST,
      { input: { roles: ['ADVISOR'], customerEmail: 'buyer@declined.example.com', referralId: referral.id } },
      partner.token,
    );
    expect(invited.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/declined/) });
  });

  it('a referral left unanswered expires: it reads EXPIRED for the partner and the operators, and cannot be accepted', async () => {
    const partner = await activePartner(url);
    const referral = await refer(partner.partnerId, 'buyer@expired.example.com');
    await stack.relationship.platform.dataSource.query('UPDATE referral SET expires_at = NOW(3) - INTERVAL 1 SECOND WHERE id = ?', [referral.id]);
    expect((await graphql(url, REFERRALS, { id: partner.partnerId, status: 'EXPIRED' }, partner.token)).data.partner.referrals.edges).toEqual([
      { node: { id: referral.id, status: 'EXPIRED' } },
    ]);
    const operators = await graphql(url, '{ referrals(status: EXPIRED) { edges { node { id status } } } }', {}, await operatorToken(url));
    expect(operators.data.referrals.edges).toContainEqual({ node: { id: referral.id, status: 'EXPIRED' } });
    const late = await graphql(url, ACCEPT_REFERRAL, { id: referral.id }, partner.token);
    expect(late.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/expired/) });
  });
});
