import { errorCodes, eventually, graphql, signUpCustomer, unique } from '../support/graphql';
import { activePartner, operatorToken } from '../support/partners';
import { ACCEPT, inviteByEmail } from '../support/relationships';
import { Stack, startStack } from '../support/stack';

const CURRENT = '{ currentAgreement(type: CUSTOMER_AGREEMENT) { id version documentUrl } }';
const AUTHORIZE = 'query($p: ID!, $c: ID!, $perm: Permission!) { authorize(partnerId: $p, customerId: $c, permission: $perm) { allowed reasons } }';

describe('the Customer Agreement and reseller rights (R3, R4, R15)', () => {
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

  const CONFIRM = 'mutation($input: ConfirmCustomerAcceptanceInput!) { confirmCustomerAcceptance(input: $input) { method confirmedByPartner { id } } }';

  /** A reseller relationship the customer already had with the partner (R16), imported by the operator. */
  async function importReseller(partnerId: string, customerTenantId: string) {
    const [{ mpn_id: mpnId }] = await stack.relationship.platform.dataSource.query('SELECT mpn_id FROM partner_projection WHERE partner_id = ?', [partnerId]);
    const imported = await graphql(
      url,
      'mutation($rows: [ExistingRelationshipInput!]!) { importExistingRelationships(input: { relationships: $rows }) { imported } }',
      { rows: [{ mpnId, customerId: customerTenantId, roles: ['RESELLER'] }] },
      await operatorToken(url),
    );
    expect(imported.errors).toBeUndefined();
  }

  /** Confirms once the agreement subgraph knows the relationship and the partner's programme (both by event). */
  function confirmedOnceKnown(token: string, input: Record<string, unknown>) {
    return eventually('the agreement subgraph to know the reseller relationship and its partner', async () => {
      const response = await graphql(url, CONFIRM, { input }, token);
      const error = response.errors?.[0];
      const notYet = error?.extensions?.code === 'FORBIDDEN' || /not known to the agreement service yet/.test(error?.message ?? '');
      return notYet ? undefined : response;
    });
  }

  /** The relationship subgraph knows the current agreement (announced by agreement, by event). */
  async function currentAgreement(token: string) {
    const { data } = await graphql(url, CURRENT, {}, token);
    return data.currentAgreement as { id: string; version: string; documentUrl: string };
  }

  it('R3: the customer accepts the agreement and authorises a reseller in one step; the acceptance is recorded by the agreement subgraph', async () => {
    const partner = await activePartner(url);
    const buyer = await customer();
    const agreement = await currentAgreement(buyer.token);
    const { token } = await inviteByEmail(url, partner.token, ['RESELLER', 'DELEGATED_ADMIN'], buyer.email);

    const page = await graphql(url, 'query($t: String!) { relationshipRequestByToken(token: $t) { agreementRequired roles } }', { t: token }, buyer.token);
    expect(page.data.relationshipRequestByToken).toEqual({ agreementRequired: true, roles: ['RESELLER', 'DELEGATED_ADMIN'] });

    const withoutAgreement = await graphql(url, ACCEPT, { input: { token } }, buyer.token);
    expect(withoutAgreement.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'acceptAgreement' },
      message: expect.stringMatching(/Customer Agreement/),
    });
    const unread = await graphql(url, ACCEPT, { input: { token, acceptAgreement: { templateId: agreement.id, confirmRead: false } } }, buyer.token);
    expect(unread.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'acceptAgreement.confirmRead' });

    const accepted = await graphql(url, ACCEPT, { input: { token, acceptAgreement: { templateId: agreement.id, confirmRead: true } } }, buyer.token);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptRelationshipRequest).toMatchObject({ roles: ['RESELLER', 'DELEGATED_ADMIN'], canTransact: true, adminPrivileges: true });

    const recorded = await eventually('the acceptance in the agreement subgraph', async () => {
      const response = await graphql(
        url,
        `{ customer(id: "${buyer.tenantId}") { hasAcceptedCurrentAgreement agreementAcceptances { method template { id version } } } }`,
        {},
        buyer.token,
      );
      return response.data?.customer.hasAcceptedCurrentAgreement ? response.data.customer : undefined;
    });
    expect(recorded.agreementAcceptances).toEqual([{ method: 'ACCEPTED_BY_CUSTOMER', template: { id: agreement.id, version: agreement.version } }]);
    const decision = await graphql(url, AUTHORIZE, { p: partner.partnerId, c: buyer.tenantId, perm: 'SUBMIT_ORDERS' }, partner.token);
    expect(decision.data.authorize).toEqual({ allowed: true, reasons: ['Granted by the RESELLER role.'] });
  });

  it('R4: reseller rights follow the current agreement: denied, accepted, allowed, new version, denied, accepted again, allowed', async () => {
    const partner = await activePartner(url);
    const buyer = await customer();
    const [{ mpn_id: mpnId }] = await stack.relationship.platform.dataSource.query('SELECT mpn_id FROM partner_projection WHERE partner_id = ?', [
      partner.partnerId,
    ]);
    const operator = await operatorToken(url);
    // A customer the partner already had (R16): a reseller relationship, but no agreement accepted on the platform.
    await graphql(
      url,
      'mutation($rows: [ExistingRelationshipInput!]!) { importExistingRelationships(input: { relationships: $rows }) { imported } }',
      { rows: [{ mpnId, customerId: buyer.tenantId, roles: ['RESELLER'] }] },
      operator,
    );
    const ask = async () => (await graphql(url, AUTHORIZE, { p: partner.partnerId, c: buyer.tenantId, perm: 'SUBMIT_ORDERS' }, partner.token)).data.authorize;
    expect(await ask()).toEqual({ allowed: false, reasons: ['The customer has not accepted the current Customer Agreement.'] });

    const accept = async () => {
      const agreement = await currentAgreement(buyer.token);
      const response = await graphql(
        url,
        'mutation($id: ID!) { acceptAgreement(input: { templateId: $id, confirmRead: true }) { id } }',
        { id: agreement.id },
        buyer.token,
      );
      expect(response.errors).toBeUndefined();
    };
    await accept();
    await eventually('reseller rights after acceptance', async () => ((await ask()).allowed ? true : undefined), 2000, 20);

    const version = `v-${unique('')}`.slice(0, 30);
    const published = await graphql(
      url,
      'mutation($input: PublishAgreementTemplateInput!) { publishAgreementTemplate(input: $input) { id version } }',
      { input: { type: 'CUSTOMER_AGREEMENT', version, documentUrl: `https://channelgraph.example/agreements/customer-${version}.pdf`, language: 'en' } },
      operator,
    );
    expect(published.errors).toBeUndefined();
    const denied = await eventually(
      'rights to stop after a new version',
      async () => {
        const decision = await ask();
        return decision.allowed ? undefined : decision;
      },
      5000,
      20,
    );
    expect(denied.reasons).toEqual(['The customer has not accepted the current Customer Agreement.']);
    const relationship = await graphql(url, `{ partner(id: "${partner.partnerId}") { customers { edges { node { canTransact } } } } }`, {}, partner.token);
    expect(relationship.data.partner.customers.edges).toEqual([{ node: { canTransact: false } }]);

    await accept();
    await eventually('reseller rights after accepting the new version', async () => ((await ask()).allowed ? true : undefined), 2000, 20);
  });

  it("lets a reseller of the customer confirm the customer's acceptance once, an advisor not; the invitation page shows the agreement to accept", async () => {
    const partner = await activePartner(url);
    const buyer = await customer();
    const agreement = await currentAgreement(buyer.token);
    const { token } = await inviteByEmail(url, partner.token, ['RESELLER', 'ADVISOR'], buyer.email);
    const page = await graphql(url, 'query($t: String!) { relationshipRequestByToken(token: $t) { agreement { id documentUrl } } }', { t: token }, buyer.token);
    expect(page.data.relationshipRequestByToken.agreement).toEqual({ id: agreement.id, documentUrl: agreement.documentUrl });
    // Accepting an ADVISOR-only invitation first gives the partner a relationship without the agreement.
    const advisor = await inviteByEmail(url, partner.token, ['ADVISOR'], buyer.email);
    await graphql(url, ACCEPT, { input: { token: advisor.token } }, buyer.token);
    const confirm = 'mutation($input: ConfirmCustomerAcceptanceInput!) { confirmCustomerAcceptance(input: $input) { method } }';
    const input = {
      customerId: buyer.tenantId,
      templateId: agreement.id,
      dateAgreed: new Date().toISOString(),
      contact: { firstName: 'Casey', lastName: 'Customer', email: buyer.email, phone: '+1 425 555 0100' },
    };
    const stranger = await activePartner(url);
    expect(errorCodes(await graphql(url, confirm, { input }, stranger.token))).toEqual(['FORBIDDEN']);
    // An advisor sells nothing: only a reseller attests (R4).
    const refusal = await eventually('the agreement subgraph to know the advisor relationship', async () => {
      const response = await graphql(url, confirm, { input }, partner.token);
      return /Only a reseller/.test(response.errors?.[0]?.message ?? '') ? response : undefined;
    });
    expect(errorCodes(refusal)).toEqual(['FORBIDDEN']);

    // A direct reseller the customer already had (R16), without its acceptance recorded on the platform, attests it.
    const reseller = await activePartner(url, 'DIRECT');
    await importReseller(reseller.partnerId, buyer.tenantId);
    const confirmed = await confirmedOnceKnown(reseller.token, input);
    expect(confirmed.data.confirmCustomerAcceptance).toEqual({ method: 'CONFIRMED_BY_PARTNER', confirmedByPartner: { id: reseller.partnerId } });
    expect(errorCodes(await graphql(url, confirm, { input }, reseller.token))).toEqual(['CONFLICT']);
  });

  it('R4: an indirect reseller with an active reseller relationship may not attest the acceptance (told who can); its indirect provider and a direct partner may', async () => {
    const buyer = await customer();
    const agreement = await currentAgreement(buyer.token);
    const [indirectReseller, provider, direct] = await Promise.all([
      activePartner(url, 'INDIRECT_RESELLER'),
      activePartner(url, 'INDIRECT_PROVIDER'),
      activePartner(url, 'DIRECT'),
    ]);
    // Resellers of record the customer already had (R16): none has its acceptance on the platform yet.
    for (const partner of [indirectReseller, provider, direct]) await importReseller(partner.partnerId, buyer.tenantId);
    const input = (email: string) => ({
      customerId: buyer.tenantId,
      templateId: agreement.id,
      dateAgreed: new Date().toISOString(),
      contact: { firstName: 'Casey', lastName: 'Customer', email, phone: '+1 425 555 0100' },
    });

    const refusal = await eventually('the agreement subgraph to know the indirect reseller and its relationship', async () => {
      const response = await graphql(url, CONFIRM, { input: input(buyer.email) }, indirectReseller.token);
      return /indirect reseller/.test(response.errors?.[0]?.message ?? '') ? response : undefined;
    });
    expect(errorCodes(refusal)).toEqual(['FORBIDDEN']);
    expect(refusal.errors![0].message).toBe(
      'An indirect reseller cannot confirm a customer’s acceptance of the Customer Agreement. Ask the customer’s global admin to accept it in the console (Accept agreement), or ask your indirect provider, which needs its own reseller relationship with the customer, to confirm it.',
    );
    const standing = '{ customer(id: "CUSTOMER") { hasAcceptedCurrentAgreement agreementAcceptances { id } } }'.replace('CUSTOMER', buyer.tenantId);
    expect((await graphql(url, standing, {}, buyer.token)).data.customer).toEqual({ hasAcceptedCurrentAgreement: false, agreementAcceptances: [] });

    const byProvider = await confirmedOnceKnown(provider.token, input(buyer.email));
    expect(byProvider.data.confirmCustomerAcceptance).toEqual({ method: 'CONFIRMED_BY_PARTNER', confirmedByPartner: { id: provider.partnerId } });
    const byDirect = await confirmedOnceKnown(direct.token, input(`procurement@${buyer.email.split('@')[1]}`));
    expect(byDirect.data.confirmCustomerAcceptance).toEqual({ method: 'CONFIRMED_BY_PARTNER', confirmedByPartner: { id: direct.partnerId } });
    expect((await graphql(url, standing, {}, buyer.token)).data.customer.hasAcceptedCurrentAgreement).toBe(true);
  });

  it('refuses an old agreement version when accepting an invitation', async () => {
    const partner = await activePartner(url);
    const buyer = await customer();
    const { token } = await inviteByEmail(url, partner.token, ['RESELLER'], buyer.email);
    const wrong = await graphql(
      url,
      ACCEPT,
      { input: { token, acceptAgreement: { templateId: '00000000-0000-4000-8000-000000000000', confirmRead: true } } },
      buyer.token,
    );
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'acceptAgreement.templateId' });
    expect(errorCodes(wrong)).toEqual(['BAD_USER_INPUT']);
  });

  it('R4: a translation of the current version changes nothing; a new version with a reacceptance deadline lets resellers go on until it', async () => {
    const partner = await activePartner(url);
    const operator = await operatorToken(url);
    const buyer = await customer();
    const { token } = await inviteByEmail(url, partner.token, ['RESELLER'], buyer.email);
    const agreement = await currentAgreement(buyer.token);
    const accepted = await graphql(url, ACCEPT, { input: { token, acceptAgreement: { templateId: agreement.id, confirmRead: true } } }, buyer.token);
    expect(accepted.errors).toBeUndefined();
    const ask = async () => (await graphql(url, AUTHORIZE, { p: partner.partnerId, c: buyer.tenantId, perm: 'SUBMIT_ORDERS' }, partner.token)).data.authorize;
    const publish = async (input: Record<string, unknown>) => {
      const response = await graphql(
        url,
        'mutation($input: PublishAgreementTemplateInput!) { publishAgreementTemplate(input: $input) { id version language } }',
        { input: { type: 'CUSTOMER_AGREEMENT', ...input } },
        operator,
      );
      expect(response.errors).toBeUndefined();
      return response.data.publishAgreementTemplate as { id: string; version: string };
    };
    const heardOf = (templateId: string) =>
      eventually('relationship to hear of the template', async () => {
        const rows = await stack.relationship.platform.dataSource.query('SELECT version FROM agreement_template_version WHERE template_id = ?', [templateId]);
        return rows.length > 0 ? true : undefined;
      });

    // The same version in Italian: every reader of Italian gets it, the acceptance in English still counts.
    const italian = await publish({
      version: agreement.version,
      documentUrl: `https://channelgraph.example/agreements/customer-${agreement.version}-it.pdf`,
      language: 'it',
    });
    await heardOf(italian.id);
    expect(await ask()).toEqual({ allowed: true, reasons: ['Granted by the RESELLER role.'] });
    const inItalian = await graphql(url, '{ currentAgreement(type: CUSTOMER_AGREEMENT, language: "it") { id version } }', {}, buyer.token);
    expect(inItalian.data.currentAgreement).toEqual({ id: italian.id, version: agreement.version });
    expect((await currentAgreement(buyer.token)).id).toBe(agreement.id);

    // A new version that honours the one accepted for 30 days.
    const deadline = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString();
    const version = `d-${unique('')}`.slice(0, 30);
    const next = await publish({ version, documentUrl: `https://channelgraph.example/agreements/customer-${version}.pdf`, reacceptanceDeadline: deadline });
    await heardOf(next.id);
    const decision = await eventually('relationship to take the new version', async () => {
      const answer = await ask();
      return answer.reasons.length > 1 ? answer : undefined;
    });
    expect(decision).toEqual({
      allowed: true,
      reasons: [
        'Granted by the RESELLER role.',
        `The customer accepted an earlier Customer Agreement, which counts until ${deadline}; it must accept the current one by then.`,
      ],
    });
    const record = await graphql(url, `{ customer(id: "${buyer.tenantId}") { hasAcceptedCurrentAgreement currentAgreementDeadline } }`, {}, partner.token);
    expect(record.data.customer).toEqual({ hasAcceptedCurrentAgreement: false, currentAgreementDeadline: deadline });
    const listed = await graphql(
      url,
      `{ partner(id: "${partner.partnerId}") { customers { edges { node { customer { id } canTransact } } } } }`,
      {},
      partner.token,
    );
    expect(listed.data.partner.customers.edges).toContainEqual({ node: { customer: { id: buyer.tenantId }, canTransact: true } });
  });
});
