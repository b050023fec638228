import { eventually, graphql, signUpCustomer } from '../support/graphql';
import { activePartner } from '../support/partners';
import { ACCEPT, inviteByEmail } from '../support/relationships';
import { Stack, startStack } from '../support/stack';

const CUSTOMERS_BY_SOURCE = `query($id: ID!, $source: RelationshipSource) {
  partner(id: $id) { customers(source: $source) { totalCount edges { node { id source customer { id } } } } }
}`;

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
});
