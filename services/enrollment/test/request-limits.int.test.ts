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
      `mutation($input: SignUpInput!) { ...One ...Two } fragment One on Mutation { signUp(input: $input) { token } } fragment Two on Mutation { x: signUp(input: $input) { token } }`,
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
