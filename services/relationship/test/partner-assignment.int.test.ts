import { errorCodes, eventually, graphql, signUpCustomer, unique } from '../../../test/support/graphql';
import { activePartner, signIn } from '../../../test/support/partners';
import { ACCEPT, REQUEST } from '../../../test/support/relationships';
import { Stack, startStack } from '../../../test/support/stack';

// R2 PARTNER role: the customer assigns one of its users to the partner, end to end through the gateway.

const ASSIGN = `mutation($input: AssignUserToPartnerInput!) {
  assignUserToPartner(input: $input) { id assignedUser { id fullName email } }
}`;
const UNASSIGN = `mutation($id: ID!) { unassignUserFromPartner(input: { relationshipId: $id }) { id assignedUser { id } } }`;
const ADD_USER = 'mutation($input: AddUserInput!) { addUser(input: $input) { user { id fullName email } } }';
const REMOVE_USER = 'mutation($id: ID!) { removeUser(input: { userId: $id }) { id } }';
const ASSIGNED = 'query($id: ID!) { customer(id: $id) { relationships { id assignedUser { id fullName email } } } }';

describe('a user assigned to a partner (R2 PARTNER role)', () => {
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

  /** A customer with a relationship of the given roles with a new partner. */
  async function relationshipWith(roles: string[]) {
    const partner = await activePartner(url);
    const customer = await signUpCustomer(url);
    const created = await graphql(url, REQUEST, { input: { roles, customerEmail: customer.email } }, partner.token);
    const token = new URL(created.data.requestRelationship.invitationUrl).searchParams.get('token');
    const accepted = await graphql(url, ACCEPT, { input: { token } }, customer.token);
    if (accepted.errors) throw new Error(accepted.errors[0].message);
    return { partner, customer, relationshipId: accepted.data.acceptRelationshipRequest.id as string };
  }

  /** A new user of the customer's tenant, once the relationship subgraph knows them (by UserAdded). */
  async function userOf(customer: { token: string; name: string }, fullName = 'Paola Rossi') {
    const email = `${unique('user')}@example.com`;
    const added = await graphql(url, ADD_USER, { input: { fullName, email, roles: ['BILLING_ADMIN'] } }, customer.token);
    if (added.errors) throw new Error(added.errors[0].message);
    const user = added.data.addUser.user as { id: string; fullName: string; email: string };
    await eventually('the relationship subgraph to know the user', async () => {
      const [row] = await db().query('SELECT user_id FROM user_projection WHERE user_id = ?', [user.id]);
      return row;
    });
    return user;
  }

  /** A token of a new user of the customer who is not a global admin (a billing admin). */
  async function signedInUserOf(customer: { token: string }) {
    const email = `${unique('billing')}@example.com`;
    const added = await graphql(
      url,
      'mutation($input: AddUserInput!) { addUser(input: $input) { temporaryPassword } }',
      { input: { fullName: 'Bill Ing', email, roles: ['BILLING_ADMIN'] } },
      customer.token,
    );
    const currentPassword = added.data.addUser.temporaryPassword;
    const temporary = await signIn(url, email, currentPassword);
    const changed = await graphql(
      url,
      'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { token } }',
      { input: { currentPassword, newPassword: 'a-Long-new-passw0rd!' } },
      temporary,
    );
    return changed.data.changePassword.token as string;
  }

  const assign = (token: string, relationshipId: string, userId: string) => graphql(url, ASSIGN, { input: { relationshipId, userId } }, token);

  async function eventsOf(relationshipId: string) {
    const rows: Array<{ event_type: string; message: string }> = await db().query(
      "SELECT event_type, message FROM outbox_event WHERE aggregate_id = ? AND event_type LIKE '%PartnerUser%' ORDER BY seq",
      [relationshipId],
    );
    return rows.map((row) => ({ type: row.event_type.split('.')[2], data: JSON.parse(row.message).data }));
  }

  it('lets the customer assign its user, whose name and email the customer and the partner read, and nobody else', async () => {
    const { partner, customer, relationshipId } = await relationshipWith(['PARTNER']);
    const user = await userOf(customer);
    const assigned = await assign(customer.token, relationshipId, user.id);
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data.assignUserToPartner.assignedUser).toEqual(user);

    const partnerView = `{ partner(id: "${partner.partnerId}") { customers { edges { node { id assignedUser { fullName email } } } } } }`;
    const seen = await eventually('the partner to read the assigned user', async () => {
      const { data } = await graphql(url, partnerView, {}, partner.token);
      return data?.partner.customers.edges[0]?.node.assignedUser ?? undefined;
    });
    expect(seen).toEqual({ fullName: user.fullName, email: user.email });
    expect((await graphql(url, ASSIGNED, { id: customer.tenantId }, customer.token)).data.customer.relationships[0].assignedUser).toEqual(user);

    // Another partner asking enrollment for that user directly gets nothing.
    const outsider = await activePartner(url);
    const lookup = await graphql(
      stack.urls.enrollment,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id email } } }',
      { r: [{ __typename: 'User', id: user.id }] },
      outsider.token,
    );
    expect(lookup.data._entities).toEqual([null]);

    const events = await eventsOf(relationshipId);
    expect(events).toEqual([
      {
        type: 'PartnerUserAssigned',
        data: expect.objectContaining({ relationshipId, assignedUser: { userId: user.id, fullName: user.fullName, email: user.email } }),
      },
    ]);
  });

  it('refuses a relationship without the PARTNER role, or one that has ended, with CONFLICT', async () => {
    const advisor = await relationshipWith(['ADVISOR']);
    const user = await userOf(advisor.customer);
    const noRole = await assign(advisor.customer.token, advisor.relationshipId, user.id);
    expect(noRole.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/partner role.*advisor/) });

    const ended = await relationshipWith(['PARTNER']);
    const endedUser = await userOf(ended.customer);
    await graphql(url, `mutation { terminateRelationship(input: { relationshipId: "${ended.relationshipId}" }) { id } }`, {}, ended.partner.token);
    const afterEnd = await assign(ended.customer.token, ended.relationshipId, endedUser.id);
    expect(afterEnd.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/ended/) });
    expect(await eventsOf(advisor.relationshipId)).toEqual([]);
  });

  it('accepts only an active user of the customer’s own tenant (BAD_USER_INPUT on userId)', async () => {
    const { customer, relationshipId } = await relationshipWith(['PARTNER']);
    const other = await signUpCustomer(url);
    const strangerUser = await userOf(other);
    const removed = await userOf(customer, 'Gone Soon');
    await graphql(url, REMOVE_USER, { id: removed.id }, customer.token);
    await eventually('the relationship subgraph to know the user was removed', async () => {
      const [row] = await db().query('SELECT removed_at FROM user_projection WHERE user_id = ?', [removed.id]);
      return row?.removed_at ?? undefined;
    });
    for (const userId of [strangerUser.id, removed.id, '00000000-0000-4000-8000-000000000000']) {
      const refused = await assign(customer.token, relationshipId, userId);
      expect(refused.errors?.[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'userId' },
        message: expect.stringMatching(/user of your organisation/),
      });
    }
  });

  it('lets no other tenant, nor the partner, nor a customer user who is not its global admin assign or unassign', async () => {
    const { partner, customer, relationshipId } = await relationshipWith(['PARTNER']);
    const user = await userOf(customer);
    const outsider = await signUpCustomer(url);
    expect(errorCodes(await assign(outsider.token, relationshipId, user.id))).toEqual(['NOT_FOUND']);
    // The partner is not the customer: the relationship is not its to change this way.
    expect(errorCodes(await assign(partner.token, relationshipId, user.id))).toEqual(['NOT_FOUND']);
    const billingAdmin = await signedInUserOf(customer);
    expect(errorCodes(await assign(billingAdmin, relationshipId, user.id))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(url, UNASSIGN, { id: relationshipId }, outsider.token))).toEqual(['NOT_FOUND']);
    const [row] = await db().query('SELECT assigned_user_id FROM relationship WHERE id = ?', [relationshipId]);
    expect(row.assigned_user_id).toBeNull();
  });

  it('replaces the assigned user on reassigning, and ends the assignment on unassigning', async () => {
    const { customer, relationshipId } = await relationshipWith(['PARTNER']);
    const first = await userOf(customer, 'First User');
    const second = await userOf(customer, 'Second User');
    await assign(customer.token, relationshipId, first.id);
    // The same user again changes nothing.
    await assign(customer.token, relationshipId, first.id);
    const reassigned = await assign(customer.token, relationshipId, second.id);
    expect(reassigned.data.assignUserToPartner.assignedUser.id).toBe(second.id);
    const unassigned = await graphql(url, UNASSIGN, { id: relationshipId }, customer.token);
    expect(unassigned.data.unassignUserFromPartner.assignedUser).toBeNull();
    const again = await graphql(url, UNASSIGN, { id: relationshipId }, customer.token);
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/No user is assigned/) });

    expect((await eventsOf(relationshipId)).map((event) => [event.type, event.data.assignedUser.userId, event.data.reason])).toEqual([
      ['PartnerUserAssigned', first.id, undefined],
      ['PartnerUserUnassigned', first.id, 'REASSIGNED'],
      ['PartnerUserAssigned', second.id, undefined],
      ['PartnerUserUnassigned', second.id, 'UNASSIGNED'],
    ]);
  });

  it('ends the assignment when the partner terminates the relationship', async () => {
    const { partner, customer, relationshipId } = await relationshipWith(['PARTNER', 'ADVISOR']);
    const user = await userOf(customer);
    await assign(customer.token, relationshipId, user.id);
    await graphql(url, `mutation { terminateRelationship(input: { relationshipId: "${relationshipId}" }) { id } }`, {}, partner.token);
    const [row] = await db().query('SELECT status, assigned_user_id FROM relationship WHERE id = ?', [relationshipId]);
    expect(row).toEqual({ status: 'TERMINATED', assigned_user_id: null });
    expect((await eventsOf(relationshipId)).at(-1)).toMatchObject({ type: 'PartnerUserUnassigned', data: { reason: 'RELATIONSHIP_ENDED' } });
  });

  it('keeps the assignment when the customer removes admin privileges, and cannot delete a partner-role relationship (R6, R7)', async () => {
    const { customer, relationshipId } = await relationshipWith(['DELEGATED_ADMIN', 'PARTNER']);
    const user = await userOf(customer);
    await assign(customer.token, relationshipId, user.id);
    const removed = await graphql(
      url,
      `mutation { removeAdminPrivileges(input: { relationshipId: "${relationshipId}" }) { roles assignedUser { id } } }`,
      {},
      customer.token,
    );
    expect(removed.data.removeAdminPrivileges).toEqual({ roles: ['PARTNER'], assignedUser: { id: user.id } });
    // R7: a relationship with the PARTNER role is the partner's to end, so deleting cannot end an assignment.
    const deleted = await graphql(url, `mutation { deleteRelationship(input: { relationshipId: "${relationshipId}" }) { id } }`, {}, customer.token);
    expect(errorCodes(deleted)).toEqual(['FORBIDDEN']);
    const [row] = await db().query('SELECT assigned_user_id FROM relationship WHERE id = ?', [relationshipId]);
    expect(row.assigned_user_id).toBe(user.id);
  });

  it('ends the assignment when the user is removed from the customer’s tenant', async () => {
    const { customer, relationshipId } = await relationshipWith(['PARTNER']);
    const user = await userOf(customer);
    await assign(customer.token, relationshipId, user.id);
    await graphql(url, REMOVE_USER, { id: user.id }, customer.token);
    await eventually('the assignment to end', async () => {
      const [row] = await db().query('SELECT assigned_user_id FROM relationship WHERE id = ?', [relationshipId]);
      return row.assigned_user_id === null ? true : undefined;
    });
    expect((await eventsOf(relationshipId)).at(-1)).toMatchObject({
      type: 'PartnerUserUnassigned',
      data: { reason: 'USER_REMOVED', assignedUser: { userId: user.id } },
    });
    expect((await graphql(url, ASSIGNED, { id: customer.tenantId }, customer.token)).data.customer.relationships[0].assignedUser).toBeNull();
  });
});
