import type { Page } from 'playwright-core';
import { ConsoleStack, expectInvalid, linkInMail, review, signInIfAsked, startConsoleStack } from '../support/browser';
import { eventually, graphql, SIGN_UP, signUpInput, unique } from '../support/graphql';
import { mailTo } from '../support/mailbox';
import { activePartner, ENROLL, enrolmentInput, registerMpnProfile, verificationTokenFrom } from '../support/partners';
import { OPERATOR } from '../support/stack';

/** The operator's row for an application, paging on when it is not on the first page. */
async function applicationRow(page: Page, legalName: string) {
  const row = page.getByRole('row').filter({ hasText: legalName });
  await page.getByRole('table', { name: 'Enrolment applications' }).waitFor();
  // Right after a filter change the table may still show the previous list: give the new one a moment first.
  await row
    .first()
    .waitFor({ timeout: 3000 })
    .catch(() => undefined);
  for (let pages = 0; (await row.count()) === 0 && pages < 50; pages += 1) {
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.waitForLoadState('networkidle');
  }
  await row.waitFor();
  return row;
}

async function signUpTenant(app: ConsoleStack) {
  const name = unique('enrol');
  const input = signUpInput(name);
  const { data } = await graphql(app.url, SIGN_UP, { input });
  return { name, admin: input.admin, token: data.signUp.token as string };
}

