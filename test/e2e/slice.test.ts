import { SignJWT, generateKeyPair } from 'jose';
import { errorCodes, eventually, graphql, SIGN_UP, signUpInput } from '../support/graphql';
import { mailTo } from '../support/mailbox';
import { OPERATOR, Stack, startStack } from '../support/stack';

const NOTIFICATIONS = `
  query { notifications(first: 10) { totalCount edges { cursor node { id kind to subject status attempts sentAt relatedEntityId } } } }`;

describe('the sign-up slice, end to end through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('welcomes a new organisation: tenant and admin committed, event published, email delivered, notification visible', async () => {
    const input = signUpInput();
    const signUp = await graphql(stack.urls.gateway, SIGN_UP, { input });
    expect(signUp.errors).toBeUndefined();
    const { token, tenant, user } = signUp.data.signUp;
    expect(tenant.domain).toBe(input.domain);
    expect(user.roles).toEqual(['GLOBAL_ADMIN']);

    const [mail] = await eventually('the welcome email', async () => {
      const mails = await mailTo(input.admin.email);
      return mails.length > 0 ? mails : undefined;
    });
    expect(mail.subject).toBe(`Welcome to channelgraph, ${input.displayName}`);
    expect(mail.text).toContain('http://portal.channelgraph.test/sign-in');

    const seen = await eventually('the SENT notification', async () => {
      const response = await graphql(stack.urls.gateway, NOTIFICATIONS, {}, token);
      const node = response.data?.notifications.edges[0]?.node;
      return node?.status === 'SENT' ? response.data.notifications : undefined;
    });
    expect(seen.totalCount).toBe(1);
    expect(seen.edges[0].node).toMatchObject({ kind: 'WELCOME', to: input.admin.email, attempts: 1, relatedEntityId: tenant.id });
  });

  it('issues a token on sign-in that the gateway and every subgraph accept', async () => {
    const input = signUpInput();
    await graphql(stack.urls.gateway, SIGN_UP, { input });
    const signIn = await graphql(stack.urls.gateway, 'mutation($input: SignInInput!) { signIn(input: $input) { token mustChangePassword user { email } } }', {
      input: { email: input.admin.email.toUpperCase(), password: input.admin.password },
    });
    expect(signIn.errors).toBeUndefined();
    const { token } = signIn.data.signIn;

    const me = await graphql(stack.urls.gateway, '{ me { email tenant { domain } } }', {}, token);
    expect(me.data.me).toEqual({ email: input.admin.email, tenant: { domain: input.domain } });
    for (const url of [stack.urls.enrollment, stack.urls.relationship, stack.urls.agreement, stack.urls.notification]) {
      const direct = await graphql(url, '{ _service { sdl } }', {}, token);
      expect(direct.errors).toBeUndefined();
    }
    const notifications = await graphql(stack.urls.notification, '{ notifications { totalCount } }', {}, token);
    expect(notifications.errors).toBeUndefined();
  });

  it('has the gateway ready once it reaches all four subgraphs', async () => {
    const ready = await fetch(stack.urls.gateway.replace(/\/graphql$/, '/readyz'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      service: 'gateway',
      checks: { enrollment: 'up', relationship: 'up', agreement: 'up', notification: 'up' },
    });
  });

  it('refuses a wrong password without saying which part was wrong', async () => {
    const response = await graphql(stack.urls.gateway, 'mutation { signIn(input: {email: "nobody@example.com", password: "wrong-password-1"}) { token } }');
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.errors?.[0].message).toBe('The email or password is wrong.');
  });

  it('answers UNAUTHENTICATED to a forged or an expired token, at the gateway and at each subgraph', async () => {
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const forged = await new SignJWT({ tid: 'x', roles: ['PLATFORM_OPERATOR'] })
      .setProtectedHeader({ alg: 'EdDSA', kid: 'forged' })
      .setSubject('someone')
      .setIssuer('channelgraph')
      .setAudience('channelgraph')
      .setExpirationTime('1h')
      .sign(privateKey);
    const expired = await stack.enrollment.tokens.issue({ userId: 'u', tenantId: 't', roles: [], mustChangePassword: false });
    const [, payload] = expired.split('.');
    const tampered = expired.replace(
      payload,
      Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), exp: 1 })).toString('base64url'),
    );
    const realExpired = await issueExpiredToken(stack);

    for (const url of Object.values(stack.urls)) {
      for (const token of [forged, tampered, realExpired, 'not-a-jwt']) {
        const response = await graphql(url, '{ __typename }', {}, token);
        expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
      }
    }
  });

  it('lets the platform operator sign in from the first start', async () => {
    const response = await graphql(stack.urls.gateway, 'mutation($input: SignInInput!) { signIn(input: $input) { user { roles } } }', { input: OPERATOR });
    expect(response.data.signIn.user.roles).toEqual(['PLATFORM_OPERATOR']);
  });
});

/** A token correctly signed by enrollment's key whose expiry has passed. */
async function issueExpiredToken(stack: Stack): Promise<string> {
  return stack.enrollment.tokens.issue({ userId: 'u', tenantId: 't', roles: [], mustChangePassword: false }, -60);
}
