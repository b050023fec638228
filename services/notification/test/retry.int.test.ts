import { randomUUID } from 'node:crypto';
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { SMTPServer } from 'smtp-server';
import { loadNotificationConfig } from '../src/config';
import { startNotification } from '../src/main';
import { createResolvers, NotificationDeps } from '../src/graphql/resolvers';
import { eventually } from '../../../test/support/graphql';
import { mailTo } from '../../../test/support/mailbox';
import { isolatedEnv } from '../../../test/support/stack';
import { baseContext, inProcessSubgraph, principal } from '../../../test/support/subgraph';
import { address, eventPublisher } from './support/events';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { testSettings } = require('../../../test/support/settings');

const RETRY = 'mutation($id: ID!) { retryNotification(id: $id) { id status attempts } }';
const OPERATOR = principal({ userId: randomUUID(), roles: ['PLATFORM_OPERATOR'] });
const GIVE_UP_MS = 2000;
const run = promisify(execFile);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Row {
  id: string;
  status: string;
  attempts: number;
  queued_at: Date;
  created_at: Date;
  updated_at: Date;
  last_error: string | null;
}

/**
 * An SMTP server that reads each email whole, notes its Message-ID, then refuses it for now (451,
 * quoting the recipient as real servers do): attempts that reach a server and never get through.
 */
