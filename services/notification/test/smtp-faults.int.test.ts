import net from 'node:net';
import { randomUUID } from 'node:crypto';
import { loadNotificationConfig } from '../src/config';
import { startNotification } from '../src/main';
import { FaultProxy } from '../../../test/support/fault-proxy';
import { eventually } from '../../../test/support/graphql';
import { CaughtMail, mailTo } from '../../../test/support/mailbox';
import { isolatedEnv } from '../../../test/support/stack';
import { address, eventPublisher } from './support/events';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { testSettings } = require('../../../test/support/settings');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSmtpCatcher } = require('../../../infra/smtp-catcher');

interface Catcher {
  close(): Promise<void>;
  smtpPort: number;
  httpPort: number;
}
interface Row {
  id: string;
  related_entity_id: string;
  status: string;
  attempts: number;
  last_error: string | null;
}
type Service = Awaited<ReturnType<typeof startNotification>>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Fast retries, so an outage of seconds stands for one of minutes. */
const RETRIES = { MAIL_RETRY_BASE_MS: '200', MAIL_RETRY_MAX_MS: '1000' };
/** Before outages were sized in time, MAIL_MAX_ATTEMPTS=8 made an email FAILED after its eighth attempt. */
const OLD_ATTEMPT_BUDGET = { attempts: 8 };

/** One notification service of its own (database, topics, SMTP server) per scenario. */
function notificationWith(name: string, smtpUrl: () => string, settings: Record<string, string>) {
  const env = isolatedEnv(name, { ...RETRIES, ...settings });
  const events = eventPublisher(env);
  const handle: { service?: Service } = {};

  beforeAll(async () => {
    handle.service = await startNotification(loadNotificationConfig({ ...env, SMTP_URL: smtpUrl() }));
    await handle.service.platform.consumer?.whenJoined();
  });
  afterAll(async () => {
    await handle.service?.platform.stop();
    await events.close();
  });

  return {
    /** A sign-up whose welcome email goes to `to`; the tenant's id finds its notification row. */
    async signedUp(to: string): Promise<string> {
      const tenantId = randomUUID();
      await events.publish(
        'channelgraph.enrollment.TenantSignedUp.v1',
        tenantId,
        {
          tenantId,
          domain: 'smtp.example.com',
          displayName: 'SMTP Faults',
          country: 'US',
          admin: { userId: randomUUID(), fullName: 'Admin', email: to },
          signedUpAt: new Date().toISOString(),
        },
        { tenantId },
      );
      return tenantId;
    },
    async rows(tenantIds: string[]): Promise<Row[]> {
      return handle.service!.platform.dataSource.query(
        'SELECT id, related_entity_id, status, attempts, last_error FROM notification WHERE related_entity_id IN (?)',
        [tenantIds],
      );
    },
  };
}

/** Emails caught per address, as many as arrived, and whether each carries its notification's Message-ID. */
function arrivals(rows: Row[], addressOf: Map<string, string>, caught: Map<string, CaughtMail[]>) {
  let duplicates = 0;
  const missing: string[] = [];
  for (const row of rows) {
    const mails = caught.get(addressOf.get(row.related_entity_id)!) ?? [];
    const ours = mails.filter((mail) => mail.headers['message-id'] === `<${row.id}@channelgraph.local>`);
    if (ours.length === 0) missing.push(row.id);
    duplicates += mails.length - Math.min(1, ours.length);
  }
  return { missing, duplicates };
}

