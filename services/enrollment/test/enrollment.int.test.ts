import { errorCodes, graphql, GraphQLResponse, SIGN_UP, signUpInput, unique } from '../../../test/support/graphql';
import { ENROLL, enrolmentInput, SIGN_IN } from '../../../test/support/partners';
import { OPERATOR, testEnv } from '../../../test/support/stack';
import { loadEnrollmentConfig } from '../src/config';
import { startEnrollment } from '../src/main';

describe('enrolment and user management through the enrollment subgraph', () => {
  let service: Awaited<ReturnType<typeof startEnrollment>>;
  let url: string;
  const db = () => service.platform.dataSource;

  beforeAll(async () => {
    service = await startEnrollment(loadEnrollmentConfig(testEnv({ SIGN_IN_MAX_FAILURES: '3' })));
    url = service.server.url;
  });
  afterAll(async () => {
    await service?.platform.stop();
  });

  const signIn = async (email: string, password: string) => (await graphql(url, SIGN_IN, { input: { email, password } })).data.signIn.token as string;
  const operator = () => signIn(OPERATOR.email, OPERATOR.password);

  async function tenant(country = 'US') {
    const input = { ...signUpInput(unique('t')), country };
    const { data } = await graphql(url, SIGN_UP, { input });
    return { ...data.signUp, input, name: input.domain.split('.')[0] };
  }

  async function mpn(country = 'US', status = 'ACTIVE') {
    const mpnId = String(Math.floor(1e6 + Math.random() * 8.9e9));
    const response = await graphql(
      url,
      'mutation($input: UpsertMpnProfileInput!) { upsertMpnProfile(input: $input) { mpnId status } }',
      { input: { mpnId, organizationName: 'Org', country, status } },
      await operator(),
    );
    expect(response.errors).toBeUndefined();
    return mpnId;
  }

  async function counts() {
    const [row] = await db().query(
      'SELECT (SELECT COUNT(*) FROM partner) AS partners, (SELECT COUNT(*) FROM outbox_event) AS events, (SELECT COUNT(*) FROM user_account) AS users',
    );
    return { partners: Number(row.partners), events: Number(row.events), users: Number(row.users) };
  }

  /** Expects an error with the code (and field), and that nothing was written. */
  async function refused(call: () => Promise<GraphQLResponse>, code: string, field?: string) {
    const before = await counts();
    const response = await call();
    expect(errorCodes(response)).toEqual([code]);
    if (field) expect(response.errors![0].extensions?.field).toBe(field);
    expect(await counts()).toEqual(before);
    return response;
  }

  async function verifyTokenOf(partnerId: string) {
    const [row] = await db().query("SELECT message FROM outbox_event WHERE aggregate_id = ? AND event_type LIKE '%VerificationLinkIssued%'", [partnerId]);
    return JSON.parse(row.message).data.verificationToken as string;
  }

  async function activePartner() {
    const t = await tenant();
    const { data } = await graphql(url, ENROLL, { input: enrolmentInput(t.name, await mpn()) }, t.token);
    const partnerId = data.enrollPartner.id;
    await graphql(url, 'mutation($token: String!) { verifyPrimaryContact(input: { token: $token }) { status } }', { token: await verifyTokenOf(partnerId) });
    await graphql(url, 'mutation($id: ID!) { reviewEnrollment(input: { partnerId: $id, decision: APPROVE }) { status } }', { id: partnerId }, await operator());
    return { ...t, partnerId, token: await signIn(t.input.admin.email, t.input.admin.password) };
  }

  describe('enrollPartner', () => {
    it('needs a signed-in global admin', async () => {
      const t = await tenant();
      await refused(() => graphql(url, ENROLL, { input: enrolmentInput(t.name, '1234567') }), 'UNAUTHENTICATED');
      await refused(async () => graphql(url, ENROLL, { input: enrolmentInput(t.name, '1234567') }, await operator()), 'FORBIDDEN');
    });

    it.each([
      ['an unknown MPN id', async () => '9999999999', 'mpnId'],
      ['an inactive MPN profile', () => mpn('US', 'INACTIVE'), 'mpnId'],
      ['an MPN profile of another country', () => mpn('DE'), 'mpnId'],
    ])('refuses %s, naming the field, writing nothing', async (_what, makeMpn, field) => {
      const t = await tenant();
      const mpnId = await makeMpn();
      const response = await refused(() => graphql(url, ENROLL, { input: enrolmentInput(t.name, mpnId) }, t.token), 'BAD_USER_INPUT', field);
      expect(response.errors![0].message).toMatch(/profile|registry/);
    });

    it('refuses a web-mail primary contact', async () => {
      const t = await tenant();
      const input = enrolmentInput(t.name, await mpn());
      input.primaryContact.email = 'pat@gmail.com';
      await refused(() => graphql(url, ENROLL, { input }, t.token), 'BAD_USER_INPUT', 'primaryContact.email');
    });

    it('enrols a programme once, and adds another with only the support contact (R9)', async () => {
      const t = await tenant();
      const first = await graphql(url, ENROLL, { input: enrolmentInput(t.name, await mpn()) }, t.token);
      expect(first.data.enrollPartner.status).toBe('EMAIL_VERIFICATION_PENDING');
      await refused(() => graphql(url, ENROLL, { input: enrolmentInput(t.name, '1234567') }, t.token), 'CONFLICT', 'program');
      const second = await graphql(
        url,
        ENROLL,
        {
          input: {
            program: 'INDIRECT_PROVIDER',
            supportContact: { email: `p@${t.name}.example.com`, phone: '+1 425 555 0100', website: 'https://example.com/p' },
          },
        },
        t.token,
      );
      expect(second.errors).toBeUndefined();
      expect(second.data.enrollPartner).toMatchObject({ program: 'INDIRECT_PROVIDER', legalName: `${t.name} Ltd` });
    });

    it('gives an MPN id to one organisation per programme; a rejected application claims nothing', async () => {
      const owner = await tenant();
      const impostor = await tenant();
      const mpnId = await mpn();
      const first = await graphql(url, ENROLL, { input: enrolmentInput(impostor.name, mpnId) }, impostor.token);
      expect(first.errors).toBeUndefined();
      const refusal = await refused(() => graphql(url, ENROLL, { input: enrolmentInput(owner.name, mpnId) }, owner.token), 'CONFLICT', 'mpnId');
      expect(refusal.errors![0].message).toContain(`MPN id ${mpnId} is already enrolled`);

      const partnerId = first.data.enrollPartner.id;
      await graphql(url, 'mutation($token: String!) { verifyPrimaryContact(input: { token: $token }) { status } }', { token: await verifyTokenOf(partnerId) });
      const rejected = await graphql(
        url,
        'mutation($id: ID!) { reviewEnrollment(input: { partnerId: $id, decision: REJECT, reasonCodes: [OTHER], reason: "Not the MPN holder" }) { status } }',
        { id: partnerId },
        await operator(),
      );
      expect(rejected.data.reviewEnrollment.status).toBe('REJECTED');
      const owned = await graphql(url, ENROLL, { input: enrolmentInput(owner.name, mpnId) }, owner.token);
      expect(owned.errors).toBeUndefined();
      expect(owned.data.enrollPartner.status).toBe('EMAIL_VERIFICATION_PENDING');
    });

    it('publishes the verification link token only in the event that emails it, on the topic only notification reads', async () => {
      const t = await tenant();
      const { data } = await graphql(url, ENROLL, { input: enrolmentInput(t.name, await mpn()) }, t.token);
      const rows: Array<{ event_type: string; topic: string; message: string }> = await db().query(
        'SELECT event_type, topic, message FROM outbox_event WHERE aggregate_id = ? ORDER BY seq',
        [data.enrollPartner.id],
      );
      const token = await verifyTokenOf(data.enrollPartner.id);
      expect(rows.map((r) => r.event_type.split('.')[2])).toEqual([
        'PartnerEnrollmentSubmitted',
        'PrimaryContactVerificationRequested',
        'VerificationLinkIssued',
      ]);
      expect(rows.filter((r) => r.message.includes(token)).map((r) => r.topic)).toEqual([expect.stringMatching(/channelgraph\.enrollment\.links$/)]);
      const [stored] = await db().query('SELECT token_hash FROM verification_token WHERE partner_id = ?', [data.enrollPartner.id]);
      expect(stored.token_hash).not.toContain(token);
    });
  });

  describe('verifyPrimaryContact and reviewEnrollment', () => {
    const VERIFY = 'mutation($token: String!) { verifyPrimaryContact(input: { token: $token }) { status } }';
    const REVIEW =
      'mutation($id: ID!, $decision: EnrollmentDecision!) { reviewEnrollment(input: { partnerId: $id, decision: $decision, reason: "Not a fit for now" }) { status } }';

    it('refuses unknown, expired and used links with a clear message', async () => {
      const t = await tenant();
      const { data } = await graphql(url, ENROLL, { input: enrolmentInput(t.name, await mpn()) }, t.token);
      const token = await verifyTokenOf(data.enrollPartner.id);
      await refused(() => graphql(url, VERIFY, { token: 'x'.repeat(43) }), 'BAD_USER_INPUT', 'token');
      await db().query('UPDATE verification_token SET expires_at = NOW(3) - INTERVAL 1 MINUTE WHERE partner_id = ?', [data.enrollPartner.id]);
      const expired = await graphql(url, VERIFY, { token });
      expect(expired.errors![0]).toMatchObject({ message: expect.stringMatching(/expired/), extensions: { code: 'BAD_USER_INPUT', field: 'token' } });
      await db().query('UPDATE verification_token SET expires_at = NOW(3) + INTERVAL 1 DAY WHERE partner_id = ?', [data.enrollPartner.id]);
      expect((await graphql(url, VERIFY, { token })).data.verifyPrimaryContact.status).toBe('IN_REVIEW');
      expect(errorCodes(await graphql(url, VERIFY, { token }))).toEqual(['CONFLICT']);
    });

    it('lets only an operator review, and only after verification', async () => {
      const t = await tenant();
      const { data } = await graphql(url, ENROLL, { input: enrolmentInput(t.name, await mpn()) }, t.token);
      const id = data.enrollPartner.id;
      expect(errorCodes(await graphql(url, REVIEW, { id, decision: 'APPROVE' }, t.token))).toEqual(['FORBIDDEN']);
      const early = await graphql(url, REVIEW, { id, decision: 'APPROVE' }, await operator());
      expect(early.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/not verified/) });
      expect(errorCodes(await graphql(url, REVIEW, { id: '00000000-0000-4000-8000-000000000000', decision: 'APPROVE' }, await operator()))).toEqual([
        'NOT_FOUND',
      ]);
    });
  });

  describe('user management', () => {
    const ADD = 'mutation($input: AddUserInput!) { addUser(input: $input) { temporaryPassword user { id roles } } }';
    const ROLES = 'mutation($input: UpdateUserRolesInput!) { updateUserRoles(input: $input) { roles } }';
    const REMOVE = 'mutation($input: RemoveUserInput!) { removeUser(input: $input) { id } }';

    it("lets a customer's global admin manage its own users, and not a partner's global admin before it is an admin agent (R11)", async () => {
      const customer = await tenant();
      const added = await graphql(
        url,
        ADD,
        { input: { fullName: 'Bea Billing', email: `bea@${customer.name}.example.com`, roles: ['BILLING_ADMIN'] } },
        customer.token,
      );
      expect(added.errors).toBeUndefined();
      const userId = added.data.addUser.user.id;
      expect((await graphql(url, ROLES, { input: { userId, roles: ['USER_MANAGEMENT_ADMIN'] } }, customer.token)).data.updateUserRoles.roles).toEqual([
        'USER_MANAGEMENT_ADMIN',
      ]);
      expect((await graphql(url, REMOVE, { input: { userId } }, customer.token)).data.removeUser.id).toBe(userId);

      const applicant = await tenant();
      const enrolled = await graphql(url, ENROLL, { input: enrolmentInput(applicant.name, await mpn()) }, applicant.token);
      expect(enrolled.errors).toBeUndefined();
      const input = { fullName: 'Early Bird', email: `early@${applicant.name}.example.com`, roles: ['SALES_AGENT'] };
      const response = await refused(() => graphql(url, ADD, { input }, applicant.token), 'FORBIDDEN');
      expect(response.errors![0].message).toMatch(/only an admin agent or a user-management admin/);
    });

    it('lets an admin agent add a user whose temporary password is stored only as a hash and never published', async () => {
      const p = await activePartner();
      const email = `helper@${p.name}.example.com`;
      const added = await graphql(url, ADD, { input: { fullName: 'Hal Helpdesk', email, roles: ['HELPDESK_AGENT'] } }, p.token);
      const { temporaryPassword, user } = added.data.addUser;
      const [row] = await db().query('SELECT password_hash, must_change_password FROM user_account WHERE id = ?', [user.id]);
      expect(row.password_hash).not.toContain(temporaryPassword);
      expect(Number(row.must_change_password)).toBe(1);
      const [{ leaks }] = await db().query('SELECT COUNT(*) AS leaks FROM outbox_event WHERE message LIKE ?', [`%${temporaryPassword}%`]);
      expect(Number(leaks)).toBe(0);
      await refused(() => graphql(url, ADD, { input: { fullName: 'Again', email, roles: ['SALES_AGENT'] } }, p.token), 'CONFLICT', 'email');
    });

    it('refuses user management to a sales agent and a helpdesk agent, and power grants to a user-management admin', async () => {
      const p = await activePartner();
      for (const roles of [['SALES_AGENT'], ['HELPDESK_AGENT']]) {
        const { data } = await graphql(url, ADD, { input: { fullName: 'Agent', email: `${unique('a')}@${p.name}.example.com`, roles } }, p.token);
        const [row] = await db().query('SELECT email FROM user_account WHERE id = ?', [data.addUser.user.id]);
        await changeTemporaryPassword(row.email, data.addUser.temporaryPassword);
        const token = await signIn(row.email, 'Own-Passw0rd-123');
        await refused(() => graphql(url, ADD, { input: { fullName: 'X', email: `${unique('x')}@example.com`, roles: ['SALES_AGENT'] } }, token), 'FORBIDDEN');
      }
      const { data } = await graphql(
        url,
        ADD,
        { input: { fullName: 'Uma', email: `${unique('u')}@${p.name}.example.com`, roles: ['USER_MANAGEMENT_ADMIN'] } },
        p.token,
      );
      const [uma] = await db().query('SELECT email FROM user_account WHERE id = ?', [data.addUser.user.id]);
      await changeTemporaryPassword(uma.email, data.addUser.temporaryPassword);
      const umaToken = await signIn(uma.email, 'Own-Passw0rd-123');
      await refused(() => graphql(url, ADD, { input: { fullName: 'X', email: `${unique('x')}@example.com`, roles: ['ADMIN_AGENT'] } }, umaToken), 'FORBIDDEN');
      expect(
        (await graphql(url, ADD, { input: { fullName: 'Bo', email: `${unique('b')}@example.com`, roles: ['BILLING_ADMIN'] } }, umaToken)).errors,
      ).toBeUndefined();
    });

    it('never lets a user-management admin remove or demote a global admin, even with a second admin agent', async () => {
      const p = await activePartner();
      const me = await graphql(url, '{ me { id roles } }', {}, p.token);
      expect(me.data.me.roles).toContain('GLOBAL_ADMIN');
      await graphql(url, ADD, { input: { fullName: 'Second Agent', email: `${unique('s')}@${p.name}.example.com`, roles: ['ADMIN_AGENT'] } }, p.token);
      const { data } = await graphql(
        url,
        ADD,
        { input: { fullName: 'Uma', email: `${unique('u')}@${p.name}.example.com`, roles: ['USER_MANAGEMENT_ADMIN'] } },
        p.token,
      );
      const [uma] = await db().query('SELECT email FROM user_account WHERE id = ?', [data.addUser.user.id]);
      await changeTemporaryPassword(uma.email, data.addUser.temporaryPassword);
      const umaToken = await signIn(uma.email, 'Own-Passw0rd-123');

      await refused(() => graphql(url, ROLES, { input: { userId: me.data.me.id, roles: ['SALES_AGENT'] } }, umaToken), 'FORBIDDEN');
      await refused(() => graphql(url, REMOVE, { input: { userId: me.data.me.id } }, umaToken), 'FORBIDDEN');
      await refused(
        () => graphql(url, ROLES, { input: { userId: data.addUser.user.id, roles: ['USER_MANAGEMENT_ADMIN', 'GLOBAL_ADMIN'] } }, umaToken),
        'FORBIDDEN',
      );
      const [still] = await db().query('SELECT roles FROM user_account WHERE id = ?', [me.data.me.id]);
      expect(String(still.roles)).toContain('GLOBAL_ADMIN');
    });

    it('keeps the last admin agent of a partner', async () => {
      const p = await activePartner();
      const me = await graphql(url, '{ me { id } }', {}, p.token);
      const other = (await graphql(url, ADD, { input: { fullName: 'Second Admin', email: `${unique('s')}@example.com`, roles: ['SALES_AGENT'] } }, p.token))
        .data.addUser.user.id;
      const demote = await graphql(url, ROLES, { input: { userId: me.data.me.id, roles: ['GLOBAL_ADMIN'] } }, p.token);
      expect(demote.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/last admin agent/) });
      expect((await graphql(url, ROLES, { input: { userId: other, roles: ['ADMIN_AGENT'] } }, p.token)).data.updateUserRoles.roles).toEqual(['ADMIN_AGENT']);
      const removeSelf = await graphql(url, REMOVE, { input: { userId: me.data.me.id } }, p.token);
      expect(removeSelf.errors![0]).toMatchObject({
        extensions: { code: 'CONFLICT', field: 'userId' },
        message: expect.stringMatching(/cannot remove yourself/),
      });
      expect((await graphql(url, ROLES, { input: { userId: me.data.me.id, roles: ['GLOBAL_ADMIN'] } }, p.token)).errors).toBeUndefined();
      // Having given up ADMIN_AGENT, the older token no longer works; signed in again, a global admin alone manages no users.
      expect(errorCodes(await graphql(url, REMOVE, { input: { userId: other } }, p.token))).toEqual(['UNAUTHENTICATED']);
      const again = await signIn(p.input.admin.email, p.input.admin.password);
      expect(errorCodes(await graphql(url, REMOVE, { input: { userId: other } }, again))).toEqual(['FORBIDDEN']);
    });

    async function changeTemporaryPassword(email: string, temporaryPassword: string) {
      const token = await signIn(email, temporaryPassword);
      const changed = await graphql(
        url,
        'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { token } }',
        { input: { currentPassword: temporaryPassword, newPassword: 'Own-Passw0rd-123' } },
        token,
      );
      expect(changed.errors).toBeUndefined();
    }
  });

  describe('tenant isolation', () => {
    it('shows tenant A nothing of tenant B and lets it change nothing', async () => {
      const a = await activePartner();
      const b = await tenant();
      const { data } = await graphql(url, ENROLL, { input: enrolmentInput(b.name, await mpn()) }, b.token);
      const bPartner = data.enrollPartner.id;
      const bUser = b.user.id;
      const attempts: Array<[string, string, Record<string, unknown>, string]> = [
        ['tenant', 'query($id: ID!) { tenant(id: $id) { id } }', { id: b.tenant.id }, 'NOT_FOUND'],
        ['customer', 'query($id: ID!) { customer(id: $id) { id } }', { id: b.tenant.id }, 'NOT_FOUND'],
        ['partner under review', 'query($id: ID!) { partner(id: $id) { id } }', { id: bPartner }, 'NOT_FOUND'],
        ['enrolment queue', '{ partnerEnrollments { totalCount } }', {}, 'FORBIDDEN'],
        ['user roles', 'mutation($id: ID!) { updateUserRoles(input: { userId: $id, roles: [SALES_AGENT] }) { id } }', { id: bUser }, 'NOT_FOUND'],
        ['user removal', 'mutation($id: ID!) { removeUser(input: { userId: $id }) { id } }', { id: bUser }, 'NOT_FOUND'],
        ['review', 'mutation($id: ID!) { reviewEnrollment(input: { partnerId: $id, decision: APPROVE }) { id } }', { id: bPartner }, 'FORBIDDEN'],
        [
          'MPN registry',
          'mutation { upsertMpnProfile(input: { mpnId: "1234567", organizationName: "X", country: "US", status: INACTIVE }) { mpnId } }',
          {},
          'FORBIDDEN',
        ],
      ];
      for (const [what, query, variables, code] of attempts) {
        const before = await db().query('SELECT id, roles FROM user_account WHERE tenant_id = ? ORDER BY id', [b.tenant.id]);
        const response = await graphql(url, query, variables, a.token);
        expect({ what, codes: errorCodes(response) }).toEqual({ what, codes: [code] });
        expect(await db().query('SELECT id, roles FROM user_account WHERE tenant_id = ? ORDER BY id', [b.tenant.id])).toEqual(before);
      }
      const entities = await graphql(
        url,
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { email } ... on Partner { primaryContact { email } } } }',
        {
          r: [
            { __typename: 'User', id: bUser },
            { __typename: 'Partner', id: bPartner },
          ],
        },
        a.token,
      );
      expect(entities.data._entities).toEqual([null, null]);
      const ownActive = await graphql(url, `{ partner(id: "${a.partnerId}") { legalName primaryContact { email } address { city } } }`, {}, b.token);
      expect(ownActive.data.partner).toEqual({ legalName: `${a.name} Ltd`, primaryContact: null, address: null });
    });
  });

  it('slows down password guessing on one account, saying when to retry', async () => {
    const t = await tenant();
    for (let i = 0; i < 3; i += 1) {
      expect(errorCodes(await graphql(url, SIGN_IN, { input: { email: t.input.admin.email, password: `wrong-${i}-password` } }))).toEqual(['UNAUTHENTICATED']);
    }
    const limited = await graphql(url, SIGN_IN, { input: { email: t.input.admin.email, password: t.input.admin.password } });
    expect(limited.errors![0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/Try again in (\d+ seconds|about \d+ minutes)/),
    });
  });
});
