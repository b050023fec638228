import { Page } from 'playwright-core';
import { eventually, graphql, signUpCustomer } from '../support/graphql';
import { ConsoleStack, expectInvalid, review, signInThroughPage, startConsoleStack } from '../support/browser';
import { mailTo } from '../support/mailbox';
import { activePartner } from '../support/partners';
import { OPERATOR } from '../support/stack';

const CONTACT = `mutation($input: ContactPartnersInput!) { contactPartners(input: $input) { leadId } }`;

describe('the console’s customer sources: leads and referrals (R18)', () => {
  let app: ConsoleStack;
  beforeAll(async () => {
    app = await startConsoleStack();
  });
  afterAll(async () => {
    await app?.stop();
  });

  async function signedIn(email: string, password: string, path: string): Promise<Page> {
    const page = await app.newPage();
    await page.goto(path);
    await page.waitForURL(/\/sign-in\?next=/);
    await signInThroughPage(page, email, password);
    return page;
  }

  it('a partner reads its leads, answers one (the error beside the message), and invites its customer from it', async () => {
    const partner = await activePartner(app.url);
    const buyer = await signUpCustomer(app.url);
    const page = await signedIn(partner.admin.email, partner.admin.password, '/leads');
    await page.getByRole('heading', { name: 'Leads', level: 1 }).waitFor();
    await page.getByText('No leads yet').waitFor();
    await review(page, 'leads-empty');

    const need = 'We look for a partner to run our licences and support 60 users.';
    const contacted = await graphql(app.url, CONTACT, { input: { partnerIds: [partner.partnerId], need, contactEmail: buyer.email } }, buyer.token);
    expect(contacted.errors).toBeUndefined();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leads' }).waitFor();
    await page.reload();
    const table = page.getByRole('table', { name: 'Leads' });
    await table.getByRole('cell', { name: need }).waitFor();
    await table.getByRole('cell', { name: 'New', exact: true }).waitFor();
    await review(page, 'leads-list');

    await page.getByRole('button', { name: `Answer ${buyer.name}` }).click();
    await page.getByRole('heading', { name: `Answer ${buyer.name}`, level: 2 }).waitFor();
    const message = page.getByLabel('Message');
    await message.fill('Hi');
    await page.getByRole('button', { name: 'Send answer' }).click();
    await expectInvalid(message);
    await review(page, 'leads-answer-refused');
    await message.fill('We support 300 users in your region; may we call you on Tuesday?');
    await page.getByRole('button', { name: 'Send answer' }).click();
    await page.getByText(`Your answer to ${buyer.name} is on its way.`).waitFor();
    await table.getByRole('cell', { name: 'Answered', exact: true }).waitFor();
    await review(page, 'leads-answered');
    await eventually('the answer at the customer', async () => (await mailTo(buyer.email)).find((mail) => mail.text.includes('may we call you on Tuesday')));

    await page.getByRole('button', { name: `Invite ${buyer.name}` }).click();
    await page.getByRole('heading', { name: 'Request a reseller relationship', level: 2 }).waitFor();
    expect(await page.getByLabel('Customer email').inputValue()).toBe(buyer.email);
    await page.getByText('This invitation answers a lead').waitFor();
    await review(page, 'leads-invite');
    await page.getByRole('checkbox', { name: 'Reseller' }).uncheck();
    await page.getByRole('checkbox', { name: 'Advisor' }).check();
    // The relationship subgraph learns of the lead by event: should it not have yet, the request is refused and sent again.
    const subject = page.getByLabel('Subject');
    for (let attempt = 0; attempt < 20 && (await subject.count()) === 0; attempt += 1) {
      await page.getByRole('button', { name: 'Create request' }).click();
      await Promise.race([subject.waitFor(), page.getByRole('alert').first().waitFor()]).catch(() => undefined);
      if ((await subject.count()) === 0) await page.waitForTimeout(500);
    }
    await subject.waitFor();
    // Once done, a new request from the button is a plain one: neither the lead's address nor its id again.
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Request a reseller relationship' }).click();
    expect(await page.getByLabel('Customer email').inputValue()).toBe('');
    expect(await page.getByText('This invitation answers a lead').count()).toBe(0);
    await page.goto('/leads');
    await page.getByRole('table', { name: 'Leads' }).getByRole('cell', { name: 'Invited', exact: true }).waitFor();
  });

  it('the vendor refers customers from the operators’ page; the partner declines one with a reason, accepts the other and invites from it', async () => {
    const partner = await activePartner(app.url);
    const operator = await signedIn(OPERATOR.email, OPERATOR.password, '/operator/referrals');
    await operator.getByRole('heading', { name: 'Referrals', level: 1 }).waitFor();
    await operator.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Referrals' }).waitFor();
    // Among every active partner of the suite's database: found by name first.
    await operator.getByLabel('Find a partner').fill(partner.enrolment.legalName);
    await operator.getByLabel('Partner', { exact: true }).selectOption({ label: partner.enrolment.legalName });
    await operator.getByLabel('Customer email').fill('it@declined-referral.example.com');
    await operator.getByLabel('Customer name').fill('Declined Ltd');
    await operator.getByLabel('Need').fill('Short');
    await operator.getByRole('button', { name: 'Refer customer' }).click();
    await expectInvalid(operator.getByLabel('Need'));
    await review(operator, 'operator-referrals-refused');
    await operator.getByLabel('Need').fill('Twenty seats and a tenant migration.');
    await operator.getByRole('button', { name: 'Refer customer' }).click();
    await operator.getByText(`Declined Ltd was referred to ${partner.enrolment.legalName}.`).waitFor();
    const buyer = await signUpCustomer(app.url);
    await operator.getByLabel('Customer email').fill(buyer.email);
    await operator.getByLabel('Customer name').fill(buyer.name);
    await operator.getByLabel('Need').fill('Fifty seats of the office suite.');
    await operator.getByRole('button', { name: 'Refer customer' }).click();
    await operator.getByText(`${buyer.name} was referred to ${partner.enrolment.legalName}.`).waitFor();
    const operatorTable = operator.getByRole('table', { name: 'Referrals' });
    await operatorTable.getByRole('cell', { name: `${buyer.name} (${buyer.email})` }).waitFor();
    await operatorTable.getByRole('cell', { name: 'Waiting for the partner' }).first().waitFor();
    await review(operator, 'operator-referrals');
    await eventually('the referral email at the partner', async () =>
      (await mailTo(partner.enrolment.primaryContact.email)).find((mail) => mail.subject.includes(buyer.name)),
    );

    const page = await signedIn(partner.admin.email, partner.admin.password, '/referrals');
    await page.getByRole('heading', { name: 'Referrals', level: 1 }).waitFor();
    const table = page.getByRole('table', { name: 'Referrals' });
    await table.getByRole('cell', { name: buyer.email }).waitFor();
    await review(page, 'referrals-list');
    await page.getByRole('button', { name: 'Decline the referral of Declined Ltd' }).click();
    await page.getByRole('heading', { name: 'Decline the referral of Declined Ltd', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Decline referral' }).click();
    await expectInvalid(page.getByLabel('Reason'));
    await review(page, 'referrals-decline-refused');
    await page.getByLabel('Reason').fill('We do not serve this region.');
    await page.getByRole('button', { name: 'Decline referral' }).click();
    await page.getByText('You declined the referral of Declined Ltd.').waitFor();
    await table.getByRole('cell', { name: 'Declined', exact: true }).waitFor();

    await page.getByRole('button', { name: `Accept the referral of ${buyer.name}` }).click();
    await page.getByText(`You accepted the referral of ${buyer.name}: invite them now.`).waitFor();
    await review(page, 'referrals-accepted');
    await page.getByRole('button', { name: `Invite ${buyer.name}` }).click();
    await page.getByRole('heading', { name: 'Request a reseller relationship', level: 2 }).waitFor();
    expect(await page.getByLabel('Customer email').inputValue()).toBe(buyer.email);
    await page.getByText('This invitation follows the vendor’s referral').waitFor();
    await page.getByRole('checkbox', { name: 'Reseller' }).uncheck();
    await page.getByRole('checkbox', { name: 'Advisor' }).check();
    await page.getByRole('button', { name: 'Create request' }).click();
    await page.getByLabel('Subject').waitFor();
    await review(page, 'referrals-invite-draft');
    await page.goto('/referrals');
    await page.getByRole('table', { name: 'Referrals' }).getByRole('cell', { name: 'Invited', exact: true }).waitFor();
  });
});
