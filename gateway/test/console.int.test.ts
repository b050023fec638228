import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadGatewayConfig } from '../src/config';
import { RunningGateway, startGateway } from '../src/gateway';
import { testEnv } from '../../test/support/stack';

const INDEX = '<!doctype html><html><head><script type="module" src="/assets/app-1a2b.js"></script></head><body><div id="root"></div></body></html>';

/** A console build in a folder of its own, so these tests need no Vite. */
function fakeBuild(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'channelgraph-console-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), INDEX);
  writeFileSync(path.join(dir, 'assets/app-1a2b.js'), 'console.log("app")');
  writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

describe('the gateway serves the console (DESIGN §6)', () => {
  let gateway: RunningGateway;
  let origin: string;
  beforeAll(async () => {
    // Subgraphs at a port nothing listens on (9, discard), so the readiness test holds beside a running stack.
    const nowhere = 'http://127.0.0.1:9';
    const subgraphs = { ENROLLMENT_URL: nowhere, RELATIONSHIP_URL: nowhere, AGREEMENT_URL: nowhere, NOTIFICATION_URL: nowhere };
    gateway = await startGateway(loadGatewayConfig(testEnv({ WEB_DIST_DIR: fakeBuild(), ...subgraphs })), { port: 0 });
    origin = gateway.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('answers / and every unknown page path with the app, under a strict Content-Security-Policy', async () => {
    for (const pathname of ['/', '/invitations/accept?token=abc', '/verify-contact?token=x', '/settings/users']) {
      const response = await fetch(`${origin}${pathname}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(INDEX);
      const csp = response.headers.get('content-security-policy');
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/unsafe-(inline|eval)/);
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('serves hashed assets for a year and refuses missing ones with 404, not the app', async () => {
    const asset = await fetch(`${origin}/assets/app-1a2b.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${origin}/assets/gone-0000.js`)).status).toBe(404);
    expect((await fetch(`${origin}/favicon.svg`)).status).toBe(200);
  });

  it('keeps its own paths: /graphql with CSRF prevention, /healthz and /metrics', async () => {
    expect((await fetch(`${origin}/healthz`)).headers.get('content-type')).toMatch(/json/);
    expect(await (await fetch(`${origin}/metrics`)).text()).toMatch(/# HELP/);
    // A simple cross-site GET without the preflight header is refused, as before the console existed.
    const csrf = await fetch(`${origin}/graphql?query=%7B__typename%7D`);
    expect(csrf.status).toBe(400);
    expect(await csrf.text()).toMatch(/CSRF|preflight/i);
  });

  it('labels every console page with one route in its metrics, and names them all channelgraph_', async () => {
    for (let i = 0; i < 5; i += 1) expect((await fetch(`${origin}/customers/${i}-of-many`)).status).toBe(200);
    const metrics = await (await fetch(`${origin}/metrics`)).text();
    expect(metrics).toMatch(/channelgraph_http_request_duration_seconds_count\{[^}]*route="console"[^}]*status="200"/);
    expect(metrics).not.toContain('of-many');
    const names = metrics
      .split('\n')
      .filter((line) => line.startsWith('# TYPE '))
      .map((line) => line.split(' ')[2]);
    expect(names.filter((name) => !name.startsWith('channelgraph_'))).toEqual([]);
  });

  it('is not ready while it cannot reach its subgraphs, and says which', async () => {
    const response = await fetch(`${origin}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: 'unavailable',
      service: 'gateway',
      checks: { enrollment: 'down', relationship: 'down', agreement: 'down', notification: 'down' },
    });
  });
});

describe('the gateway without a console build', () => {
  it('says how to build it instead of failing', async () => {
    const gateway = await startGateway(loadGatewayConfig(testEnv({ WEB_DIST_DIR: path.join(os.tmpdir(), 'channelgraph-no-such-build') })), { port: 0 });
    try {
      const response = await fetch(gateway.url.replace(/\/graphql$/, '/'));
      expect(response.status).toBe(503);
      expect(await response.text()).toMatch(/npm start/);
    } finally {
      await gateway.close();
    }
  });
});
