import { FaultProxy } from '../support/fault-proxy';
import { ConsoleStack, review, signInIfAsked, startConsoleStack } from '../support/browser';
import { eventually, graphql, SIGN_UP, signUpInput, unique } from '../support/graphql';
import { mailTo } from '../support/mailbox';
import { OPERATOR } from '../support/stack';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { testSettings } = require('../support/settings');

/** The operator sends a FAILED email again from the Notifications page, by keyboard. */
describe('notifications: the operator retries an email that failed', () => {
  let app: ConsoleStack;
  let proxy: FaultProxy;
  const smtp = new URL(testSettings().SMTP_URL);
  beforeAll(async () => {
    proxy = await FaultProxy.start({ host: smtp.hostname, port: Number(smtp.port) });
    // Emails give up after 2 s, so one sent while SMTP is cut is FAILED at once.
    app = await startConsoleStack({ SMTP_URL: proxy.rewrite(testSettings().SMTP_URL), MAIL_GIVE_UP_AFTER_HOURS: String(2 / 3600), MAIL_RETRY_BASE_MS: '100', MAIL_RETRY_MAX_MS: '300' });
  });
  afterAll(async () => {
    await app?.stop();
    await proxy?.stop();
  });

  /** Waits until the welcome email to `to` is FAILED. */
  const untilFailed = (to: string) =>
    eventually('the welcome email FAILED', async () => {
      const [row] = await app.stack.notification.platform.dataSource.query("SELECT status FROM notification WHERE to_address = ? AND kind = 'WELCOME'", [to.toLowerCase()]);
      return row?.status === 'FAILED' ? true : undefined;
    }, 20_000, 100);

  it('shows Retry on a FAILED email, queues it again, and the email arrives', async () => {
    proxy.cut();
    const input = signUpInput(unique('retry'));
    expect((await graphql(app.url, SIGN_UP, { input })).errors).toBeUndefined();
    await untilFailed(input.admin.email);
    proxy.restore();

    const page = await app.newPage();
    await page.goto('/notifications');
    await signInIfAsked(page, OPERATOR.email, OPERATOR.password);
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    await page.getByLabel('Status').selectOption('FAILED');
    await page.getByLabel('Recipient').fill(input.admin.email);
    await page.keyboard.press('Enter');
    const row = page.getByRole('row').filter({ hasText: input.admin.email });
    await row.getByText('Failed', { exact: true }).waitFor();
    await review(page, 'notifications-failed');

    const retry = row.getByRole('button', { name: /^Retry – / });
    await retry.focus();
    await page.keyboard.press('Enter');
    // The row follows the email: queued again, then sent.
    await row.getByText(/^(Queued|Sent)$/).or(page.getByText('No emails match these filters.')).waitFor();
    await eventually('the retried welcome email', async () => ((await mailTo(input.admin.email)).length === 1 ? true : undefined));
    await review(page, 'notifications-retried');
  }, 90_000);

  it("shows the tenant's own FAILED email to its admin without Retry: only operators may send it again", async () => {
    proxy.cut();
    const input = signUpInput(unique('noretry'));
    expect((await graphql(app.url, SIGN_UP, { input })).errors).toBeUndefined();
    await untilFailed(input.admin.email);
    proxy.restore();
    const page = await app.newPage();
    await page.goto('/notifications');
    await signInIfAsked(page, input.admin.email, input.admin.password);
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    await page.getByRole('row').filter({ hasText: input.admin.email }).getByText('Failed', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: /^Retry/ }).count()).toBe(0);
  }, 60_000);
});
