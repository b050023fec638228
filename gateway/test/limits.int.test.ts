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

  it('refuses a query nested deeper than the limit with a code of its own, the limit and how far over', async () => {
    const response = await post({ query: '{ me { partner { tenant { id } } } }' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      {
        message: 'This query nests fields 4 levels deep, over the limit of 3 (MAX_QUERY_DEPTH) by 1: ask for fewer nested objects.',
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'MAX_QUERY_DEPTH', max: 3, found: 4 },
      },
    ]);
    expect(response.body.data).toBeUndefined();
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: me { id }`).join(' ');
    const response = await post({ query: `{ ${aliases} }` });
    expect(response.body.errors[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'MAX_QUERY_ALIASES', max: 15, found: 20 });
  });

  it('answers introspection with NODE_ENV=production too: the console explorer reads the schema', async () => {
    const before = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    const production = await startGateway(loadGatewayConfig(testEnv()), { port: 0 });
    process.env.NODE_ENV = before;
    try {
      const response = await fetch(production.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
      });
      expect(await response.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    } finally {
      await production.close();
    }
  });

  it('refuses a query that may return more objects than the cost limit, counted from first', async () => {
    const withDefaults = await startGateway(loadGatewayConfig(testEnv()), { port: 0 });
    try {
      // 100 partners' pages of 100 customers: 10,000 edges and as many nodes.
      const query = '{ searchPartners(first: 100) { edges { node { customers(first: 100) { edges { node { id } } } } } } }';
      const response = await fetch(withDefaults.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      expect(response.status).toBe(400);
      const body = (await response.json()) as any;
      expect(body.errors[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'MAX_QUERY_COST', max: 5000, found: 1 + 100 + 100 + 100 + 100 * 100 * 2 });
    } finally {
      await withDefaults.close();
    }
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
