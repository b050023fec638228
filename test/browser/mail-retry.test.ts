import { FaultProxy } from '../support/fault-proxy';
import { ConsoleStack, review, signInIfAsked, startConsoleStack } from '../support/browser';
import { eventually, graphql, SIGN_UP, signUpInput, unique } from '../support/graphql';
import { mailTo } from '../support/mailbox';
import { OPERATOR } from '../support/stack';
import type { Locator, Page } from 'playwright-core';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { testSettings } = require('../support/settings');

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';
const RETRY = 'mutation($id: ID!) { retryNotification(id: $id) { id status } }';

/** Presses Tab until the control has the focus, as a keyboard user walks a page. */
async function tabTo(page: Page, control: Locator): Promise<void> {
  for (let presses = 0; presses < 60; presses += 1) {
    if (await control.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${control.toString()}`);
}

/** The operator sends a FAILED email again from the Notifications page, by keyboard. */
describe('notifications: the operator retries an email that failed', () => {
  let app: ConsoleStack;
  let proxy: FaultProxy;
  const smtp = new URL(testSettings().SMTP_URL);
  beforeAll(async () => {
    proxy = await FaultProxy.start({ host: smtp.hostname, port: Number(smtp.port) });
    // Emails give up after 2 s, so one sent while SMTP is cut is FAILED at once.
    app = await startConsoleStack({
      SMTP_URL: proxy.rewrite(testSettings().SMTP_URL),
      MAIL_GIVE_UP_AFTER_HOURS: String(2 / 3600),
      MAIL_RETRY_BASE_MS: '100',
      MAIL_RETRY_MAX_MS: '300',
    });
  });
  afterAll(async () => {
    await app?.stop();
    await proxy?.stop();
  });

  /** Waits until the welcome email to `to` is FAILED. */
  const untilFailed = (to: string) =>
    eventually(
      'the welcome email FAILED',
      async () => {
        const [row] = await app.stack.notification.platform.dataSource.query("SELECT status FROM notification WHERE to_address = ? AND kind = 'WELCOME'", [
          to.toLowerCase(),
        ]);
        return row?.status === 'FAILED' ? true : undefined;
      },
      20_000,
      100,
    );

  /** The operator's Notifications page, filtered to the FAILED emails to `to`. */
  async function failedEmailsTo(to: string) {
    const page = await app.newPage();
    await page.goto('/notifications');
    await signInIfAsked(page, OPERATOR.email, OPERATOR.password);
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    await page.getByLabel('Status').selectOption('FAILED');
    await page.getByLabel('Recipient').fill(to);
    await page.keyboard.press('Enter');
    const row = page.getByRole('row').filter({ hasText: to });
    await row.getByText('Failed', { exact: true }).waitFor();
    return { page, row };
  }

  it('shows Retry on a FAILED email, queues it again, and the email arrives', async () => {
    proxy.cut();
    const input = signUpInput(unique('retry'));
    expect((await graphql(app.url, SIGN_UP, { input })).errors).toBeUndefined();
    await untilFailed(input.admin.email);
    proxy.restore();

    const { page, row } = await failedEmailsTo(input.admin.email);
    await review(page, 'notifications-failed');
    // Named after the email it retries, reached with Tab like every control on the page.
    const retry = row.getByRole('button', { name: /^Retry – Welcome/ });
    await tabTo(page, retry);
    await page.keyboard.press('Enter');
    // The row says Queued at once, under the Failed filter too, and the focus stays in the row.
    await row.getByText('Queued', { exact: true }).waitFor();
    const retried = row.getByRole('status').filter({ hasText: 'Retried just now.' });
    await retried.and(page.locator(':focus')).waitFor();
    expect(await row.getByRole('button', { name: /^Retry/ }).count()).toBe(0);
    // The list is asked again after a retry; the email no longer FAILED keeps its row, saying Queued.
    await page.waitForLoadState('networkidle');
    expect(await row.getByText('Queued', { exact: true }).count()).toBe(1);
    await review(page, 'notifications-retried');

    await eventually('the retried welcome email', async () => ((await mailTo(input.admin.email)).length === 1 ? true : undefined));
    // Asked again, the graph says it went out.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Recipient').fill(input.admin.email);
    await page.keyboard.press('Enter');
    await page.getByRole('row').filter({ hasText: input.admin.email }).getByText('Sent', { exact: true }).waitFor();
  }, 90_000);

  it('says beside the row why a retry was refused: another operator retried the email first', async () => {
    proxy.cut();
    const input = signUpInput(unique('retrytwice'));
    expect((await graphql(app.url, SIGN_UP, { input })).errors).toBeUndefined();
    await untilFailed(input.admin.email);
    proxy.restore();
    const { page, row } = await failedEmailsTo(input.admin.email);

    // Meanwhile someone else retries it, and it goes out.
    const signedIn = await graphql(app.url, SIGN_IN, { input: { email: OPERATOR.email, password: OPERATOR.password } });
    const [{ id }] = await app.stack.notification.platform.dataSource.query("SELECT id FROM notification WHERE to_address = ? AND kind = 'WELCOME'", [
      input.admin.email.toLowerCase(),
    ]);
    expect((await graphql(app.url, RETRY, { id }, signedIn.data.signIn.token)).errors).toBeUndefined();

    await row.getByRole('button', { name: /^Retry – / }).click();
    // Queued or sent by now: either way the graph's sentence, beside the button, and no code.
    const refusal = row.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/^Only an email that failed can be retried; it (is still queued|was sent already)/);
    expect(await row.textContent()).not.toMatch(/CONFLICT/);
    await review(page, 'notifications-retry-refused');
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
