import { errorCodes, eventually, graphql, signUpCustomer } from '../support/graphql';
import { mailTo } from '../support/mailbox';
import { activePartner } from '../support/partners';
import { ACCEPT, invitationTokenFrom, inviteByEmail, REQUEST, SEND } from '../support/relationships';
import { Stack, startStack } from '../support/stack';

describe('customer relationships end to end (R2, R3, R5–R7, R17)', () => {
  let stack: Stack;
  let url: string;
  beforeAll(async () => {
    stack = await startStack();
    url = stack.urls.gateway;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const customer = () => signUpCustomer(url);

  it('R17: a partner drafts, edits and sends an invitation; the customer accepts from the email; R6 and R7 follow', async () => {
    const partner = await activePartner(url);
    const buyer = await customer();

    const created = await graphql(url, REQUEST, { input: { roles: ['ADVISOR', 'DELEGATED_ADMIN'], customerEmail: buyer.email } }, partner.token);
    expect(created.errors).toBeUndefined();
    const request = created.data.requestRelationship;
    expect(request).toMatchObject({ kind: 'CUSTOMER', status: 'PENDING', roles: ['DELEGATED_ADMIN', 'ADVISOR'] });
    expect(request.invitationUrl).toMatch(/^http:\/\/portal\.channelgraph\.test\/invitations\/accept\?token=[A-Za-z0-9_-]{43}$/);
    expect(request.emailDraft.body).toContain(request.invitationUrl);

    // The partner may edit the text but must keep the link.
    const withoutLink = await graphql(url, SEND, { input: { requestId: request.id, to: buyer.email, subject: 'Hi', body: 'Please accept.' } }, partner.token);
    expect(withoutLink.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    // The link is the invitee's: it may not be mailed to anyone else.
    const elsewhere = await graphql(
      url,
      SEND,
      { input: { requestId: request.id, to: 'someone.else@example.com', subject: 'Hi', body: request.emailDraft.body } },
      partner.token,
    );
    expect(elsewhere.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const stranger = await activePartner(url);
    expect(
      errorCodes(await graphql(url, SEND, { input: { requestId: request.id, to: buyer.email, subject: 'Hi', body: request.emailDraft.body } }, stranger.token)),
    ).toEqual(['NOT_FOUND']);
    const edited = `Dear ${buyer.name} team,\n\n${request.emailDraft.body}`;
    const sent = await graphql(url, SEND, { input: { requestId: request.id, to: buyer.email, subject: 'Working together', body: edited } }, partner.token);
    expect(sent.data.sendRelationshipRequestEmail).toMatchObject({ kind: 'RELATIONSHIP_INVITATION', to: buyer.email });

    // The customer opens the link from the delivered email.
    const token = await invitationTokenFrom(buyer.email);
    const mail = (await mailTo(buyer.email)).find((m) => m.subject === 'Working together')!;
    expect(mail.text.startsWith(`Dear ${buyer.name} team,`)).toBe(true);
    const page = await graphql(
      url,
      'query($t: String!) { relationshipRequestByToken(token: $t) { kind roles status agreementRequired partner { id legalName } } }',
      { t: token },
      buyer.token,
    );
    expect(page.data.relationshipRequestByToken).toEqual({
      kind: 'CUSTOMER',
      roles: ['DELEGATED_ADMIN', 'ADVISOR'],
      status: 'PENDING',
      agreementRequired: false,
      partner: { id: partner.partnerId, legalName: partner.enrolment.legalName },
    });

    // The sender's own tenant cannot accept its own invitation.
    expect(errorCodes(await graphql(url, ACCEPT, { input: { token } }, partner.token))).toEqual(['FORBIDDEN']);
    const accepted = await graphql(url, ACCEPT, { input: { token } }, buyer.token);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptRelationshipRequest).toMatchObject({
      roles: ['DELEGATED_ADMIN', 'ADVISOR'],
      adminPrivileges: true,
      status: 'ACTIVE',
      canTransact: false,
      partnerName: partner.enrolment.legalName,
    });
    const relationshipId = accepted.data.acceptRelationshipRequest.id;
    expect(errorCodes(await graphql(url, ACCEPT, { input: { token } }, buyer.token))).toEqual(['CONFLICT']);

    // The customer sees its partner; the partner sees its customer.
    const mine = await graphql(
      url,
      `{ customer(id: "${buyer.tenantId}") { relationships { id partnerName adminPrivileges partner { legalName } } } }`,
      {},
      buyer.token,
    );
    expect(mine.data.customer.relationships).toEqual([
      { id: relationshipId, partnerName: partner.enrolment.legalName, adminPrivileges: true, partner: { legalName: partner.enrolment.legalName } },
    ]);
    const theirs = await eventually('the customer in the partner list', async () => {
      const response = await graphql(
        url,
        `{ partner(id: "${partner.partnerId}") { customers(search: "${buyer.name.slice(0, 6).toLowerCase()}") { totalCount edges { node { customerName roles customer { displayName } } } } } }`,
        {},
        partner.token,
      );
      return response.data?.partner.customers.totalCount === 1 ? response.data.partner.customers : undefined;
    });
    expect(theirs.edges[0].node).toEqual({ customerName: buyer.name, roles: ['DELEGATED_ADMIN', 'ADVISOR'], customer: { displayName: buyer.name } });

    // R6: admin privileges go, the relationship stays.
    const removed = await graphql(
      url,
      `mutation { removeAdminPrivileges(input: { relationshipId: "${relationshipId}" }) { roles adminPrivileges status } }`,
      {},
      buyer.token,
    );
    expect(removed.data.removeAdminPrivileges).toEqual({ roles: ['ADVISOR'], adminPrivileges: false, status: 'ACTIVE' });
    // R7: an advisor-only relationship can be deleted by the customer.
    const deleted = await graphql(url, `mutation { deleteRelationship(input: { relationshipId: "${relationshipId}" }) { status } }`, {}, buyer.token);
    expect(deleted.data.deleteRelationship.status).toBe('TERMINATED');
  });

  it('R6: removing delegated admin, its only role, keeps the relationship with no roles, granting nothing; the customer may still delete it (R7)', async () => {
    const partner = await activePartner(url);
    const buyer = await customer();
    const { token } = await inviteByEmail(url, partner.token, ['DELEGATED_ADMIN'], buyer.email);
    const relationshipId = (await graphql(url, ACCEPT, { input: { token } }, buyer.token)).data.acceptRelationshipRequest.id;
    const removed = await graphql(
      url,
      `mutation { removeAdminPrivileges(input: { relationshipId: "${relationshipId}" }) { roles adminPrivileges status canTransact } }`,
      {},
      buyer.token,
    );
    expect(removed.data.removeAdminPrivileges).toEqual({ roles: [], adminPrivileges: false, status: 'ACTIVE', canTransact: false });

    // Both sides still list it, with no roles.
    const partners = await graphql(url, `{ customer(id: "${buyer.tenantId}") { relationships { id roles status } } }`, {}, buyer.token);
    expect(partners.data.customer.relationships).toEqual([{ id: relationshipId, roles: [], status: 'ACTIVE' }]);
    const customers = await graphql(url, `{ partner(id: "${partner.partnerId}") { customers { edges { node { id roles status } } } } }`, {}, partner.token);
    expect(customers.data.partner.customers.edges).toEqual([{ node: { id: relationshipId, roles: [], status: 'ACTIVE' } }]);
    // The partner still sees the customer (enrollment's projection keeps the relationship ACTIVE).
    const seen = await eventually('the customer still visible to the partner', async () => {
      const response = await graphql(url, `{ customer(id: "${buyer.tenantId}") { id displayName } }`, {}, partner.token);
      return response.data?.customer ?? undefined;
    });
    expect(seen).toEqual({ id: buyer.tenantId, displayName: buyer.name });

    for (const permission of ['MANAGE_USERS', 'RESET_PASSWORDS', 'SUBMIT_ORDERS']) {
      const decision = await graphql(
        url,
        `{ authorize(partnerId: "${partner.partnerId}", customerId: "${buyer.tenantId}", permission: ${permission}) { allowed reasons } }`,
        {},
        partner.token,
      );
      expect(decision.data.authorize.allowed).toBe(false);
      expect(decision.data.authorize.reasons[0]).toMatch(/^The relationship has no roles, so it grants no permission/);
    }

    const deleted = await graphql(url, `mutation { deleteRelationship(input: { relationshipId: "${relationshipId}" }) { status } }`, {}, buyer.token);
    expect(deleted.data.deleteRelationship.status).toBe('TERMINATED');
    expect((await graphql(url, `{ customer(id: "${buyer.tenantId}") { relationships { id } } }`, {}, buyer.token)).data.customer.relationships).toEqual([]);
  });

  it('R7: refuses to delete a relationship with other roles, telling the customer to contact the partner', async () => {
    const partner = await activePartner(url);
    const buyer = await customer();
    const { token } = await inviteByEmail(url, partner.token, ['MPSA', 'DELEGATED_ADMIN'], buyer.email);
    const relationship = (await graphql(url, ACCEPT, { input: { token } }, buyer.token)).data.acceptRelationshipRequest;
    const refused = await graphql(url, `mutation { deleteRelationship(input: { relationshipId: "${relationship.id}" }) { status } }`, {}, buyer.token);
    expect(refused.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/Contact the partner/) });
    expect(
      (await graphql(url, `{ customer(id: "${buyer.tenantId}") { relationships { status roles } } }`, {}, buyer.token)).data.customer.relationships,
    ).toEqual([{ status: 'ACTIVE', roles: ['DELEGATED_ADMIN', 'MPSA'] }]);
  });

  it('R5: the customer declines a delegated-admin invitation; nothing is established', async () => {
    const partner = await activePartner(url);
    const buyer = await customer();
    const { token, request } = await inviteByEmail(url, partner.token, ['DELEGATED_ADMIN'], buyer.email);
    const declined = await graphql(url, 'mutation($t: String!) { declineRelationshipRequest(input: { token: $t }) { status } }', { t: token }, buyer.token);
    expect(declined.data.declineRelationshipRequest.status).toBe('DECLINED');
    expect(errorCodes(await graphql(url, ACCEPT, { input: { token } }, buyer.token))).toEqual(['CONFLICT']);
    expect((await graphql(url, `{ customer(id: "${buyer.tenantId}") { relationships { id } } }`, {}, buyer.token)).data.customer.relationships).toEqual([]);
    const sent = await graphql(
      url,
      `{ partner(id: "${partner.partnerId}") { relationshipRequests(status: DECLINED) { edges { node { id inviteeEmail } } } } }`,
      {},
      partner.token,
    );
    expect(sent.data.partner.relationshipRequests.edges).toEqual([{ node: { id: request.id, inviteeEmail: buyer.email } }]);
  });
});