describe('email while the SMTP connection drops', () => {
  const catcherUrl = new URL(testSettings().SMTP_URL);
  const proxy: { current?: FaultProxy } = {};
  // Before the service starts (hooks run in order), and stopped after it.
  beforeAll(async () => {
    proxy.current = await FaultProxy.start({ host: catcherUrl.hostname, port: Number(catcherUrl.port) });
  });
  afterAll(async () => {
    await proxy.current?.stop();
  });
  /**
   * The production backoff (MAIL_RETRY_BASE_MS 2 s, MAIL_RETRY_MAX_MS 5 min) with the clock
   * compressed 100 times: 6 s of outage here stand for 10 minutes.
   */
  const COMPRESSION = 100;
  const mail = notificationWith('smtpoutage', () => proxy.current!.rewrite(testSettings().SMTP_URL), {
    MAIL_SEND_TIMEOUT_MS: '3000',
    MAIL_RETRY_BASE_MS: String(2000 / COMPRESSION),
    MAIL_RETRY_MAX_MS: String((5 * 60 * 1000) / COMPRESSION),
  });

  it('delivers each of 200 emails once through an SMTP outage of 10 minutes (compressed), far past the old attempt budget', async () => {
    const EMAILS = 200;
    const OUTAGE_MS = (10 * 60 * 1000) / COMPRESSION;
    // MAIL_MAX_ATTEMPTS=8 at the production backoff gave up after 254 s: 2.5 s here.
    expect(OUTAGE_MS).toBeGreaterThan((2 * 254_000) / COMPRESSION);
    // Connections in the pool first, so the cut drops live ones, as a server going away does.
    const warm = await mail.signedUp(address('warm'));
    await eventually('the first email', async () => ((await mail.rows([warm]))[0]?.status === 'SENT' ? true : undefined));

    const addressOf = new Map<string, string>();
    const queue = async (count: number) => {
      for (let i = 0; i < count; i += 1) {
        const to = address(`outage${i}`);
        addressOf.set(await mail.signedUp(to), to);
      }
    };
    // Half before the cut, some of them on their way when it comes; half during the outage.
    await queue(EMAILS / 2);
    const before = [...addressOf.keys()];
    await eventually('the first of them sent', async () => ((await mail.rows(before)).some((row) => row.status === 'SENT') ? true : undefined), 20000, 5);
    proxy.current!.cut();
    const sentBeforeCut = (await mail.rows(before)).filter((row) => row.status === 'SENT').length;
    await queue(EMAILS / 2);
    // Every email queued first (the consumer may lag on a loaded machine), then the whole outage.
    await eventually('every email queued', async () => ((await mail.rows([...addressOf.keys()])).length === EMAILS ? true : undefined), 60000, 50);
    await sleep(OUTAGE_MS);

    const during = await mail.rows([...addressOf.keys()]);
    const waiting = during.filter((row) => row.status !== 'SENT');
    expect(during).toHaveLength(EMAILS);
    expect(waiting.filter((row) => row.status === 'FAILED')).toEqual([]);
    // Each would have been FAILED by the old budget, and none is stuck on a send that never settles.
    expect(Math.max(...waiting.map((row) => row.attempts))).toBeGreaterThanOrEqual(OLD_ATTEMPT_BUDGET.attempts);

    proxy.current!.restore();
    const restoredAt = Date.now();
    await eventually(
      'every email sent',
      async () => ((await mail.rows([...addressOf.keys()])).every((row) => row.status === 'SENT') ? true : undefined),
      30000,
      50,
    );
    const deliverMs = Date.now() - restoredAt;
    // Anything sent twice has arrived by now.
    await sleep(1500);

    const rows = await mail.rows([...addressOf.keys()]);
    const caught = new Map(await Promise.all([...addressOf.values()].map(async (to) => [to, await mailTo(to)] as const)));
    const { missing, duplicates } = arrivals(rows, addressOf, caught);
    console.info(
      `SMTP outage: ${EMAILS} emails (${sentBeforeCut} sent before the cut), outage ${OUTAGE_MS} ms (10 min at ${COMPRESSION}x), ${proxy.current!.refused} connections refused, ` +
        `attempts during it ${Math.min(...waiting.map((row) => row.attempts))}–${Math.max(...waiting.map((row) => row.attempts))} (old budget ${OLD_ATTEMPT_BUDGET.attempts}), ` +
        `all delivered ${deliverMs} ms after restore (${(deliverMs * COMPRESSION) / 1000} s uncompressed), ${missing.length} lost, ${duplicates} second copies (same Message-ID)`,
    );
    expect(missing).toEqual([]);
    // One Message-ID per notification. A second copy can only be an email the server took just as the cut
    // came, before its answer got back; the shared Message-ID lets the receiver drop it.
    expect(duplicates).toBeLessThanOrEqual(4);
    expect(deliverMs).toBeLessThan(15_000);
  }, 120_000);
});