async function startRefusingServer() {
  const messageIds = new Map<string, string[]>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 500,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const headers = Buffer.concat(chunks)
          .toString('utf8')
          .split(/\r?\n\r?\n/)[0];
        const messageId = /^message-id:\s*(\S+)/im.exec(headers)?.[1] ?? '(none)';
        for (const { address: to } of session.envelope.rcptTo) messageIds.set(to.toLowerCase(), [...(messageIds.get(to.toLowerCase()) ?? []), messageId]);
        const recipient = session.envelope.rcptTo[0]?.address;
        callback(Object.assign(new Error(`4.2.2 <${recipient}> mailbox over quota, try again later`), { responseCode: 451 }));
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    port: (server.server.address() as net.AddressInfo).port,
    /** The Message-ID of every attempt at mail for `to`, in order. */
    messageIdsFor: (to: string) => messageIds.get(to.toLowerCase()) ?? [],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A TCP forwarder the service's SMTP_URL points at, sending each new connection to the server chosen at the time. */
async function startSmtpSwitch(initialPort: number) {
  const state = { port: initialPort };
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(state.port, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `smtp://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    /** From now on to the server on `port`; open (pooled) connections are dropped so the next send connects there. */
    to(port: number) {
      state.port = port;
      for (const socket of sockets) socket.destroy();
    },
    stop: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** An operator sends a FAILED email again (retryNotification, `npm run mail -- retry`): once, with its Message-ID. */
describe('retrying a FAILED email', () => {
  const catcherPort = Number(new URL(testSettings().SMTP_URL).port);
  const logFile = path.join(os.tmpdir(), `channelgraph-mail-retry-${process.pid}.log`);
  // A 2-second give-up, so an email a server keeps refusing is FAILED at once; logs at info, to read them back.
  const env = isolatedEnv('mailretry', {
    MAIL_GIVE_UP_AFTER_HOURS: String(GIVE_UP_MS / 3_600_000),
    MAIL_RETRY_BASE_MS: '100',
    MAIL_RETRY_MAX_MS: '300',
    MAIL_POLL_MS: '200',
    LOG_LEVEL: 'info',
  });
  const events = eventPublisher(env);
  let refusing: Awaited<ReturnType<typeof startRefusingServer>>;
  let smtp: Awaited<ReturnType<typeof startSmtpSwitch>>;
  let service: Awaited<ReturnType<typeof startNotification>>;
  let subgraph: Awaited<ReturnType<typeof inProcessSubgraph>>;

  beforeAll(async () => {
    refusing = await startRefusingServer();
    smtp = await startSmtpSwitch(refusing.port);
    process.env.LOG_FILE = logFile;
    service = await startNotification(loadNotificationConfig({ ...env, SMTP_URL: smtp.url }));
    await service.platform.consumer?.whenJoined();
    subgraph = await inProcessSubgraph(
      'notification',
      createResolvers({ dataSource: service.platform.dataSource, mailer: service.mailer, log: service.platform.log } as NotificationDeps),
    );
  });
  afterAll(async () => {
    await subgraph?.stop();
    await events.close();
    await service?.platform.stop();
    await smtp?.stop();
    await refusing?.close();
    delete process.env.LOG_FILE;
    rmSync(logFile, { force: true });
  });

  const rowOf = async (id: string): Promise<Row> =>
    (
      await service.platform.dataSource.query('SELECT id, status, attempts, queued_at, created_at, updated_at, last_error FROM notification WHERE id = ?', [id])
    )[0];

  /** A welcome email to a new address, which the refusing server turns away until it is FAILED. */
  async function failedEmail(): Promise<{ row: Row; to: string }> {
    smtp.to(refusing.port);
    const to = address('retry');
    const tenantId = randomUUID();
    await events.publish(
      'channelgraph.enrollment.TenantSignedUp.v1',
      tenantId,
      {
        tenantId,
        domain: 'retry.example.com',
        displayName: 'Retry Ltd',
        country: 'US',
        admin: { userId: randomUUID(), fullName: 'Rita Retry', email: to },
        signedUpAt: new Date().toISOString(),
      },
      { tenantId },
    );
    const row = await eventually(
      'the email FAILED',
      async () => {
        const [found] = await service.platform.dataSource.query('SELECT id FROM notification WHERE related_entity_id = ?', [tenantId]);
        const current = found && (await rowOf(found.id));
        return current?.status === 'FAILED' ? current : undefined;
      },
      20_000,
      100,
    );
    return { row, to };
  }

  /** `who` null: no one signed in. */
  const retry = async (id: string, who: typeof OPERATOR | null = OPERATOR) => subgraph.execute(RETRY, { id }, baseContext(who ?? undefined) as never);
  const logLines = () => readFileSync(logFile, 'utf8').trim().split('\n');

  it('queues a FAILED email again for an operator, and it arrives once, with the Message-ID of its earlier attempts', async () => {
    const { row, to } = await failedEmail();
    const earlier = refusing.messageIdsFor(to);
    expect(earlier.length).toBe(row.attempts);
    expect(new Set(earlier).size).toBe(1);
    expect(row.last_error).toMatch(/MAIL_GIVE_UP_AFTER_HOURS/);

    // Nothing sends a FAILED email by itself, even once a server would take it.
    smtp.to(catcherPort);
    await sleep(1000);
    expect((await rowOf(row.id)).status).toBe('FAILED');
    expect(await mailTo(to)).toHaveLength(0);

    const retried = await retry(row.id);
    expect(retried.errors).toBeUndefined();
    expect(retried.data).toEqual({ retryNotification: { id: row.id, status: 'QUEUED', attempts: 0 } });
    await eventually('the row SENT', async () => ((await rowOf(row.id)).status === 'SENT' ? true : undefined));
    // A second copy, had one gone, has arrived by now.
    await sleep(500);
    const mails = await mailTo(to);
    expect(mails).toHaveLength(1);
    expect(mails[0].headers['message-id']).toBe(earlier[0]);
    const sent = await rowOf(row.id);
    expect(sent.attempts).toBe(1);
    expect(sent.queued_at.getTime()).toBeGreaterThan(row.queued_at.getTime());
    expect(sent.queued_at.getTime()).toBeGreaterThanOrEqual(row.updated_at.getTime());

    // The retry is logged with who asked, never the address.
    const [logged] = logLines().filter((line) => line.includes('FAILED email queued again') && line.includes(row.id));
    expect(JSON.parse(logged)).toMatchObject({ notificationId: row.id, kind: 'WELCOME', retriedBy: { userId: OPERATOR.userId } });
    expect(logged).not.toContain(to);
  }, 60_000);

  it('gives a retried email the whole give-up time again, counted from the retry, and refuses to retry it while it waits', async () => {
    const { row, to } = await failedEmail();
    // created_at is past the give-up time already: were it still counted from there, the first refusal would fail it again.
    const retriedAt = Date.now();
    expect((await retry(row.id)).data).toEqual({ retryNotification: { id: row.id, status: 'QUEUED', attempts: 0 } });

    const queued = await retry(row.id);
    expect(queued.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT', field: 'id' },
      message: 'Only an email that failed can be retried; it is still queued and is tried again by itself.',
    });

    const triedAgain = await eventually('attempts after the retry', async () => {
      const current = await rowOf(row.id);
      return current.attempts >= 2 ? current : undefined;
    });
    expect(triedAgain.status).toBe('QUEUED');
    const failedAgain = await eventually('the email FAILED again', async () => {
      const current = await rowOf(row.id);
      return current.status === 'FAILED' ? current : undefined;
    });
    expect(failedAgain.updated_at.getTime() - failedAgain.queued_at.getTime()).toBeGreaterThanOrEqual(GIVE_UP_MS);
    expect(failedAgain.queued_at.getTime()).toBeGreaterThanOrEqual(retriedAt - 1000);
    // Every attempt, before the retry and after, carried the one Message-ID.
    const attempts = refusing.messageIdsFor(to);
    expect(attempts.length).toBe(row.attempts + failedAgain.attempts);
    expect(new Set(attempts).size).toBe(1);
  }, 60_000);

  it('refuses a SENT email and an unknown id, saying why', async () => {
    const [sent] = await service.platform.dataSource.query("SELECT id FROM notification WHERE status = 'SENT' LIMIT 1");
    const again = await retry(sent.id);
    expect(again.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT', field: 'id' },
      message: 'Only an email that failed can be retried; it was sent already.',
    });
    for (const id of [randomUUID(), 'not-an-id'])
      expect((await retry(id)).errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'No email with this id.' });
  });

  it('lets only a platform operator retry', async () => {
    const { row } = await failedEmail();
    const refusals = [
      [principal({ roles: ['GLOBAL_ADMIN'] }), 'FORBIDDEN'],
      [principal({ roles: ['SERVICE'] }), 'FORBIDDEN'],
      [principal({ roles: ['PLATFORM_OPERATOR'], mustChangePassword: true }), 'FORBIDDEN'],
      [null, 'UNAUTHENTICATED'],
    ] as const;
    for (const [who, code] of refusals) expect((await retry(row.id, who)).errors?.[0].extensions).toMatchObject({ code });
    expect((await rowOf(row.id)).status).toBe('FAILED');
  }, 60_000);

  describe('from the command line (npm run mail)', () => {
    const cli = path.join(__dirname, '../dist/bin/mail.js');
    // The command's own settings: logs on its standard error, not in this test's file.
    const mail = (...args: string[]) => run(process.execPath, [cli, ...args], { env: { ...env, LOG_FILE: '' } });
    const failure = (...args: string[]) =>
      mail(...args).then(
        () => undefined,
        (error: { code: number; stdout: string; stderr: string }) => error,
      );

    it('lists the FAILED emails without their addresses and retries one, which the running mailer sends', async () => {
      const { row, to } = await failedEmail();
      const listed = await mail('list-failed');
      expect(listed.stdout).toMatch(/FAILED email\(s\), oldest first/);
      expect(listed.stdout).toContain(`${row.id}  WELCOME`);
      expect(listed.stdout).toContain('<[address]> mailbox over quota');
      expect(listed.stdout).not.toContain(to);

      smtp.to(catcherPort);
      const retried = await mail('retry', row.id);
      expect(retried.stdout).toContain(`${row.id}: queued again`);
      expect(retried.stdout).toContain('1 queued again.');
      const [logged] = retried.stderr
        .trim()
        .split('\n')
        .filter((line) => line.includes('FAILED email queued again'));
      expect(JSON.parse(logged)).toMatchObject({ notificationId: row.id, retriedBy: { command: 'npm run mail -- retry' } });
      expect(retried.stderr).not.toContain(to);
      // The mailer runs in another process: its next poll finds the email.
      await eventually('the email retried from the command line', async () => ((await mailTo(to)).length === 1 ? true : undefined));
      expect((await mailTo(to))[0].headers['message-id']).toBe(refusing.messageIdsFor(to)[0]);
    }, 60_000);

    it('retries every FAILED email with --all-failed', async () => {
      const first = await failedEmail();
      const second = await failedEmail();
      smtp.to(catcherPort);
      const retried = await mail('retry', '--all-failed');
      expect(retried.stdout).toContain(`${first.row.id}: queued again`);
      expect(retried.stdout).toContain(`${second.row.id}: queued again`);
      await eventually('both emails', async () => ((await mailTo(first.to)).length === 1 && (await mailTo(second.to)).length === 1 ? true : undefined));
      expect((await mail('list-failed')).stdout).toContain('No FAILED emails.');
    }, 60_000);

    it('says which emails it could not retry and why (exit 1), and how to call it (exit 2)', async () => {
      const [sent] = await service.platform.dataSource.query("SELECT id FROM notification WHERE status = 'SENT' LIMIT 1");
      const unknown = randomUUID();
      expect(await failure('retry', unknown, sent.id)).toMatchObject({
        code: 1,
        stdout: expect.stringContaining(`${unknown}: not retried: No email with this id.`),
      });
      expect((await failure('retry', sent.id))?.stdout).toContain(`${sent.id}: not retried: Only an email that failed can be retried; it was sent already.`);
      for (const args of [[], ['retry'], ['retry', '--all'], ['retry', '--all-failed', sent.id], ['resend', sent.id]]) {
        expect(await failure(...args)).toMatchObject({ code: 2, stderr: expect.stringContaining('npm run mail -- retry --all-failed') });
      }
    }, 60_000);
  });
});
