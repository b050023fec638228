import express from 'express';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { bodyErrors } from '../src/http/body-errors';

describe('a request body the JSON parser refuses', () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    const app = express();
    app.use('/graphql', express.json({ limit: '1kb' }), (_req, res) => void res.json({ data: { ok: true } }));
    app.use(bodyErrors);
    server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const post = async (body: string, contentType = 'application/json') => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body });
    return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
  };

  it.each([
    ['too large', JSON.stringify({ query: 'x'.repeat(2000) }), 413, 'The request body is too large.'],
    ['not JSON', '{"query": ', 400, 'The request body is not valid JSON.'],
    ['JSON null (not an object)', 'null', 400, 'The request body is not valid JSON.'],
  ])('is answered as a GraphQL error when %s, without a stack trace', async (_what, body, status, message) => {
    const response = await post(body);
    expect(response.status).toBe(status);
    expect(response.type).toMatch(/^application\/json/);
    expect(JSON.parse(response.text)).toEqual({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('in a charset the parser does not read', async () => {
    const response = await post('{}', 'application/json; charset=klingon');
    expect(response.status).toBe(415);
    expect(JSON.parse(response.text).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('lets a good body through', async () => {
    expect((await post('{"query":"{ ok }"}')).text).toBe('{"data":{"ok":true}}');
  });
});
