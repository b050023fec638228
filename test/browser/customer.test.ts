import type { Page } from 'playwright-core';
import { ConsoleStack, linkInMail, review, signInIfAsked, signInThroughPage, startConsoleStack, expectInvalid } from '../support/browser';
import { OPERATOR } from '../support/stack';
import { eventually, graphql, signUpCustomer, unique } from '../support/graphql';
import { mailTo } from '../support/mailbox';
import { activePartner } from '../support/partners';
import { ACCEPT, inviteByEmail } from '../support/relationships';

// signUpCustomer's admin password (support/graphql signUpInput).
const PASSWORD = 'Correct-Horse-42';

type Partner = Awaited<ReturnType<typeof activePartner>>;
type Customer = Awaited<ReturnType<typeof signUpCustomer>>;

async function isFocused(page: Page, role: 'button' | 'checkbox' | 'link' | 'textbox', name: string | RegExp): Promise<boolean> {
  return page
    .getByRole('main')
    .getByRole(role, { name })
    .evaluate((element) => element === document.activeElement);
}

/** Presses Tab until the control has the focus, as a keyboard user walks a page. */
async function tabTo(page: Page, role: 'button' | 'checkbox' | 'link' | 'textbox', name: string | RegExp): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    if (await isFocused(page, role, name)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the ${role} ${String(name)}`);
}

describe('the customer side of the console: invitations, partners, agreement, directory (R1, R3–R7)', () => {
  let app: ConsoleStack;
  let partner: Partner;
  let second: Partner;
  let keyword: string;

  beforeAll(async () => {
    app = await startConsoleStack();
    [partner, second] = await Promise.all([activePartner(app.url), activePartner(app.url)]);
    keyword = unique('kw').toLowerCase();
    for (const [index, each] of [partner, second].entries()) {
      const profile = await graphql(
        app.url,
        'mutation($input: UpdateBusinessProfileInput!) { updateBusinessProfile(input: $input) { id } }',
        {
          input: {
            description: `Cloud migrations and managed services, team ${index + 1}.`,
            city: 'Seattle',
            country: 'US',
            organizationSizes: ['SMALL', 'MEDIUM'],
            keywords: [keyword, 'migration'],
          },
        },
        each.token,
      );
      if (profile.errors) throw new Error(profile.errors[0].message);
    }
  }, 90000);
  afterAll(async () => {
    await app?.stop();
  });

  /** A customer that already accepted an invitation of `partner` through the API, with these roles. */
  async function customerWith(roles: string[]): Promise<Customer> {
    const customer = await signUpCustomer(app.url);
    const { token } = await inviteByEmail(app.url, partner.token, roles, customer.email);
    const current = await graphql(app.url, '{ currentAgreement(type: CUSTOMER_AGREEMENT) { id } }', {}, customer.token);
    const acceptAgreement = roles.includes('RESELLER') ? { templateId: current.data.currentAgreement.id, confirmRead: true } : undefined;
    const accepted = await graphql(app.url, ACCEPT, { input: { token, acceptAgreement } }, customer.token);
    if (accepted.errors) throw new Error(accepted.errors[0].message);
    return customer;
  }

  it('R3: opens the emailed invitation, signs in, is refused without the box, accepts & authorizes, sees the partner', async () => {
    const customer = await signUpCustomer(app.url);
    await inviteByEmail(app.url, partner.token, ['RESELLER', 'DELEGATED_ADMIN'], customer.email);
    const link = await linkInMail(customer.email, '/invitations/accept');

    const page = await app.newPage();
    await page.goto(link);
    await page.waitForURL(/\/sign-in\?next=/);
    await review(page, 'r3-sign-in');
    await signInThroughPage(page, customer.email, PASSWORD);
    await page.getByRole('heading', { name: 'Accept agreement & authorize partner' }).waitFor();
    await page.getByText(partner.enrolment.legalName).first().waitFor();
    await page.getByText(/^Reseller:/).waitFor();
    await page.getByText(/^Delegated admin:/).waitFor();
    const document = page.getByRole('main').getByRole('link', { name: /Customer Agreement/ });
    expect(await document.getAttribute('target')).toBe('_blank');
    await review(page, 'r3-invitation');

    await page.getByRole('button', { name: 'Accept & authorize' }).click();
    await page.getByText('Confirm that you have read the Customer Agreement before accepting it.').waitFor();
    const box = page.getByRole('checkbox', { name: /^I have read/ });
    await expectInvalid(box);
    await review(page, 'r3-refused');

    await box.check();
    await page.getByRole('button', { name: 'Accept & authorize' }).click();
    await page.getByRole('heading', { name: 'Partner relationships' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/partners');
    await page
      .getByRole('status')
      .filter({ hasText: `You accepted the invitation from ${partner.enrolment.legalName}` })
      .waitFor();
    const row = page.getByRole('row', { name: new RegExp(partner.enrolment.legalName) });
    await row.getByText('Reseller, Delegated admin').waitFor();
    await review(page, 'r3-partners');

    // The partner's details open from its row.
    await row.getByRole('link', { name: partner.enrolment.legalName }).click();
    await page.getByRole('heading', { name: `Partner: ${partner.enrolment.legalName}` }).waitFor();
    await review(page, 'r3-partner-details');
  });

  it('R3 by keyboard only: Tab, Space and Enter from the emailed link to the partner list', async () => {
    const customer = await signUpCustomer(app.url);
    await inviteByEmail(app.url, second.token, ['RESELLER', 'DELEGATED_ADMIN'], customer.email);
    const link = await linkInMail(customer.email, '/invitations/accept');

    const page = await app.newPage();
    await page.goto(link);
    await page.waitForURL(/\/sign-in\?next=/);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await tabTo(page, 'textbox', 'Email');
    await page.keyboard.type(customer.email);
    await page.keyboard.press('Tab');
    expect(await page.getByLabel('Password').evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Accept agreement & authorize partner' }).waitFor();
    await review(page, 'r3-keyboard-invitation');

    await tabTo(page, 'link', /Customer Agreement/);
    await page.keyboard.press('Tab');
    expect(await isFocused(page, 'checkbox', /^I have read/)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await isFocused(page, 'button', 'Accept & authorize')).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText('Confirm that you have read the Customer Agreement before accepting it.').waitFor();
    await page.keyboard.press('Shift+Tab');
    expect(await isFocused(page, 'checkbox', /^I have read/)).toBe(true);
    await page.keyboard.press('Space');
    expect(await page.getByRole('checkbox', { name: /^I have read/ }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Partner relationships' }).waitFor();
    await page.getByRole('row', { name: new RegExp(second.enrolment.legalName) }).waitFor();
    await review(page, 'r3-keyboard-partners');
  });

  it('R5: declines an invitation that asks for delegated admin, and the link then says so', async () => {
    const customer = await signUpCustomer(app.url);
    await inviteByEmail(app.url, partner.token, ['DELEGATED_ADMIN'], customer.email);
    const link = await linkInMail(customer.email, '/invitations/accept');

    const page = await app.newPage();
    await page.goto(link);
    await page.waitForURL(/\/sign-in\?next=/);
    await signInThroughPage(page, customer.email, PASSWORD);
    await page.getByRole('heading', { name: 'Accept partner invitation' }).waitFor();
    // No agreement to read (no reseller role): the one checkbox is the admin role asked by default (B1).
    expect(await page.getByRole('checkbox', { name: /^I have read/ }).count()).toBe(0);
    expect(await page.getByRole('checkbox').count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: 'Global administrator' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Accept', exact: true }).waitFor();
    await review(page, 'r5-invitation');
    await page.getByRole('button', { name: 'Decline', exact: true }).click();
    await page.getByText('Decline this invitation?').waitFor();
    await review(page, 'r5-confirm');
    await page.getByRole('button', { name: 'Yes, decline' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `You declined the invitation from ${partner.enrolment.legalName}` })
      .waitFor();
    await review(page, 'r5-declined');

    await page.goto(link);
    await page.getByRole('alert').filter({ hasText: 'This invitation was declined' }).waitFor();
    await review(page, 'r5-link-again');
  });

  it('shows what happened and what to do for a broken link or none', async () => {
    const customer = await signUpCustomer(app.url);
    const page = await app.newPage();
    await page.goto('/invitations/accept?token=garbage');
    await page.waitForURL(/\/sign-in\?next=/);
    await signInThroughPage(page, customer.email, PASSWORD);
    await page.getByRole('alert').filter({ hasText: 'This invitation link is not valid' }).waitFor();
    await page.getByText('ask the partner for a new invitation').waitFor();
    await review(page, 'invitation-broken-link');
    await page.goto('/invitations/accept');
    await page.getByRole('alert').filter({ hasText: 'This address does not hold an invitation' }).waitFor();
  });

  it('R6 then R7: removes the admin roles (the relationship stays), and is told to contact the partner to delete a reseller', async () => {
    const customer = await customerWith(['RESELLER', 'DELEGATED_ADMIN']);
    const page = await app.newPage();
    await page.goto('/partners');
    await page.waitForURL(/\/sign-in\?next=/);
    await signInThroughPage(page, customer.email, PASSWORD);
    await page.getByRole('heading', { name: 'Partner relationships' }).waitFor();
    await page.getByRole('link', { name: partner.enrolment.legalName }).click();
    await page.getByRole('heading', { name: `Partner: ${partner.enrolment.legalName}` }).waitFor();

    await page.getByRole('button', { name: 'Remove admin roles' }).click();
    await review(page, 'r6-confirm');
    await page.getByRole('button', { name: 'Yes, remove' }).click();
    await page.getByRole('status').filter({ hasText: 'were removed. The relationship stays.' }).waitFor();
    await eventually('the admin roles to be gone from the page', async () =>
      (await page.getByRole('button', { name: 'Remove admin roles' }).count()) === 0 ? true : undefined,
    );
    await page
      .getByRole('definition')
      .filter({ hasText: /^Reseller$/ })
      .waitFor();
    await review(page, 'r6-removed');

    await page.getByRole('button', { name: 'Delete partner' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await page.getByRole('alert').filter({ hasText: 'Contact the partner to end it.' }).waitFor();
    await review(page, 'r7-refused');
    // Still a partner.
    await page.getByRole('link', { name: 'Back to partner relationships' }).click();
    await page.getByRole('row', { name: new RegExp(partner.enrolment.legalName) }).waitFor();
  });

  it('R6: removes the delegated admin of a delegated-admin-only partner, which stays listed with no roles on both sides and can still be deleted', async () => {
    const own = await activePartner(app.url);
    const customer = await signUpCustomer(app.url);
    const { token } = await inviteByEmail(app.url, own.token, ['DELEGATED_ADMIN'], customer.email);
    const accepted = await graphql(app.url, ACCEPT, { input: { token } }, customer.token);
    if (accepted.errors) throw new Error(accepted.errors[0].message);

    const page = await app.newPage();
    await page.goto('/partners');
    await page.waitForURL(/\/sign-in\?next=/);
    await signInThroughPage(page, customer.email, PASSWORD);
    await page.getByRole('link', { name: own.enrolment.legalName }).click();
    await page.getByRole('button', { name: 'Remove admin roles' }).click();
    await page.getByRole('button', { name: 'Yes, remove' }).click();
    await page.getByRole('status').filter({ hasText: 'were removed. The relationship stays.' }).waitFor();
    await page
      .getByRole('definition')
      .filter({ hasText: /^No roles$/ })
      .waitFor();
    await page
      .getByRole('definition')
      .filter({ hasText: /^Active$/ })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Remove admin roles' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Delete partner' }).waitFor();
    await review(page, 'r6-no-roles');
    await page.getByRole('link', { name: 'Back to partner relationships' }).click();
    await page
      .getByRole('row', { name: new RegExp(own.enrolment.legalName) })
      .getByRole('cell', { name: 'No roles' })
      .waitFor();

    // The partner still has the customer, with no roles.
    const partnerPage = await app.newPage();
    await partnerPage.goto('/customers');
    await partnerPage.waitForURL(/\/sign-in\?next=/);
    await signInThroughPage(partnerPage, own.admin.email, own.admin.password);
    const row = partnerPage.getByRole('row', { name: new RegExp(customer.name) });
    await row.getByRole('cell', { name: 'No roles' }).waitFor();
    await row.getByRole('link', { name: customer.name }).click();
    await partnerPage
      .getByRole('definition')
      .filter({ hasText: /^No roles$/ })
      .waitFor();
    await partnerPage.getByText('The relationship has no roles, so it grants no permission').waitFor();
    await review(partnerPage, 'r6-partner-no-roles');

    // R7: the customer may still delete it.
    await page.getByRole('link', { name: own.enrolment.legalName }).click();
    await page.getByRole('button', { name: 'Delete partner' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `The relationship with ${own.enrolment.legalName} was deleted.` })
      .waitFor();
  });

  it('R7: deletes a delegated-admin-only relationship', async () => {
    const customer = await customerWith(['DELEGATED_ADMIN']);
    const page = await app.newPage();
    await page.goto('/partners');
    await page.waitForURL(/\/sign-in\?next=/);
    await signInThroughPage(page, customer.email, PASSWORD);
    await page.getByRole('link', { name: partner.enrolment.legalName }).click();
    await page.getByRole('button', { name: 'Delete partner' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `The relationship with ${partner.enrolment.legalName} was deleted.` })
      .waitFor();
    await page.getByText('You have no partners yet.').waitFor();
    await review(page, 'r7-deleted');
  });

  it('R4: a customer with a reseller but without the current Customer Agreement accepts it', async () => {
    // A delegated admin accepted without the agreement, then a reseller role added by a second invitation needs it.
    const customer = await customerWith(['DELEGATED_ADMIN']);
    const page = await app.newPage();
    await page.goto('/partners');
    await page.waitForURL(/\/sign-in\?next=/);
    await signInThroughPage(page, customer.email, PASSWORD);
    await page.getByRole('heading', { name: 'Partner relationships' }).waitFor();
    await page.getByText('has not accepted the current Customer Agreement').waitFor();
    await review(page, 'r4-notice');
    await page.getByRole('main').getByRole('link', { name: 'Accept the Customer Agreement' }).click();
    await page.getByRole('heading', { name: 'Customer Agreement', level: 1 }).waitFor();
    expect(
      await page
        .getByRole('main')
        .getByRole('link', { name: /Customer Agreement/ })
        .getAttribute('target'),
    ).toBe('_blank');
    await page.getByRole('button', { name: 'Accept', exact: true }).click();
    await page.getByText('Confirm that you have read the Customer Agreement before accepting it.').waitFor();
    await review(page, 'r4-refused');
    await page.getByRole('checkbox', { name: /^I have read/ }).check();
    await page.getByRole('button', { name: 'Accept', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'You accepted the Customer Agreement' }).waitFor();
    await review(page, 'r4-accepted');
    await page.reload();
    await page
      .getByRole('status')
      .filter({ hasText: /accepted version .* of the Customer Agreement on/ })
      .waitFor();
    await page.getByRole('link', { name: 'Go to your partner relationships' }).click();
    await page.getByRole('row', { name: new RegExp(partner.enrolment.legalName) }).waitFor();
  });

  it('R1: searches the directory by keyword, contacts both partners, and each receives the lead', async () => {
    const customer = await signUpCustomer(app.url);
    const page = await app.newPage();
    await page.goto('/find-a-partner');
    await page.waitForURL(/\/sign-in\?next=/);
    await signInThroughPage(page, customer.email, PASSWORD);
    await page.getByRole('heading', { name: 'Find a partner', level: 1 }).waitFor();
    expect(await page.getByLabel('Country').inputValue()).toBe('');
    await page.getByLabel('Country').selectOption('US');
    await page.getByLabel('City').fill('Seattle');
    await page.getByLabel('Organisation size').selectOption('MEDIUM');
    await page.getByLabel('Keywords').fill(keyword);
    await review(page, 'r1-search');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('2 partners match.').waitFor();

    // Nothing picked: the refusal beside the results.
    await page.getByRole('button', { name: 'Contact selected providers' }).click();
    await page.getByText('Pick at least one partner to contact.').waitFor();
    await review(page, 'r1-none-selected');

    await page.getByRole('checkbox', { name: partner.enrolment.legalName }).check();
    await page.getByRole('checkbox', { name: second.enrolment.legalName }).check();
    expect(await page.getByLabel('Contact email').inputValue()).toBe(customer.email);
    const need = `We need ${keyword} help to move 200 mailboxes to the cloud by spring.`;
    await page.getByLabel('Describe your business need').fill('Too short');
    await page.getByRole('button', { name: 'Contact selected providers' }).click();
    await expectInvalid(page.getByLabel('Describe your business need'));
    await page.getByLabel('Describe your business need').fill(need);
    await page.getByRole('button', { name: 'Contact selected providers' }).click();
    await page.getByRole('status').filter({ hasText: 'Your request was sent to 2 partners' }).waitFor();
    await review(page, 'r1-sent');

    for (const each of [partner, second]) {
      await eventually(`the lead email to ${each.enrolment.primaryContact.email}`, async () =>
        (await mailTo(each.enrolment.primaryContact.email)).some((mail) => mail.text.includes(keyword) && mail.text.includes(customer.email))
          ? true
          : undefined,
      );
    }
  });

  // Last in this file: it makes a new Customer Agreement version current for the tests' stack.
  it('R4: the operator publishes a version with a reacceptance deadline; a customer of an earlier one reads until when, then accepts it', async () => {
    const customer = await customerWith(['RESELLER']);
    const operator = await app.newPage();
    await operator.goto('/operator/agreements');
    await signInIfAsked(operator, OPERATOR.email, OPERATOR.password);
    await operator.getByRole('table', { name: 'Versions of the Customer Agreement' }).waitFor();
    const version = `8.${Date.now()}`;
    await operator.getByLabel('Version', { exact: true }).fill(version);
    await operator.getByLabel('Document URL', { exact: true }).fill(`https://channelgraph.example/agreements/customer-agreement/${version}/en`);
    const deadline = operator.getByLabel('Reacceptance deadline', { exact: true });
    await deadline.fill('2020-01-01');
    await operator.getByRole('button', { name: 'Publish version' }).click();
    await operator.getByText('The reacceptance deadline must be in the future').waitFor();
    await expectInvalid(deadline);
    await review(operator, 'agreements-deadline-refused');
    const day = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    await deadline.fill(day);
    await operator.getByRole('button', { name: 'Publish version' }).click();
    await operator.getByText(`Version ${version} of the Customer Agreement is published and now current.`).waitFor();
    const row = operator.getByRole('row').filter({ hasText: version });
    await row.getByText('Current', { exact: true }).waitFor();
    await review(operator, 'agreements-deadline-published');

    const page = await app.newPage();
    await page.goto('/agreements/accept');
    await signInIfAsked(page, customer.email, PASSWORD);
    const notice = page.getByText(/accepted an earlier version, which still counts until .*: until then your resellers can go on buying for you/);
    await notice.waitFor();
    expect(await notice.textContent()).toContain(`Accept version ${version} by`);
    await review(page, 'r4-deadline');
    await page.getByRole('checkbox', { name: /^I have read/ }).check();
    await page.getByRole('button', { name: 'Accept', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `You accepted the Customer Agreement (version ${version})` })
      .waitFor();
    const [mail] = await eventually('the email announcing the version with its date', async () => {
      const mails = (await mailTo(customer.email)).filter((each) => each.subject.startsWith(`Accept version ${version} of the Customer Agreement by`));
      return mails.length > 0 ? mails : undefined;
    });
    expect(mail.text).toContain('until then your partners can go on purchasing');
  });
});
