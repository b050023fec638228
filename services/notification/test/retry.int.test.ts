import { randomUUID } from 'node:crypto';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { loadNotificationConfig } from '../src/config';
import { startNotification } from '../src/main';
import { createResolvers, NotificationDeps } from '../src/graphql/resolvers';
import { FaultProxy } from '../../../test/support/fault-proxy';
import { eventually } from '../../../test/support/graphql';
import { mailTo } from '../../../test/support/mailbox';
import { isolatedEnv } from '../../../test/support/stack';
import { baseContext, inProcessSubgraph, principal } from '../../../test/support/subgraph';
import { address, eventPublisher } from './support/events';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { testSettings } = require('../../../test/support/settings');

const RETRY = 'mutation($id: ID!) { retryNotification(id: $id) { id status attempts } }';
const OPERATOR = principal({ roles: ['PLATFORM_OPERATOR'] });
const run = promisify(execFile);

interface Row { id: string; status: string; attempts: number; queued_at: Date; created_at: Date }

/** An operator sends a FAILED email again (retryNotification, `npm run mail -- retry`): once, with its Message-ID. */
describe('retrying a FAILED email', () => {
  const catcher = new URL(testSettings().SMTP_URL);
  // A 2-second give-up, so an SMTP server that is away makes an email FAILED at once.
  const env = isolatedEnv('mailretry', { MAIL_GIVE_UP_AFTER_HOURS: String(2 / 3600), MAIL_RETRY_BASE_MS: '100', MAIL_RETRY_MAX_MS: '300' });
  const events = eventPublisher(env);
  let proxy: FaultProxy;
  let service: Awaited<ReturnType<typeof startNotification>>;
  let subgraph: Awaited<ReturnType<typeof inProcessSubgraph>>;

  beforeAll(async () => {
    proxy = await FaultProxy.start({ host: catcher.hostname, port: Number(catcher.port) });
    service = await startNotification(loadNotificationConfig({ ...env, SMTP_URL: proxy.rewrite(testSettings().SMTP_URL) }));
    await service.platform.consumer?.whenJoined();
    subgraph = await inProcessSubgraph('notification', createResolvers({ dataSource: service.platform.dataSource, mailer: service.mailer } as NotificationDeps));
  });
  afterAll(async () => {
    await subgraph?.stop();
    await events.close();
    await service?.platform.stop();
    await proxy?.stop();
  });

  const rowOf = async (tenantId: string): Promise<Row | undefined> =>
    (await service.platform.dataSource.query('SELECT id, status, attempts, queued_at, created_at FROM notification WHERE related_entity_id = ?', [tenantId]))[0];

  /** A welcome email that fails for good while SMTP is cut. */
  async function failedEmail(): Promise<{ row: Row; to: string }> {
    const to = address('retry');
    const tenantId = randomUUID();
    await events.publish(
      'channelgraph.enrollment.TenantSignedUp.v1',
      tenantId,
      { tenantId, domain: 'retry.example.com', displayName: 'Retry Ltd', country: 'US', admin: { userId: randomUUID(), fullName: 'Rita Retry', email: to }, signedUpAt: new Date().toISOString() },
      { tenantId },
    );
    const row = await eventually('the email FAILED', async () => {
      const found = await rowOf(tenantId);
      return found?.status === 'FAILED' ? found : undefined;
    }, 20_000, 100);
    return { row, to };
  }

  const retry = async (id: string, who = OPERATOR) => subgraph.execute(RETRY, { id }, baseContext(who) as never);

  it('queues it again for an operator, with a new give-up clock, and it arrives once with its Message-ID', async () => {
    proxy.cut();
    const { row, to } = await failedEmail();
    proxy.restore();
    // Nothing sends a FAILED email by itself.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await mailTo(to)).toHaveLength(0);

    const refused = await retry(row.id, principal({ roles: ['GLOBAL_ADMIN'] }));
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });

    const retried = await retry(row.id);
    expect(retried.errors).toBeUndefined();
    expect(retried.data).toEqual({ retryNotification: { id: row.id, status: 'QUEUED', attempts: 0 } });
    const mails = await eventually('the retried email', async () => {
      const caught = await mailTo(to);
      return caught.length > 0 ? caught : undefined;
    });
    await eventually('the row SENT', async () => ((await service.platform.dataSource.query('SELECT status FROM notification WHERE id = ?', [row.id]))[0].status === 'SENT' ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await mailTo(to)).toHaveLength(1);
    expect(mails[0].headers['message-id']).toBe(`<${row.id}@channelgraph.local>`);
    const [after] = await service.platform.dataSource.query('SELECT queued_at FROM notification WHERE id = ?', [row.id]);
    expect(new Date(after.queued_at).getTime()).toBeGreaterThan(new Date(row.queued_at).getTime());
  }, 60_000);

  it('refuses an email that is not FAILED, and an unknown id, saying why', async () => {
    const [sent] = await service.platform.dataSource.query("SELECT id FROM notification WHERE status = 'SENT' LIMIT 1");
    const again = await retry(sent.id);
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'id' }, message: expect.stringMatching(/only an email that failed/i) });
    for (const id of [randomUUID(), 'not-an-id']) expect((await retry(id)).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('retries from the command line (npm run mail), which lists the FAILED emails first', async () => {
    proxy.cut();
    const { row, to } = await failedEmail();
    proxy.restore();
    const cli = path.join(__dirname, '../dist/bin/mail.js');
    const listed = await run(process.execPath, [cli, 'list-failed'], { env });
    expect(listed.stdout).toContain(row.id);
    expect(listed.stdout).not.toContain(to);
    const retried = await run(process.execPath, [cli, 'retry', row.id], { env });
    expect(retried.stdout).toContain(`${row.id}: queued again`);
    // The running mailer takes it on its next poll.
    await eventually('the email retried from the command line', async () => ((await mailTo(to)).length > 0 ? true : undefined));
    const unknown = await run(process.execPath, [cli, 'retry', randomUUID()], { env }).catch((error: { code: number; stdout: string }) => error);
    expect(unknown).toMatchObject({ code: 1, stdout: expect.stringContaining('not retried: No email with this id.') });
  }, 60_000);
});
