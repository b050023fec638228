import { graphql, SIGN_UP, signUpInput } from '../../../test/support/graphql';
import { testEnv } from '../../../test/support/stack';
import { loadEnrollmentConfig } from '../src/config';
import { startEnrollment } from '../src/main';

const SIGN_IN = 'signIn(input: { email: "nobody@example.com", password: "Wrong-Passw0rd-1" }) { token }';

/** Internal teams call enrollment directly: it must hold the gateway's limits by itself (DESIGN §8). */
describe('the enrollment subgraph, called directly, limits what one request may ask', () => {
  let service: Awaited<ReturnType<typeof startEnrollment>>;
  beforeAll(async () => {
    service = await startEnrollment(loadEnrollmentConfig(testEnv({ SIGN_IN_MAX_PER_ADDRESS: '3', MAX_QUERY_DEPTH: '3' })));
  });
  afterAll(async () => {
    await service?.platform.stop();
  });

  const users = async () => Number((await service.platform.dataSource.query('SELECT COUNT(*) AS n FROM user_account'))[0].n);
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(service.server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('refuses 40 aliased fields', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(' ');
    const response = await graphql(service.server.url, `{ ${aliases} }`);
    expect(response.data).toBeUndefined();
    expect(response.errors![0].message).toMatch(/alias/i);
  });

  it('refuses a query nested deeper than the limit', async () => {
    const tooDeep = '{ me { partner { tenant { id } } } }';
    expect((await graphql(service.server.url, tooDeep)).errors![0].message).toMatch(/depth/i);
  });

  it('runs no password hash when a request carries two, through aliases or fragments', async () => {
    const before = await users();
    const aliased = await graphql(service.server.url, `mutation { a: ${SIGN_IN} b: ${SIGN_IN} }`);
    expect(aliased.errors![0].message).toMatch(/^A request may carry only one of signUp, signIn/);
    expect(aliased.errors![0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
    const fragments = await graphql(
      service.server.url,
      `
        mutation ($input: SignUpInput!) {
          ...One
          ...Two
        }
        fragment One on Mutation {
          signUp(input: $input) {
            token
          }
        }
        fragment Two on Mutation {
          x: signUp(input: $input) {
            token
          }
        }
      `,
      { input: signUpInput() },
    );
    expect(fragments.errors![0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(await users()).toBe(before);
    // One is fine.
    expect((await graphql(service.server.url, SIGN_UP, { input: signUpInput() })).errors).toBeUndefined();
  });

  it('refuses batched requests', async () => {
    const response = await post([{ query: `mutation { ${SIGN_IN} }` }, { query: `mutation { ${SIGN_IN} }` }]);
    expect(response.status).toBe(400);
  });

  it('ignores X-Forwarded-For from a caller that is not a trusted proxy', async () => {
    // Three failures from this address exhaust its allowance, whatever address the caller claims each time.
    for (let i = 0; i < 3; i += 1) await post({ query: `mutation { ${SIGN_IN} }` }, { 'x-forwarded-for': `203.0.113.${i + 1}` });
    const response = await post({ query: `mutation { ${SIGN_IN} }` }, { 'x-forwarded-for': '203.0.113.99' });
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]).toMatchObject({ message: expect.stringMatching(/^Too many sign-in attempts/), extensions: { code: 'FORBIDDEN' } });
  });
});

describe('sign-in limits, kept in MySQL, shared by every enrollment instance', () => {
  let first: Awaited<ReturnType<typeof startEnrollment>>;
  let second: Awaited<ReturnType<typeof startEnrollment>>;
  beforeAll(async () => {
    // Behind a proxy on loopback, so the test can name the client address.
    const env = testEnv({ SIGN_IN_MAX_FAILURES: '3', SIGN_UPS_PER_ADDRESS_PER_HOUR: '3', TRUSTED_PROXIES: 'loopback' });
    first = await startEnrollment(loadEnrollmentConfig(env));
    second = await startEnrollment(loadEnrollmentConfig(env));
  });
  afterAll(async () => {
    await second?.platform.stop();
    await first?.platform.stop();
  });

  const signIn = (service: typeof first, email: string, password: string, address: string) =>
    fetch(service.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ query: 'mutation($input: SignInInput!) { signIn(input: $input) { token } }', variables: { input: { email, password } } }),
    }).then(
      (response) => response.json() as Promise<{ data?: { signIn: { token: string } }; errors?: Array<{ message: string; extensions: { code: string } }> }>,
    );

  // Each test signs up from an address of its own: other test files sign up many tenants from 127.0.0.1 in the same database.
  const signUp = (service: typeof first, address: string, input = signUpInput()) =>
    fetch(service.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ query: SIGN_UP, variables: { input } }),
    }).then(
      (response) => response.json() as Promise<{ data?: { signUp: { token: string } }; errors?: Array<{ message: string; extensions: { code: string } }> }>,
    );

  it('counts failures on one instance against the other, and never locks the owner out from another address', async () => {
    const input = signUpInput();
    expect((await signUp(first, '198.51.100.40', input)).errors).toBeUndefined();
    const { email, password } = input.admin;
    // A stranger guesses three times, spread over both instances.
    for (const service of [first, second, first]) {
      expect((await signIn(service, email, 'Wrong-Guess-123', '198.51.100.7')).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const locked = await signIn(second, email, password, '198.51.100.7');
    expect(locked.errors![0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/^Too many sign-in attempts\. Try again in (\d+ seconds|about \d+ minutes)\.$/),
    });
    // The owner, from their own address, still signs in on either instance.
    expect((await signIn(first, email, password, '192.0.2.44')).data?.signIn.token).toEqual(expect.any(String));
    expect((await signIn(second, email, password, '192.0.2.44')).data?.signIn.token).toEqual(expect.any(String));
    // Nothing in the table names the account or the address.
    const rows: Array<{ bucket: string }> = await first.platform.dataSource.query('SELECT bucket FROM abuse_counter');
    expect(JSON.stringify(rows)).not.toMatch(/198\.51|192\.0|@/);
  });

  it('allows three sign-ups an hour from one address, on any instance, and refuses the fourth, creating nothing', async () => {
    for (const service of [first, second, first]) expect((await signUp(service, '198.51.100.30')).errors).toBeUndefined();
    const tenants = await first.platform.dataSource.query('SELECT COUNT(*) AS n FROM tenant');
    const refused = await signUp(second, '198.51.100.30');
    expect(refused.errors![0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/^Too many sign-ups from your network: at most 3 per hour\. Try again in (\d+ seconds|about \d+ minutes)\.$/),
    });
    expect(await first.platform.dataSource.query('SELECT COUNT(*) AS n FROM tenant')).toEqual(tenants);
    expect((await signUp(second, '198.51.100.31')).errors).toBeUndefined();
  });

  it('counts wrong current passwords in changePassword like failed sign-ins, so a stolen token cannot guess faster', async () => {
    const input = signUpInput();
    const { data } = await signUp(first, '198.51.100.41', input);
    const change = (service: typeof first, currentPassword: string) =>
      fetch(service.server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.8', authorization: `Bearer ${data!.signUp.token}` },
        body: JSON.stringify({
          query: 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { token } }',
          variables: { input: { currentPassword, newPassword: 'Brand-New-Passw0rd-9' } },
        }),
      }).then((response) => response.json() as Promise<{ errors?: Array<{ message: string; extensions: { code: string; field?: string } }> }>);
    for (const service of [first, second, first])
      expect((await change(service, 'Wrong-Guess-123')).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const limited = await change(second, input.admin.password);
    expect(limited.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/^Too many sign-in attempts/) });
  });
});
