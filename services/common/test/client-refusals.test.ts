import { ApolloServer, HeaderMap } from '@apollo/server';
import { queryLimits } from '../src/http/query-limits';

describe('requests refused as the client’s mistakes (HTTP 400, never 500)', () => {
  const server = new ApolloServer({
    typeDefs: 'type Query { hello: String } type Mutation { touch: Boolean }',
    resolvers: { Query: { hello: () => 'hi' }, Mutation: { touch: () => true } },
    ...queryLimits({ MAX_QUERY_DEPTH: 5, MAX_QUERY_COST: 5000, MAX_QUERY_ALIASES: 15, MAX_QUERY_TOKENS: 100 }),
  });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  async function post(body: Record<string, unknown>) {
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers: new HeaderMap([['content-type', 'application/json']]), body, search: '' },
      context: async () => ({}),
    });
    const text = response.body.kind === 'complete' ? response.body.string : '';
    return { status: response.status ?? 200, body: JSON.parse(text) };
  }

  it('answers a document over the token limit with 400 and a code', async () => {
    const response = await post({ query: `{ ${Array.from({ length: 200 }, () => 'hello').join(' ')} }` });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      {
        message: 'This query has more than 100 tokens, the limit (MAX_QUERY_TOKENS): send a shorter document.',
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'MAX_QUERY_TOKENS', max: 100 },
      },
    ]);
  });

  it('answers a document that does not parse with 400', async () => {
    const response = await post({ query: '{ hello' });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it.each([
    ['an operation name the document lacks', { query: 'query A { hello }', operationName: 'B' }, 'OPERATION_RESOLUTION_FAILURE'],
    ['several operations and no name', { query: 'query A { hello } query B { hello }' }, 'OPERATION_RESOLUTION_FAILURE'],
    ['a subscription', { query: 'subscription { hello }' }, 'BAD_REQUEST'],
  ])('answers %s with 400', async (_what, body, code) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe(code);
  });

  it('still runs a request within the limits', async () => {
    expect(await post({ query: '{ hello }' })).toEqual({ status: 200, body: { data: { hello: 'hi' } } });
  });
});
