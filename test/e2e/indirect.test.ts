import { eventually, graphql, signUpCustomer } from '../support/graphql';
import { activePartner } from '../support/partners';
import { ACCEPT, invitationTokenFrom, inviteByEmail, SEND } from '../support/relationships';
import { Stack, startStack } from '../support/stack';
import { PERMISSIONS } from '../../services/relationship/src/domain/roles';

describe('indirect providers and resellers end to end (R13, R14, R16, R19)', () => {
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

  it('links a provider and a reseller, invites a customer to both with one link, and shows only shared customers', async () => {
    const provider = await activePartner(url, 'INDIRECT_PROVIDER');
    const reseller = await activePartner(url, 'INDIRECT_RESELLER');

    // R13: the provider invites; the reseller receives the email and authorises.
    const invited = await graphql(
      url,
      'mutation($e: String!) { inviteIndirectReseller(input: { resellerEmail: $e }) { id kind invitationUrl } }',
      { e: reseller.admin.email },
      provider.token,
    );
    expect(invited.data.inviteIndirectReseller.kind).toBe('INDIRECT_RESELLER');
    const token = await invitationTokenFrom(reseller.admin.email, 'indirect-providers/authorize');
    const link = await graphql(
      url,
      'mutation($t: String!) { authorizeIndirectProvider(input: { token: $t, confirm: true }) { id status providerAdminAccess providerName resellerName } }',
      { t: token },
      reseller.token,
    );
    expect(link.errors).toBeUndefined();
    expect(link.data.authorizeIndirectProvider).toMatchObject({
      status: 'ACTIVE',
      providerAdminAccess: true,
      providerName: provider.enrolment.legalName,
      resellerName: reseller.enrolment.legalName,
    });
    const linkId = link.data.authorizeIndirectProvider.id;

    const pages = async () => ({
      providers: (await graphql(url, `{ partner(id: "${reseller.partnerId}") { indirectProviders { id provider { id } } } }`, {}, reseller.token)).data.partner
        .indirectProviders,
      resellers: (await graphql(url, `{ partner(id: "${provider.partnerId}") { indirectResellers { id reseller { id } } } }`, {}, provider.token)).data.partner
        .indirectResellers,
    });
    expect(await pages()).toEqual({
      providers: [{ id: linkId, provider: { id: provider.partnerId } }],
      resellers: [{ id: linkId, reseller: { id: reseller.partnerId } }],
    });

    // R19: one invitation, personalised for both; the customer accepts once.
    const buyer = await customer();
    const combined = await graphql(
      url,
      'mutation($p: ID!, $e: String!) { inviteCustomerWithProvider(input: { providerId: $p, customerEmail: $e }) { id kind roles indirectProviderRoles indirectProvider { id } invitationUrl emailDraft { subject body } } }',
      { p: provider.partnerId, e: buyer.email },
      reseller.token,
    );
    expect(combined.data.inviteCustomerWithProvider).toMatchObject({
      kind: 'CUSTOMER_WITH_PROVIDER',
      roles: ['RESELLER', 'DELEGATED_ADMIN'],
      indirectProviderRoles: ['RESELLER'],
      indirectProvider: { id: provider.partnerId },
    });
    const draft = combined.data.inviteCustomerWithProvider.emailDraft;
    expect(draft.body).toContain(
      `${reseller.enrolment.legalName} would like to work with your organisation as your reseller and delegated admin, and ${provider.enrolment.legalName} as your reseller.`,
    );
    await graphql(
      url,
      SEND,
      { input: { requestId: combined.data.inviteCustomerWithProvider.id, to: buyer.email, subject: draft.subject, body: draft.body } },
      reseller.token,
    );
    const customerToken = await invitationTokenFrom(buyer.email);
    // The customer sees both partners and what each asks for.
    const opened = await graphql(
      url,
      'query($t: String!) { relationshipRequestByToken(token: $t) { kind roles indirectProviderRoles agreementRequired partner { id } indirectProvider { id legalName } } }',
      { t: customerToken },
      buyer.token,
    );
    expect(opened.data.relationshipRequestByToken).toEqual({
      kind: 'CUSTOMER_WITH_PROVIDER',
      roles: ['RESELLER', 'DELEGATED_ADMIN'],
      indirectProviderRoles: ['RESELLER'],
      agreementRequired: true,
      partner: { id: reseller.partnerId },
      indirectProvider: { id: provider.partnerId, legalName: provider.enrolment.legalName },
    });
    const agreement = (await graphql(url, '{ currentAgreement(type: CUSTOMER_AGREEMENT) { id } }', {}, buyer.token)).data.currentAgreement;
    const accepted = await graphql(
      url,
      ACCEPT,
      { input: { token: customerToken, acceptAgreement: { templateId: agreement.id, confirmRead: true } } },
      buyer.token,
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptRelationshipRequest).toMatchObject({
      partner: { id: reseller.partnerId },
      roles: ['RESELLER', 'DELEGATED_ADMIN'],
      adminPrivileges: true,
      canTransact: true,
    });
    const both = await graphql(
      url,
      `{ customer(id: "${buyer.tenantId}") { relationships { partner { id } roles adminPrivileges canTransact source } } }`,
      {},
      buyer.token,
    );
    expect(both.data.customer.relationships).toHaveLength(2);
    // R18: both came through the indirect channel.
    expect(both.data.customer.relationships).toEqual(
      expect.arrayContaining([
        { partner: { id: reseller.partnerId }, roles: ['RESELLER', 'DELEGATED_ADMIN'], adminPrivileges: true, canTransact: true, source: 'INDIRECT_PROVIDER' },
        { partner: { id: provider.partnerId }, roles: ['RESELLER'], adminPrivileges: false, canTransact: true, source: 'INDIRECT_PROVIDER' },
      ]),
    );
    // authorize for both partners and every permission (PERMISSIONS_BY_ROLE in services/relationship/src/domain/roles.ts).
    const expected: Record<string, { reseller: boolean; provider: boolean }> = {
      SUBMIT_ORDERS: { reseller: true, provider: true },
      MANAGE_SUBSCRIPTIONS: { reseller: true, provider: true },
      MANAGE_USERS: { reseller: true, provider: false },
      MANAGE_LICENSES: { reseller: true, provider: false },
      RESET_PASSWORDS: { reseller: true, provider: false },
      MANAGE_SUPPORT_INCIDENTS: { reseller: true, provider: false },
      VIEW_PURCHASES: { reseller: false, provider: false },
      UPLOAD_DEVICE_IDS: { reseller: false, provider: false },
      MANAGE_LOB_APPS: { reseller: false, provider: false },
      // B1: the combined invitation's delegated admin asks for the seed's global administrator.
      MANAGE_BILLING: { reseller: true, provider: false },
      READ_DIRECTORY: { reseller: true, provider: false },
      READ_SECURITY_SETTINGS: { reseller: true, provider: false },
    };
    expect(Object.keys(expected)).toEqual([...PERMISSIONS]);
    for (const [permission, allowed] of Object.entries(expected)) {
      for (const [side, who] of [
        ['reseller', reseller],
        ['provider', provider],
      ] as const) {
        const decision = await graphql(
          url,
          `{ authorize(partnerId: "${who.partnerId}", customerId: "${buyer.tenantId}", permission: ${permission}) { allowed reasons } }`,
          {},
          who.token,
        );
        expect({ permission, side, allowed: decision.data.authorize.allowed }).toEqual({ permission, side, allowed: allowed[side] });
      }
    }

    // R14 and R16: View customers lists shared customers only, never the provider's other customers.
    const providersOwn = await customer();
    const { token: ownToken } = await inviteByEmail(url, provider.token, ['ADVISOR'], providersOwn.email);
    await graphql(url, ACCEPT, { input: { token: ownToken } }, providersOwn.token);
    const shared = await graphql(
      url,
      `{ partner(id: "${reseller.partnerId}") { customersSharedWith(providerId: "${provider.partnerId}") { id displayName } } }`,
      {},
      reseller.token,
    );
    expect(shared.data.partner.customersSharedWith).toEqual([{ id: buyer.tenantId, displayName: buyer.name }]);
    const resellerCustomers = await eventually('the reseller customer list', async () => {
      const response = await graphql(
        url,
        `{ partner(id: "${reseller.partnerId}") { customers { totalCount edges { node { customer { id } } } } } }`,
        {},
        reseller.token,
      );
      return response.data?.partner.customers.totalCount === 1 ? response.data.partner.customers : undefined;
    });
    expect(resellerCustomers.edges).toEqual([{ node: { customer: { id: buyer.tenantId } } }]);

    // R13: the reseller removes the provider's admin access; the link stays.
    const removed = await graphql(
      url,
      `mutation { removeProviderAdminAccess(input: { linkId: "${linkId}" }) { status providerAdminAccess } }`,
      {},
      reseller.token,
    );
    expect(removed.data.removeProviderAdminAccess).toEqual({ status: 'ACTIVE', providerAdminAccess: false });
    const revoked = await graphql(url, `mutation { revokeIndirectLink(input: { linkId: "${linkId}" }) { status } }`, {}, provider.token);
    expect(revoked.data.revokeIndirectLink.status).toBe('TERMINATED');
    expect((await pages()).providers).toEqual([]);
  });
});
