import { signUpInput, unique } from '../support/graphql';
import { ConsoleStack, review, signInThroughPage, startConsoleStack, expectInvalid } from '../support/browser';

describe('the console: served by the gateway, signing in and out (C1, C5)', () => {
  let app: ConsoleStack;
  beforeAll(async () => {
    app = await startConsoleStack();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('serves the app with a strict Content-Security-Policy and falls back to it for unknown paths', async () => {
    const index = await fetch(`${app.origin}/`);
    expect(index.status).toBe(200);
    const csp = index.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await index.text();
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    const deep = await fetch(`${app.origin}/invitations/accept?token=abc`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toBe(html);
    // The gateway's own paths keep their answers.
    expect((await fetch(`${app.origin}/healthz`)).status).toBe(200);
  });

  it('creates a work account, signs out, and signs in again', async () => {
    const page = await app.newPage();
    await page.goto('/');
    await page.getByRole('heading', { name: 'Welcome to channelgraph' }).waitFor();
    await review(page, 'welcome');
    await page.getByRole('link', { name: 'Create a work account' }).click();
    await page.getByRole('heading', { name: 'Create a work account' }).waitFor();

    const input = signUpInput(unique('web'));
    await page.getByLabel('Organisation name').fill(input.displayName);
    await page.getByLabel('Domain').fill(input.domain);
    await page.getByLabel('Country').selectOption('US');
    await page.getByLabel('Full name').fill(input.admin.fullName);
    await page.getByLabel('Email').fill(input.admin.email);
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    // The graph's refusal, beside its field.
    const password = page.getByLabel('Password');
    await expectInvalid(password);
    await review(page, 'sign-up-refused');
    await password.fill(input.admin.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.getByText(`Signed in as ${input.admin.fullName}`).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You are signed out.').waitFor();
    await review(page, 'sign-in');
    await signInThroughPage(page, input.admin.email, input.admin.password);
    await page.getByText(`Signed in as ${input.admin.fullName}`).waitFor();
    // Never in localStorage.
    expect(await page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.includes('token')))).toEqual([]);
  });

  it('sends a signed-out person to sign in and back to the same link', async () => {
    const input = signUpInput(unique('web'));
    const page = await app.newPage();
    await page.goto('/sign-up');
    await page.getByLabel('Organisation name').fill(input.displayName);
    await page.getByLabel('Domain').fill(input.domain);
    await page.getByLabel('Country').selectOption('US');
    await page.getByLabel('Full name').fill(input.admin.fullName);
    await page.getByLabel('Email').fill(input.admin.email);
    await page.getByLabel('Password').fill(input.admin.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();

    const fresh = await app.newPage();
    await fresh.goto('/notifications?from=email');
    await fresh.waitForURL(/\/sign-in\?next=/);
    await signInThroughPage(fresh, input.admin.email, input.admin.password);
    expect(new URL(fresh.url()).pathname + new URL(fresh.url()).search).toBe('/notifications?from=email');
  });

  it('says why when the sign-in has ended, and shows a page for unknown paths', async () => {
    const page = await app.newPage();
    await page.goto('/');
    await page.evaluate(() => window.sessionStorage.setItem('channelgraph.token', 'not-a-token'));
    await page.goto('/notifications');
    await page.getByText('Your sign-in has ended').waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.goto('/no/such/page');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await review(page, 'not-found');
  });

  it('switches to Italian and remembers it', async () => {
    const page = await app.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('Language').selectOption('it');
    await page.getByRole('heading', { name: 'Accedi' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('it');
    await page.reload();
    await page.getByRole('heading', { name: 'Accedi' }).waitFor();
    await review(page, 'sign-in-it');
  });
});
