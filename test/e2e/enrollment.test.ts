import { errorCodes, eventually, graphql, SIGN_UP, signUpInput, unique } from '../support/graphql';
import { mailTo } from '../support/mailbox';
import { ENROLL, enrolmentInput, operatorToken, registerMpnProfile, SIGN_IN, signIn } from '../support/partners';
import { Stack, startStack } from '../support/stack';

describe('partner enrolment end to end (R9–R12)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('signs up, enrols, verifies by email, is approved, and the new admin agent adds a user who must change the temporary password', async () => {
    const url = stack.urls.gateway;
    const name = unique('e2e');
    const signUp = signUpInput(name);
    const { data } = await graphql(url, SIGN_UP, { input: signUp });
    const adminToken = data.signUp.token;
    const mpnId = await registerMpnProfile(url, 'US');

    const enrol = enrolmentInput(name, mpnId);
    const enrolled = await graphql(url, ENROLL, { input: enrol }, adminToken);
    expect(enrolled.errors).toBeUndefined();
    expect(enrolled.data.enrollPartner).toMatchObject({ status: 'EMAIL_VERIFICATION_PENDING', program: 'INDIRECT_RESELLER' });
    const partnerId = enrolled.data.enrollPartner.id;

    // The verification email carries a personalised PUBLIC_URL link.
    const [verification] = await eventually('the verification email', async () => {
      const mails = (await mailTo(enrol.primaryContact.email)).filter((m) => m.subject.startsWith('Verify your email'));
      return mails.length > 0 ? mails : undefined;
    });
    const link = /http:\/\/portal\.channelgraph\.test\/verify-contact\?token=[A-Za-z0-9_-]{43}/.exec(verification.text)![0];
    const token = new URL(link).searchParams.get('token');
    const verify = 'mutation($token: String!) { verifyPrimaryContact(input: { token: $token }) { id status } }';
    expect((await graphql(url, verify, { token })).data.verifyPrimaryContact).toEqual({ id: partnerId, status: 'IN_REVIEW' });
    expect(errorCodes(await graphql(url, verify, { token }))).toEqual(['CONFLICT']);

    const operator = await operatorToken(url);
    const queue = await graphql(
      url,
      '{ partnerEnrollments(status: IN_REVIEW, first: 100) { edges { node { id legalName primaryContact { email } } } } }',
      {},
      operator,
    );
    expect(queue.data.partnerEnrollments.edges.map((e: any) => e.node.id)).toContain(partnerId);
    // Found by any part of its legal name, in any case; LIKE's wildcards in the search match only themselves.
    const search = 'query($search: String) { partnerEnrollments(search: $search, first: 100) { edges { node { id } } } }';
    const byName = await graphql(url, search, { search: enrol.legalName.slice(2, -2).toUpperCase() }, operator);
    expect(byName.data.partnerEnrollments.edges.map((e: any) => e.node.id)).toContain(partnerId);
    for (const wildcard of ['%', '_', '\\']) expect((await graphql(url, search, { search: wildcard }, operator)).data.partnerEnrollments.edges).toEqual([]);
    const approved = await graphql(
      url,
      'mutation($id: ID!) { reviewEnrollment(input: { partnerId: $id, decision: APPROVE }) { status } }',
      { id: partnerId },
      operator,
    );
    expect(approved.data.reviewEnrollment.status).toBe('ACTIVE');

    // R11: the enrolling admin is now an admin agent (a fresh sign-in carries the new role and the partner).
    const agentToken = await signIn(url, signUp.admin.email, signUp.admin.password);
    const me = await graphql(url, '{ me { roles partner { id status } } }', {}, agentToken);
    expect(me.data.me.roles).toEqual(['GLOBAL_ADMIN', 'ADMIN_AGENT']);
    expect(me.data.me.partner).toEqual({ id: partnerId, status: 'ACTIVE' });

    // R12: add a user; the temporary password is shown once.
    const added = await graphql(
      url,
      'mutation($input: AddUserInput!) { addUser(input: $input) { temporaryPassword user { id email roles mustChangePassword } } }',
      { input: { fullName: 'Sam Sales', email: `sam@${name}.example.com`, roles: ['SALES_AGENT', 'BILLING_ADMIN'] } },
      agentToken,
    );
    expect(added.errors).toBeUndefined();
    const { temporaryPassword, user } = added.data.addUser;
    expect(user).toMatchObject({ roles: ['SALES_AGENT', 'BILLING_ADMIN'], mustChangePassword: true });

    const firstSignIn = await graphql(url, SIGN_IN, { input: { email: user.email, password: temporaryPassword } });
    expect(firstSignIn.data.signIn.mustChangePassword).toBe(true);
    const temporaryToken = firstSignIn.data.signIn.token;
    const blocked = await graphql(url, '{ partner(id: "' + partnerId + '") { legalName } }', {}, temporaryToken);
    expect(errorCodes(blocked)).toEqual(['FORBIDDEN']);
    expect(blocked.errors![0].message).toMatch(/change it with changePassword/);

    const changed = await graphql(
      url,
      'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { token user { mustChangePassword } } }',
      { input: { currentPassword: temporaryPassword, newPassword: 'Sams-Own-Passw0rd' } },
      temporaryToken,
    );
    expect(changed.data.changePassword.user.mustChangePassword).toBe(false);
    // The new password works, for what a sales agent may see (R12: the partner's customers, not its users).
    const works = await graphql(url, `{ partner(id: "${partnerId}") { legalName customers { totalCount } } }`, {}, changed.data.changePassword.token);
    expect(works.data.partner).toEqual({ legalName: enrol.legalName, customers: { totalCount: 0 } });
    expect(errorCodes(await graphql(url, SIGN_IN, { input: { email: user.email, password: temporaryPassword } }))).toEqual(['UNAUTHENTICATED']);

    // Every status change reached the primary contact.
    const subjects = await eventually('the status emails', async () => {
      const mails = (await mailTo(enrol.primaryContact.email)).map((m) => m.subject);
      return mails.length >= 3 ? mails : undefined;
    });
    expect(subjects).toEqual([
      `Verify your email to continue ${enrol.legalName}'s partner enrolment`,
      `${enrol.legalName}'s partner application is in review`,
      `${enrol.legalName} is now an indirect reseller`,
    ]);
  });

  it('emails what to fix when an application is rejected', async () => {
    const url = stack.urls.gateway;
    const name = unique('rej');
    const { data } = await graphql(url, SIGN_UP, { input: signUpInput(name) });
    const enrol = enrolmentInput(name, await registerMpnProfile(url));
    const { data: enrolled } = await graphql(url, ENROLL, { input: enrol }, data.signUp.token);
    const verification = await eventually('the verification email', async () => (await mailTo(enrol.primaryContact.email))[0]);
    const token = new URL(/http\S+verify-contact\S+/.exec(verification.text)![0]).searchParams.get('token');
    await graphql(url, 'mutation($token: String!) { verifyPrimaryContact(input: { token: $token }) { status } }', { token });
    const operator = await operatorToken(url);
    const review = 'mutation($input: ReviewEnrollmentInput!) { reviewEnrollment(input: $input) { status rejectionReason rejectionReasons { code message } } }';
    const noReason = await graphql(url, review, { input: { partnerId: enrolled.enrollPartner.id, decision: 'REJECT' } }, operator);
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reasonCodes' });
    const rejected = await graphql(
      url,
      review,
      {
        input: {
          partnerId: enrolled.enrollPartner.id,
          decision: 'REJECT',
          reasonCodes: ['LEGAL_NAME_MISMATCH'],
          reason: 'The registry spells it with a hyphen.',
        },
      },
      operator,
    );
    expect(rejected.data.reviewEnrollment).toEqual({
      status: 'REJECTED',
      rejectionReason: 'The registry spells it with a hyphen.',
      rejectionReasons: [{ code: 'LEGAL_NAME_MISMATCH', message: expect.stringMatching(/legal name .* registry/) }],
    });
    const mail = await eventually('the rejection email', async () =>
      (await mailTo(enrol.primaryContact.email)).find((m) => m.subject.includes('not approved')),
    );
    expect(mail.text).toContain(rejected.data.reviewEnrollment.rejectionReasons[0].message);
    expect(mail.text).toContain('The reviewer adds: The registry spells it with a hyphen.');
  });
});
