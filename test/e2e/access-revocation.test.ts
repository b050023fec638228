import { eventually, graphql, GraphQLResponse } from '../support/graphql';
import { activePartner, SIGN_IN, signIn } from '../support/partners';
import { Stack, startStack } from '../support/stack';

const ADD_USER = 'mutation($input: AddUserInput!) { addUser(input: $input) { temporaryPassword user { id email } } }';
const CHANGE_PASSWORD = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { token } }';
const NEW_PASSWORD = 'Kims-Own-Passw0rd';

describe('taking access away, or a new password, ends older sign-ins in every subgraph (R11, R12)', () => {
  let stack: Stack;
  let url: string;
  beforeAll(async () => {
    stack = await startStack();
    url = stack.urls.gateway;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  /** One query answered by each subgraph alone, so each one's own check is exercised. */
  function askEverySubgraph(partnerId: string, customerId: string, token: string) {
    return Promise.all([
      graphql(url, '{ me { id roles } }', {}, token),
      graphql(url, `{ authorize(partnerId: "${partnerId}", customerId: "${customerId}", permission: SUBMIT_ORDERS) { allowed } }`, {}, token),
      graphql(url, '{ currentAgreement(type: CUSTOMER_AGREEMENT) { id } }', {}, token),
      graphql(url, '{ notifications(first: 1) { totalCount } }', {}, token),
    ]);
  }

  const outcome = (responses: GraphQLResponse[]) => responses.map((response) => response.errors?.[0]?.extensions?.code ?? 'OK');

  /** Every subgraph refuses the token with this message (the others learn of the change by event). */
  async function refusedEverywhere(partnerId: string, customerId: string, token: string, message: RegExp) {
    const responses = await eventually('every subgraph to refuse the older token', async () => {
      const answered = await askEverySubgraph(partnerId, customerId, token);
      return outcome(answered).every((code) => code === 'UNAUTHENTICATED') ? answered : undefined;
    });
    for (const response of responses) expect(response.errors![0].message).toMatch(message);
  }

  it('refuses a demoted user’s older token until they sign in again, and a removed user’s token for good', async () => {
    const partner = await activePartner(url);
    const added = await graphql(
      url,
      ADD_USER,
      { input: { fullName: 'Kim Agent', email: `kim.${partner.admin.email}`, roles: ['ADMIN_AGENT', 'BILLING_ADMIN'] } },
      partner.token,
    );
    expect(added.errors).toBeUndefined();
    const { user, temporaryPassword } = added.data.addUser;
    const temporary = await signIn(url, user.email, temporaryPassword);
    const changed = await graphql(url, CHANGE_PASSWORD, { input: { currentPassword: temporaryPassword, newPassword: NEW_PASSWORD } }, temporary);
    const before = changed.data.changePassword.token as string;
    expect(outcome(await askEverySubgraph(partner.partnerId, partner.tenantId, before))).toEqual(['OK', 'OK', 'OK', 'OK']);

    // A role added takes nothing away: the older token keeps working.
    const promoted = await graphql(
      url,
      'mutation($input: UpdateUserRolesInput!) { updateUserRoles(input: $input) { roles } }',
      { input: { userId: user.id, roles: ['ADMIN_AGENT', 'BILLING_ADMIN', 'USER_MANAGEMENT_ADMIN'] } },
      partner.token,
    );
    expect(promoted.errors).toBeUndefined();
    expect(outcome(await askEverySubgraph(partner.partnerId, partner.tenantId, before))).toEqual(['OK', 'OK', 'OK', 'OK']);

    // Taking ADMIN_AGENT away ends the sign-ins made with it, in enrollment at once and in the others by event.
    const demoted = await graphql(
      url,
      'mutation($input: UpdateUserRolesInput!) { updateUserRoles(input: $input) { roles } }',
      { input: { userId: user.id, roles: ['SALES_AGENT'] } },
      partner.token,
    );
    expect(demoted.data.updateUserRoles.roles).toEqual(['SALES_AGENT']);
    const meAtOnce = await graphql(url, '{ me { id } }', {}, before);
    expect(meAtOnce.errors![0]).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message: expect.stringMatching(/roles or your password have changed.*sign in again/),
    });
    await refusedEverywhere(partner.partnerId, partner.tenantId, before, /roles or your password have changed/);

    // Signing in again gives a token with the roles the user now has; the admin's own token was never affected.
    const after = await signIn(url, user.email, NEW_PASSWORD);
    expect((await graphql(url, '{ me { roles } }', {}, after)).data.me.roles).toEqual(['SALES_AGENT']);
    expect(outcome(await askEverySubgraph(partner.partnerId, partner.tenantId, after))).toEqual(['OK', 'OK', 'OK', 'OK']);
    expect(outcome(await askEverySubgraph(partner.partnerId, partner.tenantId, partner.token))).toEqual(['OK', 'OK', 'OK', 'OK']);

    // Removal ends every token of the user, with a message that says so; signing in no longer works either.
    const removed = await graphql(
      url,
      'mutation($input: RemoveUserInput!) { removeUser(input: $input) { id } }',
      { input: { userId: user.id } },
      partner.token,
    );
    expect(removed.errors).toBeUndefined();
    await refusedEverywhere(partner.partnerId, partner.tenantId, after, /removed/);
    expect((await graphql(url, SIGN_IN, { input: { email: user.email, password: NEW_PASSWORD } })).errors![0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends every other sign-in of a user who changes their password, keeping the one that changed it', async () => {
    const partner = await activePartner(url);
    const { email, password } = partner.admin;
    const elsewhere = await signIn(url, email, password);
    const changed = await graphql(url, CHANGE_PASSWORD, { input: { currentPassword: password, newPassword: NEW_PASSWORD } }, partner.token);
    expect(changed.errors).toBeUndefined();
    const fresh = changed.data.changePassword.token as string;

    for (const older of [elsewhere, partner.token]) {
      expect((await graphql(url, '{ me { id } }', {}, older)).errors![0].extensions?.code).toBe('UNAUTHENTICATED');
      await refusedEverywhere(partner.partnerId, partner.tenantId, older, /password have changed/);
    }
    expect(outcome(await askEverySubgraph(partner.partnerId, partner.tenantId, fresh))).toEqual(['OK', 'OK', 'OK', 'OK']);
    expect(outcome(await askEverySubgraph(partner.partnerId, partner.tenantId, await signIn(url, email, NEW_PASSWORD)))).toEqual(['OK', 'OK', 'OK', 'OK']);
  });
});
