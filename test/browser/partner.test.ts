import { Page } from 'playwright-core';
import { eventually, graphql, signUpCustomer } from '../support/graphql';
import { ConsoleStack, linkInMail, review, signInThroughPage, startConsoleStack, expectInvalid } from '../support/browser';
import { mailTo } from '../support/mailbox';
import { activePartner, operatorToken } from '../support/partners';
import { ACCEPT, inviteByEmail } from '../support/relationships';

describe('the partner console: customers, indirect providers and resellers (R13, R14, R17, R18, R19)', () => {
  let app: ConsoleStack;
  let reseller: Awaited<ReturnType<typeof activePartner>>;
  let indirect: { provider: Awaited<ReturnType<typeof activePartner>>; reseller: Awaited<ReturnType<typeof activePartner>> };
  beforeAll(async () => {
    app = await startConsoleStack();
    // The scene's partners at once: enrolment and approval are not what these pages test.
    const [direct, provider, indirectReseller] = await Promise.all([
      activePartner(app.url),
      activePartner(app.url, 'INDIRECT_PROVIDER'),
      activePartner(app.url, 'INDIRECT_RESELLER'),
    ]);
    reseller = direct;
    indirect = { provider, reseller: indirectReseller };
  });
  afterAll(async () => {
    await app?.stop();
  });

  async function signedIn(email: string, password: string, path: string): Promise<Page> {
    const page = await app.newPage();
    await page.goto(path);
    await page.waitForURL(/\/sign-in\?next=/);
    try {
      await signInThroughPage(page, email, password);
    } catch (error) {
      await review(page, 'partner-sign-in-failed').catch(() => undefined);
      throw new Error(`${(error as Error).message}\n${await page.locator('main').innerText()}`);
    }
    return page;
  }

  it('R17: requests a reseller relationship, edits the draft (keeping the link) and sends it', async () => {
    const partner = reseller;
    const customer = await signUpCustomer(app.url);
    const page = await signedIn(partner.admin.email, partner.admin.password, '/customers');
    await page.getByRole('heading', { name: 'Customers', level: 1 }).waitFor();
    await page.getByText('No customers yet').waitFor();
    await review(page, 'customers-empty');

    await page.getByRole('button', { name: 'Request a reseller relationship' }).click();
    await page.getByRole('heading', { name: 'Request a reseller relationship', level: 2 }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Reseller' }).isChecked()).toBe(true);
    await page.getByLabel('Customer email').fill(customer.email);
    await review(page, 'customers-request');
    await page.getByRole('button', { name: 'Create request' }).click();

    const message = page.getByLabel('Message');
    await message.waitFor();
    const draft = await message.inputValue();
    const link = /https?:\/\/\S+\/invitations\/accept\?token=\S+/.exec(draft)![0];
    expect(await page.getByLabel('Subject').inputValue()).not.toBe('');
    const mailto = await page.getByRole('link', { name: 'Open in email' }).getAttribute('href');
    expect(mailto).toMatch(/^mailto:/);
    expect(mailto).toContain(`subject=${encodeURIComponent(await page.getByLabel('Subject').inputValue())}`);

    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.getByText('Copied').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(link);

    // Removing the link is refused beside the message.
    await message.fill(draft.replace(link, ''));
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Keep the personalised invitation link').waitFor();
    await expectInvalid(message);
    await review(page, 'customers-draft-refused');

    await message.fill(draft.replace('Hello,', 'Dear colleagues,'));
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText(`Sent to ${customer.email}.`).waitFor();
    await review(page, 'customers-draft-sent');
    await page.getByRole('button', { name: 'Done' }).click();
    const again = page.getByRole('button', { name: 'Request a reseller relationship' });
    await again.waitFor();
    expect(await again.evaluate((button) => button === document.activeElement)).toBe(true);

    const mail = await eventually('the edited invitation', async () => (await mailTo(customer.email)).find((m) => m.text.includes('Dear colleagues,')));
    expect(mail.text).toContain(link);
  });

  it('finds an accepted customer by name and opens its details', async () => {
    const partner = reseller;
    const [customer, other] = await Promise.all([signUpCustomer(app.url), signUpCustomer(app.url)]);
    for (const who of [customer, other]) {
      const { token } = await inviteByEmail(app.url, partner.token, ['ADVISOR'], who.email);
      const accepted = await graphql(app.url, ACCEPT, { input: { token } }, who.token);
      expect(accepted.errors).toBeUndefined();
    }
    await eventually('both customers in the list', async () => {
      const response = await graphql(app.url, `{ partner(id: "${partner.partnerId}") { customers(search: "Org") { totalCount } } }`, {}, partner.token);
      return response.data?.partner.customers.totalCount === 2 ? true : undefined;
    });

    const page = await signedIn(partner.admin.email, partner.admin.password, '/customers');
    const table = page.getByRole('table', { name: 'Customers' });
    await table.getByRole('link', { name: other.name }).waitFor();
    await review(page, 'customers-list');
    // R18: each customer says where it came from, and the list filters by it.
    await table.getByRole('cell', { name: 'Own marketing' }).first().waitFor();
    await page.getByLabel('Source').selectOption({ label: 'Directory lead' });
    await page.getByText('No customers came from “Directory lead”.').waitFor();
    await review(page, 'customers-source-empty');
    await page.getByLabel('Source').selectOption({ label: 'Own marketing' });
    await table.getByRole('link', { name: other.name }).waitFor();
    await page.getByLabel('Search').fill(customer.name);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await eventually('the search to narrow the list', async () => ((await table.getByRole('row').count()) === 2 ? true : undefined));
    await table.getByRole('link', { name: customer.name }).click();
    await page.getByRole('heading', { name: customer.name, level: 1 }).waitFor();
    await page.getByText('Advisor').waitFor();
    await page.getByText('You cannot place orders for this customer yet').waitFor();
    await review(page, 'customer-details');
    // The same page from its address alone (a bookmark), without the list's hint.
    await page.reload();
    await page.getByRole('heading', { name: customer.name, level: 1 }).waitFor();
  });

  it('R6: the partner ends a relationship left with no roles from the customer details page, after a confirmation', async () => {
    const partner = await activePartner(app.url);
    const customer = await signUpCustomer(app.url);
    const { token } = await inviteByEmail(app.url, partner.token, ['DELEGATED_ADMIN'], customer.email);
    const relationship = (await graphql(app.url, ACCEPT, { input: { token } }, customer.token)).data.acceptRelationshipRequest;
    const removed = await graphql(app.url, `mutation { removeAdminPrivileges(input: { relationshipId: "${relationship.id}" }) { roles } }`, {}, customer.token);
    expect(removed.data.removeAdminPrivileges.roles).toEqual([]);

    const page = await signedIn(partner.admin.email, partner.admin.password, `/customers/${relationship.id}`);
    await page
      .getByRole('definition')
      .filter({ hasText: /^No roles$/ })
      .waitFor();
    await page.getByRole('button', { name: 'End relationship' }).click();
    await page.getByText(`End the relationship with ${customer.name}?`).waitFor();
    await review(page, 'customer-end-confirm');
    await page.getByRole('button', { name: 'Yes, end it' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `The relationship with ${customer.name} has ended.` })
      .waitFor();
    await page.getByText('No customers yet').waitFor();
    const after = await graphql(app.url, `{ customer(id: "${customer.tenantId}") { relationships { id } } }`, {}, customer.token);
    expect(after.data.customer.relationships).toEqual([]);
  });

  it('R4: a direct partner confirms a customer’s acceptance of the Customer Agreement on its details page; an indirect reseller reads who can instead', async () => {
    const [direct, indirectReseller, customer] = await Promise.all([
      activePartner(app.url, 'DIRECT'),
      activePartner(app.url, 'INDIRECT_RESELLER'),
      signUpCustomer(app.url),
    ]);
    // Resellers the customer already had (R16), neither with its acceptance on the platform.
    const imported = await graphql(
      app.url,
      'mutation($rows: [ExistingRelationshipInput!]!) { importExistingRelationships(input: { relationships: $rows }) { imported } }',
      { rows: [direct, indirectReseller].map((p) => ({ mpnId: p.enrolment.mpnId, customerId: customer.tenantId, roles: ['RESELLER'] })) },
      await operatorToken(app.url),
    );
    expect(imported.errors).toBeUndefined();
    /** The partner's relationship, once the agreement subgraph knows it and the partner's programme (both by event). */
    const relationshipOf = (partner: typeof direct) =>
      eventually('the agreement subgraph to know the partner and its relationship', async () => {
        const response = await graphql(
          app.url,
          `{ partner(id: "${partner.partnerId}") { customers { edges { node { id } } } } customer(id: "${customer.tenantId}") { hasAcceptedCurrentAgreement } }`,
          {},
          partner.token,
        );
        const [known] = await app.stack.agreement.platform.dataSource.query('SELECT program FROM partner_projection WHERE partner_id = ?', [partner.partnerId]);
        return response.errors || !known ? undefined : (response.data.partner.customers.edges[0]?.node.id as string | undefined);
      });

    const resellerPage = await signedIn(indirectReseller.admin.email, indirectReseller.admin.password, `/customers/${await relationshipOf(indirectReseller)}`);
    await resellerPage.getByRole('heading', { name: 'Customer Agreement', level: 2 }).waitFor();
    await resellerPage.getByText('As an indirect reseller you cannot confirm its acceptance').waitFor();
    await resellerPage.getByText('your indirect provider, which needs its own reseller relationship with the customer, confirms it').waitFor();
    expect(await resellerPage.getByRole('button', { name: 'Confirm acceptance' }).count()).toBe(0);
    await review(resellerPage, 'customer-agreement-indirect-reseller');

    const page = await signedIn(direct.admin.email, direct.admin.password, `/customers/${await relationshipOf(direct)}`);
    await page.getByRole('heading', { name: 'Customer Agreement', level: 2 }).waitFor();
    await page.getByRole('link', { name: /Read the Customer Agreement/ }).waitFor();
    // No date: refused beside the field, before asking the graph.
    await page.getByRole('button', { name: 'Confirm acceptance' }).click();
    await page.getByText('Give the day the customer accepted the Customer Agreement.').waitFor();
    await expectInvalid(page.getByLabel('Date agreed'));
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    await page.getByLabel('Date agreed').fill(today);
    await page.getByLabel('First name').fill('Casey');
    await page.getByLabel('Last name').fill('Customer');
    await page.getByLabel('Email', { exact: true }).fill('casey@');
    await page.getByLabel('Phone').fill('+1 425 555 0100');
    await page.getByRole('button', { name: 'Confirm acceptance' }).click();
    // The graph's refusal lands beside the email.
    await expectInvalid(page.getByLabel('Email', { exact: true }));
    await review(page, 'customer-agreement-confirm-refused');
    await page.getByLabel('Email', { exact: true }).fill(customer.email);
    // Keyboard only: Enter in the last field submits.
    await page.getByLabel('Phone').press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: /Recorded: Casey Customer accepted version .+ of the Customer Agreement on/ })
      .waitFor();
    await page.getByText('The customer has accepted the current Customer Agreement').waitFor();
    await review(page, 'customer-agreement-confirmed');
    const standing = await graphql(
      app.url,
      `{ customer(id: "${customer.tenantId}") { hasAcceptedCurrentAgreement agreementAcceptances { method } } }`,
      {},
      customer.token,
    );
    expect(standing.data.customer).toEqual({ hasAcceptedCurrentAgreement: true, agreementAcceptances: [{ method: 'CONFIRMED_BY_PARTNER' }] });
  });

  it('R13: a provider invites a reseller, who authorises it from the email; R19: the reseller invites a customer with it; then removes its admin access', async () => {
    const { provider, reseller } = indirect;
    const providerName = provider.enrolment.legalName;
    const resellerName = reseller.enrolment.legalName;

    // The provider invites the reseller; the graph emails the invitation at once.
    const providerPage = await app.newPage();
    await providerPage.goto('/indirect-resellers');
    await providerPage.waitForURL(/\/sign-in\?next=/);
    await signInThroughPage(providerPage, provider.admin.email, provider.admin.password);
    await providerPage.getByRole('heading', { name: 'Indirect resellers', level: 1 }).waitFor();
    await providerPage.getByText('No reseller has authorised you yet').waitFor();
    await review(providerPage, 'indirect-resellers-empty');
    await providerPage.getByRole('button', { name: 'Invite indirect reseller' }).click();
    await providerPage.getByLabel('Reseller email').fill(reseller.admin.email);
    await providerPage.getByRole('button', { name: 'Send invitation' }).click();
    await providerPage.getByText(`Invitation emailed to ${reseller.admin.email}.`).waitFor();
    await review(providerPage, 'indirect-resellers-invited');

    // The reseller's admin agent opens the link from the email, signs in and authorises.
    const link = await linkInMail(reseller.admin.email, '/indirect-providers/authorize');
    const resellerPage = await app.newPage();
    await resellerPage.goto(link);
    await resellerPage.waitForURL(/\/sign-in\?next=/);
    await signInThroughPage(resellerPage, reseller.admin.email, reseller.admin.password);
    await resellerPage.getByRole('heading', { name: 'Authorize indirect provider', level: 1 }).waitFor();
    await resellerPage.getByText(`${providerName} asks to become your indirect provider.`).waitFor();
    await review(resellerPage, 'indirect-authorize');
    await resellerPage.getByRole('button', { name: 'Authorize indirect provider' }).click();
    const box = resellerPage.getByRole('checkbox', { name: `I authorize ${providerName} to act as my indirect provider` });
    await resellerPage.getByText('Tick the box').waitFor();
    await expectInvalid(box);
    await review(resellerPage, 'indirect-authorize-unticked');
    await box.check();
    await resellerPage.getByRole('button', { name: 'Authorize indirect provider' }).click();
    await resellerPage.waitForURL((url) => url.pathname === '/indirect-providers');
    await resellerPage.getByText(`${providerName} is now your indirect provider.`).waitFor();
    const providers = resellerPage.getByRole('table', { name: 'Indirect providers' });
    const row = providers.getByRole('row').filter({ hasText: providerName });
    await row.waitFor();
    await review(resellerPage, 'indirect-providers');

    // The link used once explains itself.
    await resellerPage.goto(link);
    await resellerPage.getByText('This invitation was already used').waitFor();
    await review(resellerPage, 'indirect-authorize-used');
    await resellerPage.getByRole('link', { name: 'Go to Indirect providers' }).click();
    await row.waitFor();

    // The provider sees the reseller.
    await providerPage.goto('/indirect-resellers');
    await providerPage.getByRole('table', { name: 'Indirect resellers' }).getByRole('cell', { name: resellerName }).waitFor();
    await review(providerPage, 'indirect-resellers-list');

    // R19: one invitation for both, sent from its draft.
    const customer = await signUpCustomer(app.url);
    await resellerPage.getByRole('button', { name: 'Invite new customers' }).click();
    await resellerPage.getByLabel('Indirect provider', { exact: true }).selectOption({ label: providerName });
    await resellerPage.getByLabel('Customer email').fill(customer.email);
    await resellerPage.getByRole('button', { name: 'Create invitation' }).click();
    const message = resellerPage.getByLabel('Message');
    await message.waitFor();
    expect(await message.inputValue()).toContain(providerName);
    await review(resellerPage, 'indirect-invite-customer-draft');
    await resellerPage.getByRole('button', { name: 'Send' }).click();
    await resellerPage.getByText(`Sent to ${customer.email}.`).waitFor();
    await resellerPage.getByRole('button', { name: 'Done' }).click();
    const invitation = await linkInMail(customer.email, '/invitations/accept');
    const token = new URL(invitation).searchParams.get('token')!;

    // The customer sees what each of the two partners asks for: the reseller also delegated admin.
    const customerPage = await signedIn(customer.email, 'Correct-Horse-42', `${new URL(invitation).pathname}${new URL(invitation).search}`);
    const asks = (partner: string) =>
      customerPage.getByRole('heading', { name: `What ${partner} asks for`, level: 2 }).locator('xpath=following-sibling::ul[1]');
    await asks(resellerName).waitFor();
    expect(await asks(resellerName).getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(/^Reseller: /),
      expect.stringMatching(/^Delegated admin: /),
    ]);
    expect(await asks(providerName).getByRole('listitem').allInnerTexts()).toEqual([expect.stringMatching(/^Reseller: /)]);
    await review(customerPage, 'invitation-combined-roles');
    await customerPage.close();

    // Once the customer accepts both, it is listed under View customers.
    const agreement = (await graphql(app.url, '{ currentAgreement(type: CUSTOMER_AGREEMENT) { id } }', {}, customer.token)).data.currentAgreement;
    const accepted = await graphql(app.url, ACCEPT, { input: { token, acceptAgreement: { templateId: agreement.id, confirmRead: true } } }, customer.token);
    expect(accepted.errors).toBeUndefined();
    await row.getByRole('button', { name: 'View customers' }).click();
    await resellerPage.getByRole('heading', { name: `Customers shared with ${providerName}`, level: 2 }).waitFor();
    await resellerPage.getByRole('cell', { name: customer.name }).waitFor();
    await review(resellerPage, 'indirect-shared-customers');

    // The reseller removes the provider's admin access; the link stays.
    await row.getByRole('button', { name: 'Remove provider admin access' }).click();
    await resellerPage.getByRole('button', { name: 'Yes, remove admin access' }).click();
    await resellerPage.getByText(`${providerName} no longer has admin access to your tenant.`).waitFor();
    await row.getByRole('cell', { name: 'No', exact: true }).waitFor();
    expect(await row.getByRole('button', { name: 'Remove provider admin access' }).count()).toBe(0);
    await review(resellerPage, 'indirect-access-removed');
  });
});
