import { graphql, GraphQLResponse, signUpCustomer } from '../support/graphql';
import { activePartner } from '../support/partners';
import { ACCEPT, REQUEST } from '../support/relationships';
import { Stack, startStack } from '../support/stack';

const PEOPLE = 20;

/** Every error of a batch of responses by code: a deadlock or lock wait must never reach a person. */
const codesOf = (responses: GraphQLResponse[]) => responses.flatMap((response) => (response.errors ?? []).map((error) => String(error.extensions?.code)));

/**
 * DESIGN §8: a deadlock or lock-wait timeout is transient; the use case runs its
 * transaction again and the person never sees it. Many people act on one partner
 * at the same moment: its invitations, acceptances and the ends of relationships.
 */
describe(`${PEOPLE} people acting on one partner at the same moment`, () => {
  let stack: Stack;
  let url: string;
  beforeAll(async () => {
    stack = await startStack();
    url = stack.urls.gateway;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('invites, accepts and ends relationships without an error, each effect once', async () => {
    const partner = await activePartner(url);
    const customers = await Promise.all(Array.from({ length: PEOPLE }, () => signUpCustomer(url)));

    const invited = await Promise.all(
      customers.map((customer) => graphql(url, REQUEST, { input: { roles: ['ADVISOR', 'DELEGATED_ADMIN'], customerEmail: customer.email } }, partner.token)),
    );
    expect(codesOf(invited)).toEqual([]);

    const accepted = await Promise.all(
      customers.map((customer, i) =>
        graphql(url, ACCEPT, { input: { token: new URL(invited[i].data.requestRelationship.invitationUrl).searchParams.get('token') } }, customer.token),
      ),
    );
    expect(codesOf(accepted)).toEqual([]);
    const [{ n: relationships }] = await stack.relationship.platform.dataSource.query(
      "SELECT COUNT(*) AS n FROM relationship WHERE partner_id = ? AND status = 'ACTIVE'",
      [partner.partnerId],
    );
    expect(Number(relationships)).toBe(PEOPLE);

    // Half the customers delete theirs while the partner terminates the other half.
    const ended = await Promise.all(
      customers.map((customer, i) => {
        const id = accepted[i].data.acceptRelationshipRequest.id;
        return i % 2 === 0
          ? graphql(url, `mutation { deleteRelationship(input: { relationshipId: "${id}" }) { status } }`, {}, customer.token)
          : graphql(url, `mutation { terminateRelationship(input: { relationshipId: "${id}" }) { status } }`, {}, partner.token);
      }),
    );
    expect(codesOf(ended)).toEqual([]);
    const [{ n: terminated }] = await stack.relationship.platform.dataSource.query(
      "SELECT COUNT(*) AS n FROM relationship WHERE partner_id = ? AND status = 'TERMINATED'",
      [partner.partnerId],
    );
    expect(Number(terminated)).toBe(PEOPLE);
  });
});
