import { errorCodes, graphql, SIGN_UP, signUpInput, unique } from '../../../test/support/graphql';
import { testEnv } from '../../../test/support/stack';
import { loadEnrollmentConfig } from '../src/config';
import { startEnrollment } from '../src/main';

describe('signUp through the enrollment subgraph', () => {
  let service: Awaited<ReturnType<typeof startEnrollment>>;
  beforeAll(async () => {
    service = await startEnrollment(loadEnrollmentConfig(testEnv()));
  });
  afterAll(async () => {
    await service?.platform.stop();
  });

  async function counts() {
    const [row] = await service.platform.dataSource.query(
      'SELECT (SELECT COUNT(*) FROM tenant) AS tenants, (SELECT COUNT(*) FROM user_account) AS users, (SELECT COUNT(*) FROM outbox_event) AS events',
    );
    return { tenants: Number(row.tenants), users: Number(row.users), events: Number(row.events) };
  }

  it('commits the tenant, its global admin and one TenantSignedUp event together', async () => {
    const before = await counts();
    const response = await graphql(service.server.url, SIGN_UP, { input: signUpInput() });
    expect(response.errors).toBeUndefined();
    expect(await counts()).toEqual({ tenants: before.tenants + 1, users: before.users + 1, events: before.events + 1 });
    const [event] = await service.platform.dataSource.query('SELECT message FROM outbox_event ORDER BY seq DESC LIMIT 1');
    expect(event.message).not.toContain('Correct-Horse-42');
  });

  it("puts the caller's correlation id on the event it publishes", async () => {
    const input = signUpInput();
    const response = await fetch(service.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'front-end-req-123' },
      body: JSON.stringify({ query: SIGN_UP, variables: { input } }),
    });
    expect(response.headers.get('x-correlation-id')).toBe('front-end-req-123');
    const body = (await response.json()) as { data: { signUp: { tenant: { id: string } } } };
    const [event] = await service.platform.dataSource.query('SELECT message FROM outbox_event WHERE aggregate_id = ?', [body.data.signUp.tenant.id]);
    expect(JSON.parse(event.message)).toMatchObject({ correlationid: 'front-end-req-123', tenantid: body.data.signUp.tenant.id });
  });

  const taken = signUpInput();
  it.each([
    ['a malformed email', (i: any) => ({ ...i, admin: { ...i.admin, email: 'not-an-email' } }), 'BAD_USER_INPUT', 'admin.email'],
    ['a weak password', (i: any) => ({ ...i, admin: { ...i.admin, password: 'password' } }), 'BAD_USER_INPUT', 'admin.password'],
    ['a malformed domain', (i: any) => ({ ...i, domain: '-bad-.com' }), 'BAD_USER_INPUT', 'domain'],
    ['an unknown country', (i: any) => ({ ...i, country: 'QQ' }), 'BAD_USER_INPUT', 'country'],
    ['a domain already signed up', (i: any) => ({ ...i, domain: taken.domain }), 'CONFLICT', 'domain'],
    ['an email that already has an account', (i: any) => ({ ...i, admin: { ...i.admin, email: taken.admin.email } }), 'CONFLICT', 'admin.email'],
  ])('refuses %s, names the field, and writes nothing', async (_what, change, code, field) => {
    if ((await graphql(service.server.url, '{ __typename }')).errors) throw new Error('server not ready');
    const existing = await service.platform.dataSource.query('SELECT 1 FROM tenant WHERE domain = ?', [taken.domain]);
    if (existing.length === 0) expect((await graphql(service.server.url, SIGN_UP, { input: taken })).errors).toBeUndefined();
    const before = await counts();
    const response = await graphql(service.server.url, SIGN_UP, { input: change(signUpInput(unique())) });
    expect(errorCodes(response)).toEqual([code]);
    expect(response.errors?.[0].extensions?.field).toBe(field);
    expect(response.errors?.[0].message.length).toBeGreaterThan(10);
    expect(await counts()).toEqual(before);
  });

  it('serves the public keys that verify its tokens', async () => {
    const jwks = (await (await fetch(service.server.url.replace('/graphql', '/.well-known/jwks.json'))).json()) as { keys: Array<Record<string, unknown>> };
    expect(jwks.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
    expect(jwks.keys[0].d).toBeUndefined();
  });

  it('reports health and readiness with the database and Kafka checks', async () => {
    const base = service.server.url.replace('/graphql', '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = (await (await fetch(`${base}/readyz`)).json()) as Record<string, unknown>;
    expect(ready).toMatchObject({ status: 'ready', checks: { database: 'up', kafka: 'up' } });
    // Paths nobody serves share one route label: a scanner asking for thousands makes no new series.
    for (const nowhere of ['/wp-login.php', '/nope-1', '/nope-2']) expect((await fetch(`${base}${nowhere}`)).status).toBe(404);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('channelgraph_outbox_pending_events');
    expect(metrics).toMatch(/channelgraph_http_request_duration_seconds_count\{[^}]*route="unmatched"[^}]*status="404"/);
    expect(metrics).toMatch(/channelgraph_http_request_duration_seconds_count\{[^}]*route="\/healthz"/);
    expect(metrics).not.toContain('nope-1');
    expect(metrics).toContain('channelgraph_process_cpu_seconds_total');
    // Enrollment consumes events: its group's lag per partition and its DLQs' depth.
    expect(metrics).toMatch(/channelgraph_consumer_lag_events\{group="[^"]*channelgraph\.enrollment",topic="[^"]+",partition="\d+"[^}]*\} \d+/);
    expect(metrics).toMatch(/channelgraph_dlq_messages\{topic="[^"]+\.dlq"[^}]*\} \d+/);
    const names = metrics
      .split('\n')
      .filter((line) => line.startsWith('# TYPE '))
      .map((line) => line.split(' ')[2]);
    expect(names.filter((name) => !name.startsWith('channelgraph_'))).toEqual([]);
  });
});