describe('email while the SMTP server accepts connections and never answers', () => {
  const silent: { server?: net.Server; port?: number; held: Set<net.Socket> } = { held: new Set() };
  let catcher: Catcher | undefined;
  const SEND_TIMEOUT_MS = 1000;
  beforeAll(async () => {
    // Takes every connection and every byte and answers nothing, not even the greeting.
    silent.server = net.createServer((socket) => {
      silent.held.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => silent.held.delete(socket));
      socket.resume();
    });
    await new Promise<void>((resolve) => silent.server!.listen(0, '127.0.0.1', () => resolve()));
    silent.port = (silent.server.address() as net.AddressInfo).port;
  });
  afterAll(async () => {
    for (const socket of silent.held) socket.destroy();
    if (silent.server?.listening) await new Promise((resolve) => silent.server!.close(resolve));
    await catcher?.close();
  });
  const mail = notificationWith('smtpsilent', () => `smtp://127.0.0.1:${silent.port}`, { MAIL_SEND_TIMEOUT_MS: String(SEND_TIMEOUT_MS) });

  async function caught(to: string): Promise<CaughtMail[]> {
    const response = await fetch(`http://127.0.0.1:${catcher!.httpPort}/api/messages?to=${encodeURIComponent(to)}`);
    return (await response.json()) as CaughtMail[];
  }

  it('ends each send at its deadline, keeps the others moving, and delivers once a server answers', async () => {
    const STUCK = 6; // more than MAIL_CONCURRENCY (4): some wait for a slot a stuck send holds
    const addressOf = new Map<string, string>();
    for (let i = 0; i < STUCK; i += 1) {
      const to = address(`silent${i}`);
      addressOf.set(await mail.signedUp(to), to);
    }
    const tenants = [...addressOf.keys()];
    await eventually('the emails queued', async () => ((await mail.rows(tenants)).length === STUCK ? true : undefined));
    const queuedAt = Date.now();
    const attempted = await eventually(
      'an attempt at every email',
      async () => {
        const rows = await mail.rows(tenants);
        return rows.every((row) => row.attempts >= 1) ? rows : undefined;
      },
      20000,
      25,
    );
    const allAttemptedMs = Date.now() - queuedAt;
    expect(attempted.every((row) => row.status === 'QUEUED')).toBe(true);
    // Each attempt ended by a deadline: its own, or another send's on the same connections, which replaced them.
    expect(attempted.map((row) => row.last_error)).toEqual(Array(STUCK).fill(expect.stringMatching(/MAIL_SEND_TIMEOUT_MS/)));
    expect(attempted.filter((row) => /did not finish the send within/.test(row.last_error ?? '')).length).toBeGreaterThan(0);
    // Two rounds of four slots, each ended by its deadline: no send waits for nodemailer's own timeouts (5 s, 20 s).
    expect(allAttemptedMs).toBeLessThan(2 * SEND_TIMEOUT_MS + 2500);

    // A real server on the same address; the silent one keeps whatever connections it still holds.
    await new Promise<void>((resolve) => silent.server!.close(() => resolve()));
    const heldWhenBack = silent.held.size;
    catcher = await startSmtpCatcher({ smtpPort: silent.port, httpPort: 0 });
    const backAt = Date.now();
    const later = address('silentlater');
    addressOf.set(await mail.signedUp(later), later);
    await eventually(
      'every email sent',
      async () => {
        const rows = await mail.rows([...addressOf.keys()]);
        return rows.length === STUCK + 1 && rows.every((row) => row.status === 'SENT') ? true : undefined;
      },
      20000,
      50,
    );
    const deliverMs = Date.now() - backAt;
    await sleep(1000);

    const rows = await mail.rows([...addressOf.keys()]);
    const received = new Map(await Promise.all([...addressOf.values()].map(async (to) => [to, await caught(to)] as const)));
    const { missing, duplicates } = arrivals(rows, addressOf, received);
    console.info(
      `silent SMTP server: ${STUCK} emails stuck, send deadline ${SEND_TIMEOUT_MS} ms, every one attempted within ${allAttemptedMs} ms, ` +
        `${heldWhenBack} connections still open to the silent server when a real one came, all ${STUCK + 1} delivered ${deliverMs} ms later, ${duplicates} duplicates`,
    );
    expect(missing).toEqual([]);
    expect(duplicates).toBe(0);
    expect(deliverMs).toBeLessThan(8000);
  }, 60_000);
});
