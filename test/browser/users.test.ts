import type { Page } from 'playwright-core';
import { ConsoleStack, review, signInThroughPage, startConsoleStack, expectInvalid } from '../support/browser';
import { graphql } from '../support/graphql';
import { activePartner } from '../support/partners';

describe('the console: users, notifications and the GraphQL explorer (R11, R12, C5)', () => {
  let app: ConsoleStack;
  let partner: Awaited<ReturnType<typeof activePartner>>;
  let admin: Page;

  beforeAll(async () => {
    app = await startConsoleStack();
    partner = await activePartner(app.url);
    admin = await app.newPage();
    await admin.goto('/sign-in?next=/settings/users');
    await signInThroughPage(admin, partner.admin.email, partner.admin.password);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('adds a user with a temporary password shown once, who changes it at first sign-in; then changes their roles and removes them', async () => {
    const page = admin;
    await page.getByRole('heading', { name: 'User management', level: 1 }).waitFor();
    await page.getByRole('row', { name: new RegExp(partner.admin.fullName) }).waitFor();
    await review(page, 'users-list');

    // An address that already has an account: the graph's sentence, beside Email.
    await page.getByRole('button', { name: 'Add user' }).click();
    await page.getByRole('heading', { name: 'Add a user' }).waitFor();
    const fullName = 'Sam Sales';
    await page.getByLabel('Full name').fill(fullName);
    await page.getByLabel('Email', { exact: true }).fill(partner.admin.email);
    await page.getByRole('checkbox', { name: 'Sales agent' }).check();
    await page.getByRole('button', { name: 'Add user' }).click();
    await page.getByText('This email address already has an account on the platform.').waitFor();
    await expectInvalid(page.getByLabel('Email', { exact: true }));
    await review(page, 'users-add-taken');

    const email = `sam.sales@${partner.admin.email.split('@')[1]}`;
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByRole('button', { name: 'Add user' }).click();
    await page.getByRole('heading', { name: `User added: ${fullName}` }).waitFor();
    await page.getByText('This password will not be shown again').waitFor();
    await page.getByText('must change it at their first sign-in').waitFor();
    const temporary = (await page.getByLabel(`Temporary password of ${fullName}`).textContent())!.trim();
    expect(temporary).toMatch(/^\S{6}-\S{6}-\S{6}$/);
    await review(page, 'users-added-password');
    await page.getByRole('button', { name: 'Done' }).click();
    const row = page.getByRole('row', { name: new RegExp(fullName) });
    await row.waitFor();
    await row.filter({ hasText: 'Sales agent' }).waitFor();
    expect(await page.content()).not.toContain(temporary);

    // The new user, on their own device: the temporary password only opens the password change.
    const newcomer = await app.newPage();
    await newcomer.goto('/sign-in');
    await newcomer.getByLabel('Email').fill(email);
    await newcomer.getByLabel('Password', { exact: true }).fill(temporary);
    await newcomer.getByRole('button', { name: 'Sign in' }).click();
    await newcomer.getByRole('heading', { name: 'Change your password' }).waitFor();
    await expect(newcomer.getByLabel('Current password').inputValue()).resolves.toBe(temporary);
    await review(newcomer, 'users-first-sign-in');
    await newcomer.getByLabel('New password').fill('Sam-Chooses-A-Long-One-7');
    await newcomer.getByRole('button', { name: 'Change password' }).click();
    await newcomer.getByRole('heading', { name: 'Change your password' }).waitFor({ state: 'detached' });
    await newcomer.getByText(`Signed in as ${fullName}`).waitFor();

    // One agent role at most: the graph's refusal beside the roles, then a valid change.
    await row.getByRole('button', { name: 'Change roles' }).click();
    await page.getByRole('heading', { name: `Roles of ${fullName}` }).waitFor();
    await page.getByRole('checkbox', { name: 'Helpdesk agent' }).check();
    await page.getByRole('button', { name: 'Save roles' }).click();
    await page.getByText('Pick one agent role').waitFor();
    await review(page, 'users-roles-refused');
    await page.getByRole('checkbox', { name: 'Sales agent' }).uncheck();
    await page.getByRole('checkbox', { name: 'Billing admin' }).check();
    await page.getByRole('button', { name: 'Save roles' }).click();
    await page.getByText(`The roles of ${fullName} are saved.`).waitFor();
    await row.filter({ hasText: 'Helpdesk agent, Billing admin' }).waitFor();

    // Nobody removes themselves.
    await page
      .getByRole('row', { name: new RegExp(partner.admin.fullName) })
      .getByRole('button', { name: 'Remove' })
      .click();
    await page.getByRole('button', { name: 'Remove user' }).click();
    await page.getByText('You cannot remove yourself').waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();

    await row.getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('heading', { name: `Remove ${fullName}?` }).waitFor();
    await review(page, 'users-remove-confirm');
    await page.getByRole('button', { name: 'Remove user' }).click();
    await page.getByText(`${fullName} was removed.`).waitFor();
    await row.waitFor({ state: 'detached' });
    await review(page, 'users-removed');
  });

  /** A user of the partner with only these roles (added through the graph), signed in on a page of their own. */
  async function signedInWith(roles: string[], name: string): Promise<Page> {
    const email = `${name.toLowerCase().replace(/\s+/g, '.')}@${partner.admin.email.split('@')[1]}`;
    const added = await graphql(
      app.url,
      'mutation($input: AddUserInput!) { addUser(input: $input) { temporaryPassword } }',
      { input: { fullName: name, email, roles } },
      partner.token,
    );
    expect(added.errors).toBeUndefined();
    const page = await app.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(added.data.addUser.temporaryPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Change your password' }).waitFor();
    await page.getByLabel('New password').fill('Roles-Decide-What-I-See-3');
    await page.getByRole('button', { name: 'Change password' }).click();
    // "Signed in as" shows already with the temporary sign-in; the console holds the new token once it leaves this form.
    await page.getByRole('heading', { name: 'Change your password' }).waitFor({ state: 'detached' });
    await page.getByText(`Signed in as ${name}`).waitFor();
    return page;
  }

  /** The side navigation's links. It is drawn once the console knows who is signed in, after the page itself; its last link (the explorer) is everyone's. */
  const navigation = async (page: Page) => {
    const main = page.getByRole('navigation', { name: 'Main' });
    await main.getByRole('link', { name: 'GraphQL explorer' }).waitFor();
    return (await main.getByRole('link').allTextContents()).map((text) => text.trim());
  };

  it('shows each person only what their roles may use (R12): a helpdesk agent, a user-management admin', async () => {
    const helpdesk = await signedInWith(['HELPDESK_AGENT'], 'Hana Helpdesk');
    await helpdesk.goto('/customers');
    await helpdesk.getByRole('heading', { name: 'Customers', level: 1 }).waitFor();
    await helpdesk.getByRole('button', { name: 'Search' }).waitFor();
    expect(await navigation(helpdesk)).toEqual([
      'Customers',
      'Expiring admin access',
      'Indirect providers',
      'Partner enrolment',
      'Notifications',
      'GraphQL explorer',
    ]);
    // Sees the customers, and no way to invite one.
    expect(await helpdesk.getByRole('button', { name: 'Request a reseller relationship' }).count()).toBe(0);
    await review(helpdesk, 'roles-helpdesk-customers');

    const userAdmin = await signedInWith(['USER_MANAGEMENT_ADMIN'], 'Uma Users');
    expect(await navigation(userAdmin)).toEqual(['User management', 'Partner enrolment', 'GraphQL explorer']);
    await review(userAdmin, 'roles-user-admin-home');
    await helpdesk.close();
    await userAdmin.close();
  });

  it('lists the emails of the partner’s organisation, reads one, and filters them', async () => {
    const page = admin;
    await page.getByRole('link', { name: 'Notifications' }).click();
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    const table = page.getByRole('table', { name: 'Emails' });
    // The approval email is written by an event consumer: it may take a moment to be listed.
    for (let attempt = 0; ; attempt += 1) {
      try {
        await table.getByRole('cell', { name: 'Partner approved' }).first().waitFor({ timeout: 2000 });
        break;
      } catch (error) {
        if (attempt > 8) throw error;
        await page.reload();
      }
    }
    expect(await table.getByRole('row').count()).toBeGreaterThan(2);
    await review(page, 'notifications-list');

    const welcome = table
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: 'Welcome', exact: true }) })
      .first();
    await welcome.locator('summary').click();
    await expect(welcome.getByRole('group').textContent()).resolves.toContain('now has a channelgraph work account');
    await review(page, 'notifications-read');

    await page.getByLabel('Kind').selectOption({ label: 'Partner approved' });
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await table.getByRole('cell', { name: 'Welcome', exact: true }).waitFor({ state: 'detached' });
    expect(await table.getByRole('row').count()).toBe(2);
    await page.getByLabel('Kind').selectOption('');
    await page.getByLabel('Status').selectOption({ label: 'Failed' });
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await page.getByText('No emails match these filters.').waitFor();
    await review(page, 'notifications-empty');
  });

  it('runs a query in the GraphQL explorer as the signed-in user', async () => {
    const page = admin;
    await page.getByRole('link', { name: 'GraphQL explorer' }).click();
    await page.getByRole('heading', { name: 'GraphQL explorer', level: 1 }).waitFor();
    await page.getByLabel('Query', { exact: true }).fill('{ me { email } }');
    await page.getByRole('button', { name: 'Run' }).click();
    await page.locator('pre').getByText(partner.admin.email).waitFor();
    await review(page, 'explorer-result');
  });
});
