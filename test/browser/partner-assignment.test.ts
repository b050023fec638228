import type { Page } from 'playwright-core';
import { ConsoleStack, expectInvalid, review, signInThroughPage, startConsoleStack } from '../support/browser';
import { eventually, graphql, signUpCustomer, unique } from '../support/graphql';
import { mailTo } from '../support/mailbox';
import { activePartner } from '../support/partners';
import { ACCEPT, inviteByEmail } from '../support/relationships';

// signUpCustomer's admin password (support/graphql signUpInput).
const PASSWORD = 'Correct-Horse-42';

describe('the console: the customer assigns one of its users to a partner with the PARTNER role (R2)', () => {
  let app: ConsoleStack;

  beforeAll(async () => {
    app = await startConsoleStack();
  });
  afterAll(async () => {
    await app?.stop();
  });

  async function signedIn(email: string, password: string, path: string): Promise<Page> {
    const page = await app.newPage();
    await page.goto(`/sign-in?next=${encodeURIComponent(path)}`);
    await signInThroughPage(page, email, password);
    return page;
  }

  it('assigns a user, who is emailed; the partner sees the name; then removes the assignment', async () => {
    const partner = await activePartner(app.url);
    const partnerName = partner.enrolment.legalName;
    const customer = await signUpCustomer(app.url);
    const { token } = await inviteByEmail(app.url, partner.token, ['PARTNER'], customer.email);
    const accepted = await graphql(app.url, ACCEPT, { input: { token } }, customer.token);
    if (accepted.errors) throw new Error(accepted.errors[0].message);
    const relationshipId: string = accepted.data.acceptRelationshipRequest.id;
    const email = `${unique('paola')}@example.com`;
    const added = await graphql(
      app.url,
      'mutation($input: AddUserInput!) { addUser(input: $input) { user { id } } }',
      { input: { fullName: 'Paola Rossi', email, roles: ['BILLING_ADMIN'] } },
      customer.token,
    );
    if (added.errors) throw new Error(added.errors[0].message);
    // The relationship subgraph learns of the user by event, as it would long before a person picks them.
    await eventually('the relationship subgraph to know the user', async () => {
      const [row] = await app.stack.relationship.platform.dataSource.query('SELECT user_id FROM user_projection WHERE user_id = ?', [
        added.data.addUser.user.id,
      ]);
      return row;
    });

    const page = await signedIn(customer.email, PASSWORD, '/partners');
    await page.getByRole('link', { name: partnerName }).click();
    await page.getByRole('heading', { name: `Partner: ${partnerName}` }).waitFor();
    await page.getByRole('heading', { name: 'Assigned user' }).waitFor();
    await page.getByRole('definition').filter({ hasText: 'No user assigned yet' }).waitFor();
    const select = page.getByLabel('User to assign');
    await select.locator('option', { hasText: 'Paola Rossi' }).waitFor({ state: 'attached' });
    await review(page, 'r2-partner-assignment-none');

    // Nothing chosen: the sentence beside the field.
    await page.getByRole('button', { name: 'Assign user' }).click();
    await expectInvalid(select);
    await page.getByText('Choose the user to assign.').waitFor();

    // By keyboard: focus the select, pick Paola, press Enter on the button.
    await select.focus();
    await select.selectOption({ label: `Paola Rossi (${email})` });
    await page.getByRole('button', { name: 'Assign user' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Paola Rossi is now assigned to work with' }).waitFor();
    await page
      .getByRole('definition')
      .filter({ hasText: `Paola Rossi (${email})` })
      .waitFor();
    await review(page, 'r2-partner-assignment-assigned');

    const mail = await eventually('the email to the assigned user', async () =>
      (await mailTo(email)).find((each) => each.subject === `${customer.name} assigned you to work with ${partnerName}`),
    );
    expect(mail.text).toContain('Hello Paola Rossi,');

    // The partner's view of the customer names the contact (enrollment learns of the assignment by event).
    const partnerPage = await signedIn(partner.admin.email, partner.admin.password, `/customers/${relationshipId}`);
    await partnerPage.getByRole('heading', { name: 'Customer details' }).waitFor();
    await eventually(
      'the partner to see the assigned contact',
      async () => {
        if ((await partnerPage.getByRole('definition').filter({ hasText: 'Paola Rossi' }).count()) > 0) return true;
        await partnerPage.reload();
        await partnerPage.getByRole('heading', { name: 'Customer details' }).waitFor();
        return undefined;
      },
      20000,
      500,
    );
    await review(partnerPage, 'r2-partner-sees-assigned-contact');

    await page.getByRole('button', { name: 'Remove assignment' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `No user is assigned to ${partnerName} any more.` })
      .waitFor();
    await page.getByRole('definition').filter({ hasText: 'No user assigned yet' }).waitFor();
    await eventually('the email that the assignment ended', async () =>
      (await mailTo(email)).find((each) => each.subject === `You no longer work with ${partnerName} for ${customer.name}`),
    );
  });
});