describe('enrolment: apply, verify the contact, operator review (R9, R10, R11)', () => {
  let app: ConsoleStack;
  beforeAll(async () => {
    app = await startConsoleStack();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('a global admin enrols on /enroll, the primary contact verifies from the email, the operator approves', async () => {
    const tenant = await signUpTenant(app);
    const mpnId = await registerMpnProfile(app.url, 'US');
    const legalName = `${tenant.name} Ltd`;
    const contactEmail = `pat@${tenant.name}.example.com`;

    const admin = await app.newPage();
    await admin.goto('/enroll');
    await signInIfAsked(admin, tenant.admin.email, tenant.admin.password);
    await admin.getByRole('heading', { name: 'Partner enrolment', level: 1 }).waitFor();
    await admin.getByRole('radio', { name: 'Indirect reseller' }).check();
    await admin.getByLabel('MPN ID').fill(mpnId);
    await admin.getByLabel('Legal business name').fill(legalName);
    await admin.getByLabel('Address line 1').fill('1 Partner Way');
    await admin.getByLabel('City').fill('Seattle');
    await admin.getByLabel('State or region (optional)').fill('WA');
    await admin.getByLabel('Postal code').fill('98101');
    await admin.getByLabel('Country').selectOption('US');
    await admin.getByLabel('First name').fill('Pat');
    await admin.getByLabel('Last name').fill('Primary');
    await admin.getByLabel('Email', { exact: true }).fill(`pat.${tenant.name}@gmail.com`);
    await admin.getByLabel('Phone', { exact: true }).fill('+1 206 555 0100');
    await admin.getByLabel('Support email').fill(`support@${tenant.name}.example.com`);
    await admin.getByLabel('Support phone').fill('+1 206 555 0199');
    await admin.getByLabel('Support website').fill(`https://${tenant.name}.example.com/support`);
    await review(admin, 'enrol-form');
    await admin.getByRole('button', { name: 'Enroll now' }).click();
    // Web-mail is refused beside the primary contact's email field.
    const email = admin.getByLabel('Email', { exact: true });
    await admin.getByText('web-mail addresses (gmail.com, outlook.com, …) are not accepted').waitFor();
    await expectInvalid(email);
    await review(admin, 'enrol-refused');
    await email.fill(contactEmail);
    await admin.getByRole('button', { name: 'Enroll now' }).click();
    await admin.getByText('Email verification pending').waitFor();
    await admin.getByText(`We emailed a verification link to the primary contact, ${contactEmail}`).waitFor();
    await review(admin, 'enrol-pending');

    // The primary contact has no account: the link alone, in a fresh browser.
    const link = await linkInMail(contactEmail, '/verify-contact');
    const contact = await app.newPage();
    await contact.goto(link);
    await contact.getByRole('heading', { name: 'Verify your email address' }).waitFor();
    await review(contact, 'verify-contact');
    await contact.getByRole('button', { name: 'Verify my email address' }).click();
    await contact.getByRole('heading', { name: 'Your email address is verified' }).waitFor();
    await contact.getByText(`The application of ${legalName} is now in review`).waitFor();
    await review(contact, 'verify-contact-done');
    // The same link a second time says what happened.
    const again = await app.newPage();
    await again.goto(link);
    await again.getByRole('button', { name: 'Verify my email address' }).click();
    await again.getByText('This verification link was already used').waitFor();
    await review(again, 'verify-contact-used');
    const broken = await app.newPage();
    await broken.goto('/verify-contact?token=not-a-real-token');
    await broken.getByRole('button', { name: 'Verify my email address' }).click();
    await broken.getByText('Ask the admin who enrolled your organisation to send a new verification email').waitFor();
    await review(broken, 'verify-contact-broken');

    await admin.reload();
    await admin.getByText('In review', { exact: true }).waitFor();
    // A partner's admin is not an operator.
    await admin.goto('/operator/enrollments');
    await admin.getByText('This page is for platform operators.').waitFor();
    await review(admin, 'enrollments-not-operator');

    const operator = await app.newPage();
    await operator.goto('/operator/enrollments');
    await signInIfAsked(operator, OPERATOR.email, OPERATOR.password);
    const row = await applicationRow(operator, legalName);
    await expect(row.textContent()).resolves.toContain(mpnId);
    await expect(row.textContent()).resolves.toContain(contactEmail);
    await review(operator, 'enrollments');
    await row.getByRole('button', { name: 'Approve' }).click();
    await operator.getByText(`The application of ${legalName} is approved`).waitFor();
    await operator.getByRole('row').filter({ hasText: legalName }).waitFor({ state: 'detached' });
    await review(operator, 'enrollments-approved');

    // The admin's access changed (now an admin agent): a reload shows the fresh status, signing in again if asked.
    await admin.goto('/enroll');
    await signInIfAsked(admin, tenant.admin.email, tenant.admin.password);
    await admin.getByText('Your organisation is an active partner').waitFor();
    await review(admin, 'enrol-active');
  });

  it('the operator rejects with two reasons, the applicant reads both, edits, resubmits, and the operator approves (R10)', async () => {
    const tenant = await signUpTenant(app);
    const enrol = enrolmentInput(tenant.name, await registerMpnProfile(app.url, 'US'));
    const enrolled = await graphql(app.url, ENROLL, { input: enrol }, tenant.token);
    expect(enrolled.errors).toBeUndefined();
    const token = await verificationTokenFrom(enrol.primaryContact.email);
    await graphql(app.url, 'mutation($token: String!) { verifyPrimaryContact(input: { token: $token }) { status } }', { token });

    const operator = await app.newPage();
    await operator.goto('/operator/enrollments');
    await signInIfAsked(operator, OPERATOR.email, OPERATOR.password);
    const row = await applicationRow(operator, enrol.legalName);
    await row.getByRole('button', { name: 'Reject' }).click();
    await operator.getByRole('heading', { name: `Reject the application of ${enrol.legalName}` }).waitFor();
    await operator.getByRole('button', { name: 'Reject application' }).click();
    await operator.getByRole('group', { name: 'Reasons' }).getByText('Pick at least one reason').waitFor();
    await review(operator, 'enrollments-reject-refused');
    await operator.getByRole('checkbox', { name: 'Legal name does not match the MPN profile' }).check();
    await operator.getByRole('checkbox', { name: 'Other', exact: true }).check();
    await operator.getByRole('button', { name: 'Reject application' }).click();
    const reason = operator.getByLabel('Reason text');
    await operator.getByText('Say what else must be fixed').waitFor();
    await expectInvalid(reason);
    await reason.fill('Add the registered office address.');
    await review(operator, 'enrollments-reject-reasons');
    await operator.getByRole('button', { name: 'Reject application' }).click();
    await operator.getByText(`The application of ${enrol.legalName} is rejected`).waitFor();
    await operator.getByLabel('Status').selectOption('REJECTED');
    const reasons = (await applicationRow(operator, enrol.legalName)).getByRole('list', { name: `Why the application of ${enrol.legalName} was rejected` });
    await reasons.getByText('Other: Add the registered office address.').waitFor();
    await reasons.getByText('Legal name does not match the MPN profile:', { exact: false }).waitFor();
    await review(operator, 'enrollments-rejected');

    const rejection = await eventually('the rejection email', async () =>
      (await mailTo(enrol.primaryContact.email)).find((mail) => mail.subject.includes('not approved')),
    );
    expect(rejection.text).toContain('- Add the registered office address.');
    expect(rejection.text).toContain('give the legal name exactly as the registry holds it');
    expect(rejection.text).toMatch(/https?:\/\/\S+\/enroll /);

    const applicant = await app.newPage();
    await applicant.goto('/enroll');
    await signInIfAsked(applicant, tenant.admin.email, tenant.admin.password);
    await applicant.getByText('Rejected', { exact: true }).waitFor();
    const toFix = applicant.getByRole('list', { name: 'What to fix' });
    await toFix.getByText('Add the registered office address.').waitFor();
    await toFix.getByText('give the legal name exactly as the registry holds it').waitFor();
    await review(applicant, 'enrol-rejected');

    await applicant.getByRole('button', { name: 'Edit application' }).click();
    await applicant.getByRole('heading', { name: 'Edit the application' }).waitFor();
    await expect(applicant.getByLabel('Legal business name').inputValue()).resolves.toBe(enrol.legalName);
    const email = applicant.getByLabel('Email', { exact: true });
    await email.fill(`pat.${tenant.name}@gmail.com`);
    await applicant.getByRole('button', { name: 'Save changes' }).click();
    await applicant.getByText('web-mail addresses (gmail.com, outlook.com, …) are not accepted').waitFor();
    await expectInvalid(email);
    await review(applicant, 'enrol-edit-refused');
    await email.fill(enrol.primaryContact.email);
    await applicant.getByLabel('Legal business name').fill(`${tenant.name} Limited`);
    await applicant.getByLabel('Address line 1').fill('2 Registered Office Road');
    await applicant.getByRole('button', { name: 'Save changes' }).click();
    await applicant.getByText('Your changes are saved.').waitFor();
    await applicant
      .getByRole('definition')
      .filter({ hasText: `${tenant.name} Limited` })
      .waitFor();
    await applicant.getByRole('button', { name: 'Resubmit' }).click();
    await applicant.getByText('The application is resubmitted and in review again').waitFor();
    await applicant.getByText('In review', { exact: true }).waitFor();
    await review(applicant, 'enrol-resubmitted');
    await eventually('the back-in-review email', async () =>
      (await mailTo(enrol.primaryContact.email)).find((mail) => mail.subject.includes('in review again')),
    );

    await operator.getByLabel('Status').selectOption('IN_REVIEW');
    const again = await applicationRow(operator, `${tenant.name} Limited`);
    await again.getByRole('button', { name: 'Approve' }).click();
    await operator.getByText(`The application of ${tenant.name} Limited is approved`).waitFor();
    await applicant.goto('/enroll');
    await signInIfAsked(applicant, tenant.admin.email, tenant.admin.password);
    await applicant.getByText('Your organisation is an active partner').waitFor();
    await expect(applicant.getByRole('button', { name: 'Edit application' }).count()).resolves.toBe(0);
  });

  it('the applicant resends the verification email: the new link verifies, the old one no longer does (R10)', async () => {
    const tenant = await signUpTenant(app);
    const enrol = enrolmentInput(tenant.name, await registerMpnProfile(app.url, 'US'));
    expect((await graphql(app.url, ENROLL, { input: enrol }, tenant.token)).errors).toBeUndefined();
    const oldLink = await linkInMail(enrol.primaryContact.email, '/verify-contact');

    const applicant = await app.newPage();
    await applicant.goto('/enroll');
    await signInIfAsked(applicant, tenant.admin.email, tenant.admin.password);
    await applicant.getByText('Email verification pending').waitFor();
    await applicant.getByRole('button', { name: 'Resend verification email' }).click();
    await applicant.getByText(`We emailed a new verification link to ${enrol.primaryContact.email}`).waitFor();
    await review(applicant, 'enrol-resent');
    const newLink = await eventually('the second verification email', async () => {
      const link = await linkInMail(enrol.primaryContact.email, '/verify-contact');
      return link !== oldLink ? link : undefined;
    });

    const stale = await app.newPage();
    await stale.goto(oldLink);
    await stale.getByRole('button', { name: 'Verify my email address' }).click();
    await stale.getByText('Ask the admin who enrolled your organisation to send a new verification email').waitFor();
    const contact = await app.newPage();
    await contact.goto(newLink);
    await contact.getByRole('button', { name: 'Verify my email address' }).click();
    await contact.getByRole('heading', { name: 'Your email address is verified' }).waitFor();
    await applicant.reload();
    await applicant.getByText('In review', { exact: true }).waitFor();
    await expect(applicant.getByRole('button', { name: 'Resend verification email' }).count()).resolves.toBe(0);
  });

  it('the operator registers an MPN profile, looks it up and deactivates it', async () => {
    const mpnId = String(Math.floor(1e6 + Math.random() * 8.9e9));
    const operator = await app.newPage();
    await operator.goto('/operator/mpn-profiles');
    await signInIfAsked(operator, OPERATOR.email, OPERATOR.password);
    await operator.getByRole('heading', { name: 'MPN profiles', level: 1 }).waitFor();
    await operator.getByLabel('Find by MPN ID').fill(mpnId);
    await operator.getByRole('button', { name: 'Look up' }).click();
    await operator.getByText(`No profile has MPN ID ${mpnId}`).waitFor();
    await review(operator, 'mpn-not-found');

    await operator.getByLabel('MPN ID', { exact: true }).fill(mpnId);
    await operator.getByLabel('Organisation name').fill(`Fabrikam ${mpnId}`);
    await operator.getByLabel('Country').selectOption('DE');
    await operator.getByLabel('Status').selectOption('ACTIVE');
    await operator.getByRole('button', { name: 'Save profile' }).click();
    await operator.getByText(`Profile ${mpnId} is saved.`).waitFor();
    await operator.getByRole('button', { name: 'Look up' }).click();
    await operator
      .getByRole('definition')
      .filter({ hasText: `Fabrikam ${mpnId}` })
      .waitFor();
    await review(operator, 'mpn-found');

    await operator.getByRole('button', { name: 'Edit this profile' }).click();
    await operator.getByLabel('Status').selectOption('INACTIVE');
    await operator.getByRole('button', { name: 'Save profile' }).click();
    await operator.getByText(`Profile ${mpnId} is saved.`).waitFor();
    await operator.getByRole('definition').filter({ hasText: 'Inactive' }).waitFor();
    await review(operator, 'mpn-updated');
  });

  it('the operator publishes a new Partner Agreement version (the seeded Customer Agreement stays current)', async () => {
    const version = `9.${Date.now()}`;
    const operator = await app.newPage();
    await operator.goto('/operator/agreements');
    await signInIfAsked(operator, OPERATOR.email, OPERATOR.password);
    await operator.getByRole('table', { name: 'Versions of the Customer Agreement' }).waitFor();
    await review(operator, 'agreements');
    await operator.getByLabel('Agreement', { exact: true }).selectOption('PARTNER_AGREEMENT');
    await operator.getByRole('table', { name: 'Versions of the Partner Agreement' }).waitFor();
    await operator.getByLabel('Version', { exact: true }).fill(version);
    await operator.getByLabel('Document URL', { exact: true }).fill('not a url');
    await operator.getByRole('button', { name: 'Publish version' }).click();
    await operator.getByText('"not a url" is not a web address').waitFor();
    await expectInvalid(operator.getByLabel('Document URL', { exact: true }));
    await review(operator, 'agreements-refused');
    await operator.getByLabel('Document URL', { exact: true }).fill(`https://channelgraph.example/agreements/partner-agreement/${version}/en`);
    await operator.getByRole('button', { name: 'Publish version' }).click();
    await operator.getByText(`Version ${version} of the Partner Agreement is published and now current.`).waitFor();
    const row = operator.getByRole('row').filter({ hasText: version });
    await row.getByText('Current', { exact: true }).waitFor();
    await row.getByRole('link', { name: `Open Partner Agreement ${version}` }).waitFor();
    await review(operator, 'agreements-published');
  });

  it('an active partner’s admin agent edits the business profile on /profile', async () => {
    const partner = await activePartner(app.url);
    const page = await app.newPage();
    await page.goto('/profile');
    await signInIfAsked(page, partner.admin.email, partner.admin.password);
    await page.getByRole('heading', { name: 'Business profile', level: 1 }).waitFor();
    await page.getByLabel('Description').fill('Cloud migrations and security for growing companies.');
    await page.getByLabel('City').fill('Seattle');
    await page.getByLabel('Country').selectOption('US');
    await page.getByRole('checkbox', { name: 'Small (1–50 seats)' }).check();
    await page.getByRole('checkbox', { name: 'Medium (51–1,000 seats)' }).check();
    await page.getByLabel('Keywords').fill('Azure migration, Security');
    await review(page, 'profile-form');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Your business profile is saved').waitFor();
    await review(page, 'profile-saved');
    await page.reload();
    await expect(page.getByLabel('Keywords').inputValue()).resolves.toBe('Azure migration, Security');
    expect(await page.getByRole('checkbox', { name: 'Medium (51–1,000 seats)' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Large (over 1,000 seats)' }).isChecked()).toBe(false);
    await expect(page.getByLabel('City').inputValue()).resolves.toBe('Seattle');
  });
});
