import { createServer, Server } from 'node:net';
import { loadEnrollmentConfig } from '@channelgraph/enrollment/config';
import { verifyDemoContacts } from '@channelgraph/enrollment/bin/verify-demo-contacts';
import { graphql } from '../support/graphql';
import { isolatedEnv, OPERATOR, Stack, startStack } from '../support/stack';
// The command docker compose runs and npm start calls (it uses the services' build, as they do).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { seedDemoFromEnv } = require('../../infra/seed-demo');

const ENROLMENTS = '{ partnerEnrollments(first: 50) { edges { node { legalName status primaryContact { email } } } } }';

/**
 * `npm start` with SMTP_URL set to an outside server (issue: the demo waited for a verification
 * email at its own catcher and stopped the stack). Here the mail server accepts connections and
 * never answers, as one the machine cannot reach would: the demo must be seeded all the same.
 */
describe('the demo seeding of npm start, with an SMTP server that delivers nothing back', () => {
  let silentSmtp: Server;
  let env: NodeJS.ProcessEnv;
  let stack: Stack;
  const seed = () =>
    seedDemoFromEnv(
      { ...env, GATEWAY_URL: stack.urls.gateway.replace(/\/graphql$/, ''), OPERATOR_EMAIL: OPERATOR.email, OPERATOR_PASSWORD: OPERATOR.password },
      { sendInvitation: false },
    );

  beforeAll(async () => {
    silentSmtp = createServer(() => undefined);
    await new Promise<void>((resolve) => silentSmtp.listen(0, '127.0.0.1', resolve));
    const port = (silentSmtp.address() as { port: number }).port;
    env = isolatedEnv('demo', { SMTP_URL: `smtp://127.0.0.1:${port}` });
    stack = await startStack(env);
  });
  afterAll(async () => {
    await stack?.stop();
    silentSmtp?.close();
  });

  it('enrols, verifies and approves the demo partners without reading any mail, and a second start changes nothing', async () => {
    const first = await seed();
    expect(first.accounts.map((account: { email: string }) => account.email)).toEqual([
      'admin@contoso.example',
      'admin@northwind.example',
      'admin@fabrikam.example',
    ]);
    expect(first.invitation).toBeNull();

    const operator = await graphql(stack.urls.gateway, 'mutation($i: SignInInput!) { signIn(input: $i) { token } }', { i: OPERATOR });
    const token = operator.data.signIn.token;
    const enrolments = await graphql(stack.urls.gateway, ENROLMENTS, {}, token);
    expect(enrolments.errors).toBeUndefined();
    const partners = enrolments.data.partnerEnrollments.edges.map((edge: { node: unknown }) => edge.node);
    expect(partners).toEqual(
      expect.arrayContaining([
        { legalName: 'Northwind Distribution', status: 'ACTIVE', primaryContact: { email: 'partners@northwind.example' } },
        { legalName: 'Fabrikam Solutions', status: 'ACTIVE', primaryContact: { email: 'partners@fabrikam.example' } },
      ]),
    );

    // Started again: what exists is left as it is.
    await expect(seed()).resolves.toMatchObject({ invitation: null });
    const again = await graphql(stack.urls.gateway, ENROLMENTS, {}, token);
    expect(again.data.partnerEnrollments.edges).toHaveLength(partners.length);
  });

  it('refuses to verify a contact whose address can receive mail: its owner verifies by the emailed link', async () => {
    const signUp = await graphql(stack.urls.gateway, 'mutation($i: SignUpInput!) { signUp(input: $i) { token } }', {
      i: {
        domain: 'tailspin-toys.com',
        displayName: 'Tailspin Toys',
        country: 'US',
        admin: { fullName: 'Tia Tailspin', email: 'tia@tailspin-toys.com', password: 'Tailspin-Passw0rd-2026' },
      },
    });
    expect(signUp.errors).toBeUndefined();
    const operator = await graphql(stack.urls.gateway, 'mutation($i: SignInInput!) { signIn(input: $i) { token } }', { i: OPERATOR });
    const profile = await graphql(
      stack.urls.gateway,
      'mutation($i: UpsertMpnProfileInput!) { upsertMpnProfile(input: $i) { mpnId } }',
      { i: { mpnId: '4100009', organizationName: 'Tailspin Toys', country: 'US', status: 'ACTIVE' } },
      operator.data.signIn.token,
    );
    expect(profile.errors).toBeUndefined();
    const enrolment = await graphql(
      stack.urls.gateway,
      'mutation($i: EnrollPartnerInput!) { enrollPartner(input: $i) { id status } }',
      {
        i: {
          program: 'DIRECT',
          mpnId: '4100009',
          legalName: 'Tailspin Toys',
          address: { line1: '1 Main St', city: 'Seattle', region: 'WA', postalCode: '98101', country: 'US' },
          primaryContact: { firstName: 'Tia', lastName: 'Tailspin', email: 'partners@tailspin-toys.com', phone: '+1 206 555 0100' },
          supportContact: { email: 'support@tailspin-toys.com', phone: '+1 206 555 0199', website: 'https://support.tailspin-toys.com' },
        },
      },
      signUp.data.signUp.token,
    );
    expect(enrolment.errors).toBeUndefined();
    await expect(verifyDemoContacts(loadEnrollmentConfig(env), [enrolment.data.enrollPartner.id])).rejects.toThrow(
      'partners@tailspin-toys.com can receive mail: its owner verifies it with the link in the verification email, not this command.',
    );
  });
});
