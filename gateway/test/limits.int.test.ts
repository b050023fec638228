import { loadGatewayConfig } from '../src/config';
import { RunningGateway, startGateway } from '../src/gateway';
import { testEnv } from '../../test/support/stack';

describe('gateway protections', () => {
  let gateway: RunningGateway;
  beforeAll(async () => {
    // No subgraphs needed: everything here is refused before the query is planned.
    gateway = await startGateway(loadGatewayConfig(testEnv({ MAX_QUERY_DEPTH: '3', MAX_BODY_BYTES: '4096' })), { port: 0 });
  });
  afterAll(async () => {
    await gateway?.close();
  });

  async function post(body: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as any };
  }

  const messages = (response: { body: any }) => (response.body.errors ?? []).map((error: any) => error.message).join(' ');

  it('refuses a query nested deeper than the limit', async () => {
    const response = await post({ query: '{ me { partner { tenant { id } } } }' });
    expect(messages(response)).toMatch(/depth/i);
    expect(response.body.data).toBeUndefined();
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: me { id }`).join(' ');
    expect(messages(await post({ query: `{ ${aliases} }` }))).toMatch(/aliases/i);
  });

  it('refuses a body over the size limit with a JSON error', async () => {
    const response = await post({ query: `{ __typename }`, variables: { padding: 'x'.repeat(8000) } });
    expect(response.status).toBe(413);
    expect(response.body.errors[0].message).toBe('The request body is too large.');
  });

  it('refuses a body that is not JSON with a JSON error', async () => {
    const response = await post('{ not json');
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('blocks a simple cross-site request (CSRF prevention)', async () => {
    const response = await fetch(`${gateway.url}?query=${encodeURIComponent('{ __typename }')}`, { method: 'GET' });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it('does not suggest field names to a caller probing the schema', async () => {
    const response = await post({ query: '{ mee { id } }' });
    expect(messages(response)).not.toMatch(/Did you mean/);
  });

  it('answers a bad bearer token with UNAUTHENTICATED and HTTP 401', async () => {
    const response = await post({ query: '{ __typename }' }, { authorization: 'Bearer nonsense' });
    expect(response.status).toBe(401);
    expect(response.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
