import { eventually, graphql, signUpCustomer } from '../support/graphql';
import { activePartner } from '../support/partners';
import { ACCEPT, inviteByEmail } from '../support/relationships';
import { Stack, startStack } from '../support/stack';

/**
 * Anyone may send `_entities` to a subgraph directly. Every entity type of
 * every subgraph must then obey the visibility of its root query (DESIGN §8):
 * a representation is a claim, not a proof.
 */
describe('entity lookups sent straight to each subgraph hand no tenant another tenant’s data', () => {
  let stack: Stack;
  let customer: Awaited<ReturnType<typeof signUpCustomer>>;
  let partner: Awaited<ReturnType<typeof activePartner>>;
  let stranger: Awaited<ReturnType<typeof signUpCustomer>>;
  let ids: Record<string, string>;

  beforeAll(async () => {
    stack = await startStack();
    const url = stack.urls.gateway;
    partner = await activePartner(url);
    customer = await signUpCustomer(url);
    stranger = await signUpCustomer(url);
    const { request, token } = await inviteByEmail(url, partner.token, ['DELEGATED_ADMIN'], customer.email);
    const accepted = await graphql(url, ACCEPT, { input: { token } }, customer.token);
    expect(accepted.errors).toBeUndefined();
    const me = await graphql(url, '{ me { id } }', {}, customer.token);
    const mail = await graphql(stack.urls.notification, '{ notifications(first: 1) { edges { node { id } } } }', {}, customer.token);
    ids = {
      customer: customer.tenantId,
      user: me.data.me.id,
      request: request.id,
      relationship: accepted.data.acceptRelationshipRequest.id,
      notification: mail.data.notifications.edges[0]?.node.id,
    };
  });
  afterAll(async () => {
    await stack?.stop();
  });

  /** One `_entities` lookup, straight to a subgraph; what comes back for the representation. */
  async function lookUp(subgraph: keyof Stack['urls'], typename: string, id: string, selection: string, token: string) {
    const response = await graphql(
      stack.urls[subgraph],
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${selection} } } }`,
      { r: [{ __typename: typename, id }] },
      token,
    );
    expect(response.errors?.find((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR')).toBeUndefined();
    return response.data?._entities?.[0] ?? null;
  }

  const customerToken = () => customer.token;
  const partnerToken = () => partner.token;
  // [subgraph, type, id of the data, fields only a visible entity fills, who owns it]
  const matrix: Array<[keyof Stack['urls'], string, () => string, string, () => string]> = [
    ['enrollment', 'Tenant', () => ids.customer, 'id domain displayName country', customerToken],
    ['enrollment', 'Customer', () => ids.customer, 'id domain displayName country', customerToken],
    ['enrollment', 'User', () => ids.user, 'id email fullName', customerToken],
    ['relationship', 'Relationship', () => ids.relationship, 'id roles', customerToken],
    ['relationship', 'RelationshipRequest', () => ids.request, 'id roles', partnerToken],
    ['relationship', 'Customer', () => ids.customer, 'id relationships { id }', customerToken],
    ['agreement', 'Customer', () => ids.customer, 'id hasAcceptedCurrentAgreement', customerToken],
    ['notification', 'Notification', () => ids.notification, 'id to subject', customerToken],
  ];

  it.each(matrix)('%s refuses a stranger the %s of another tenant', async (subgraph, typename, id, selection) => {
    const seen = await lookUp(subgraph, typename, id(), selection, stranger.token);
    // Either nothing, or an error without data: never one of the fields.
    expect(JSON.stringify(seen ?? {})).not.toMatch(/domain|displayName|email|roles|relationships|hasAccepted|subject/);
  });

  it.each(matrix)('%s shows its owner the %s', async (subgraph, typename, id, selection, owner) => {
    const seen = await lookUp(subgraph, typename, id(), selection, owner());
    expect(seen).toMatchObject({ id: id() });
  });

  it('lets a partner see the customer it has a relationship with, and only that one', async () => {
    // Enrollment learns of the relationship by event.
    const seen = await eventually(
      'the relationship reaching enrollment',
      async () => (await lookUp('enrollment', 'Customer', ids.customer, 'id displayName', partner.token)) ?? undefined,
    );
    expect(seen).toEqual({ id: ids.customer, displayName: customer.name });
    expect(await lookUp('enrollment', 'Customer', stranger.tenantId, 'id displayName', partner.token)).toBeNull();
    expect(await lookUp('enrollment', 'Tenant', ids.customer, 'id displayName', partner.token)).toBeNull();
  });
});
