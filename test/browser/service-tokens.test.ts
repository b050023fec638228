import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { ConsoleStack, expectInvalid, review, signInIfAsked, startConsoleStack } from '../support/browser';
import { eventually, graphql, GraphQLResponse, SIGN_UP, signUpInput, unique } from '../support/graphql';
import { OPERATOR } from '../support/stack';

const NAME_HINT = 'e.g. order-service: 2 to 63 lower-case letters, digits or dashes.';

/** What another system asks with its service token: any partner and customer will do. */
const AUTHORIZE = `{ authorize(partnerId: "${randomUUID()}", customerId: "${randomUUID()}", permission: RESET_PASSWORDS) { allowed } }`;

const firstCode = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code;

async function isFocused(control: Locator): Promise<boolean> {
  return control.evaluate((element) => element === document.activeElement);
}

/** Waits until the control has the focus: pages move it once they have rendered. */
async function expectFocused(control: Locator): Promise<void> {
  await control.and(control.page().locator(':focus')).waitFor();
}

/** Presses Tab until the control has the focus, as a keyboard user walks a page. */
async function tabTo(page: Page, control: Locator): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    if (await isFocused(control)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${control.toString()}`);
}

/** The sentences a field is described by (its hint, then its error), as a screen reader reads them with it. */
function descriptionOf(field: Locator): Promise<string[]> {
  return field.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? ''),
  );
}

describe('service tokens: the operator makes one for a calling system and revokes it on every subgraph', () => {
  let app: ConsoleStack;
  beforeAll(async () => {
    app = await startConsoleStack();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('creates a token shown once, which authorize accepts until the operator revokes it', async () => {
    const system = unique('order-service-');
    const page = await app.newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    await page.goto('/operator/service-tokens');
    await signInIfAsked(page, OPERATOR.email, OPERATOR.password);
    await page.getByRole('heading', { name: 'Service tokens', level: 1 }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Service tokens' }).waitFor();
    // The tokens made before, or none yet.
    await page.getByRole('table', { name: 'Service tokens' }).or(page.getByText('No service tokens yet.')).waitFor();
    await review(page, 'service-tokens');

    // By keyboard: a name the graph refuses, beside the name field.
    const name = page.getByLabel('Name of the calling system');
    const lifetime = page.getByLabel('Lifetime in hours');
    await tabTo(page, name);
    await page.keyboard.type('Order Service');
    await page.keyboard.press('Tab');
    expect(await isFocused(lifetime)).toBe(true);
    await expect(lifetime.inputValue()).resolves.toBe('24');
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByRole('button', { name: 'Create service token' }))).toBe(true);
    await page.keyboard.press('Enter');
    await expectInvalid(name);
    const [hint, error] = await descriptionOf(name);
    expect(hint).toBe(NAME_HINT);
    expect(error).toMatch(/\w+ \w+/);
    expect(error).not.toMatch(/BAD_USER_INPUT/);
    expect(await lifetime.getAttribute('aria-invalid')).toBeNull();
    await review(page, 'service-tokens-refused');

    await name.fill(system);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Service token for ${system}` }).waitFor();
    await page.getByText('Copy it now: it is not shown again.').waitFor();
    const field = page.getByLabel('Service token', { exact: true });
    expect(await field.getAttribute('readonly')).not.toBeNull();
    const token = await field.inputValue();
    expect(token.length).toBeGreaterThan(20);
    expect((await descriptionOf(field)).join(' ')).toMatch(/^It expires on /);
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    await review(page, 'service-tokens-created');

    const row = page.getByRole('row').filter({ hasText: system });
    await row.getByText('Active', { exact: true }).waitFor();
    // The calling system may ask authorize with it.
    expect(firstCode(await graphql(app.url, AUTHORIZE, {}, token))).not.toBe('UNAUTHENTICATED');

    // Done forgets it: the page never shows it again.
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('heading', { name: `Service token for ${system}` }).waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(token);

    // Revoking asks first; Cancel changes nothing and gives the focus back.
    const revoke = row.getByRole('button', { name: `Revoke – ${system}` });
    await revoke.focus();
    await page.keyboard.press('Enter');
    const question = page.getByRole('group', { name: `Revoke ${system}? Systems using it are refused at once.` });
    await question.waitFor();
    await expectFocused(question.getByRole('button', { name: 'Yes, revoke' }));
    await review(page, 'service-tokens-revoke-confirm');
    await question.getByRole('button', { name: 'Cancel' }).click();
    await question.waitFor({ state: 'detached' });
    await expectFocused(revoke);
    await row.getByText('Active', { exact: true }).waitFor();

    await page.keyboard.press('Enter');
    await expectFocused(question.getByRole('button', { name: 'Yes, revoke' }));
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: `${system} is revoked: every subgraph refuses it from now on.` })
      .waitFor();
    await row.getByText('Revoked', { exact: true }).waitFor();
    expect(await row.getByRole('button').count()).toBe(0);
    await review(page, 'service-tokens-revoked');

    // Every subgraph learns of it by event, within a moment.
    await eventually('the gateway to refuse the revoked service token', async () => {
      const response = await graphql(app.url, AUTHORIZE, {}, token);
      return firstCode(response) === 'UNAUTHENTICATED' ? response : undefined;
    });

    // A reload reads the same from the graph.
    await page.reload();
    await page.getByRole('row').filter({ hasText: system }).getByText('Revoked', { exact: true }).waitFor();
  });

  it('tells anyone who is not a platform operator whom the page is for', async () => {
    const input = signUpInput(unique('tokens'));
    const signedUp = await graphql(app.url, SIGN_UP, { input });
    expect(signedUp.errors).toBeUndefined();

    const page = await app.newPage();
    await page.goto('/operator/service-tokens');
    await signInIfAsked(page, input.admin.email, input.admin.password);
    await page.getByRole('heading', { name: 'Service tokens', level: 1 }).waitFor();
    await page.getByText('This page is for platform operators.').waitFor();
    expect(await page.getByLabel('Name of the calling system').count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Service tokens' }).count()).toBe(0);
    await review(page, 'service-tokens-not-operator');
  });
});
