import { Page } from 'playwright-core';
import { eventually, graphql, signUpCustomer } from '../support/graphql';
import { ConsoleStack, expectInvalid, review, signInThroughPage, startConsoleStack } from '../support/browser';
import { mailTo } from '../support/mailbox';
import { activePartner } from '../support/partners';

const CONTACT = `mutation($input: ContactPartnersInput!) { contactPartners(input: $input) { leadId } }`;

describe('the console’s customer sources: leads (R18)', () => {
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
    await page.goto('/leads');
    await page.getByRole('table', { name: 'Leads' }).getByRole('cell', { name: 'Invited', exact: true }).waitFor();
  });
});
