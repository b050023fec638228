import type { Page } from 'playwright-core';
import { ConsoleStack, expectInvalid, review, signInIfAsked, signInThroughPage, startConsoleStack } from '../support/browser';
import { graphql, signUpCustomer } from '../support/graphql';
import { activePartner } from '../support/partners';
import { ACCEPT, REQUEST } from '../support/relationships';

// signUpCustomer's admin password (support/graphql signUpInput).
const PASSWORD = 'Correct-Horse-42';

describe('the console: delegated admin with chosen admin roles, for a limited time (B1–B4)', () => {
  let app: ConsoleStack;
  let partner: Awaited<ReturnType<typeof activePartner>>;
  let customer: Awaited<ReturnType<typeof signUpCustomer>>;
  let relationshipId: string;

  beforeAll(async () => {
    app = await startConsoleStack();
    partner = await activePartner(app.url);
    customer = await signUpCustomer(app.url);
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

  /** The partner asks for delegated admin through the API; the link the customer would be emailed. */
  async function requestAdminAccess(customerEmail: string, adminRoles: string[], autoExtend: boolean): Promise<string> {
    const created = await graphql(
      app.url,
      REQUEST,
      { input: { roles: ['DELEGATED_ADMIN'], customerEmail, adminRoles, adminAccessDuration: 'P1Y', autoExtend } },
      partner.token,
    );
    if (created.errors) throw new Error(created.errors[0].message);
    return created.data.requestRelationship.invitationUrl;
  }

  it('the customer approves two of three admin roles asked, then removes one of them on the partner’s page', async () => {
    const link = await requestAdminAccess(customer.email, ['USER_ADMINISTRATOR', 'HELPDESK_ADMINISTRATOR', 'LICENSE_ADMINISTRATOR'], true);
    const partnerName = partner.enrolment.legalName;

    const page = await app.newPage();
    await page.goto(new URL(link).pathname + new URL(link).search);
    await signInIfAsked(page, customer.email, PASSWORD);
    await page.getByRole('heading', { name: 'Accept partner invitation', level: 1 }).waitFor();
    const roles = page.getByRole('group', { name: 'Admin roles you grant' });
    for (const name of ['User administrator', 'Helpdesk administrator', 'License administrator']) {
      expect(await roles.getByRole('checkbox', { name }).isChecked()).toBe(true);
    }
    await roles.getByText('Create, change and delete your users and reset their passwords.').waitFor();
    await roles.getByText('Reset the passwords of your users and manage your support incidents.').waitFor();
    await roles.getByText('Assign and remove the product licences of your users.').waitFor();
    await page.getByText('for 1 year from your acceptance').waitFor();
    await page.getByText('extend itself by 180 days').waitFor();
    await review(page, 'b1-invitation-admin-roles');

    // None kept: the sentence beside the checkboxes, and nothing sent.
    for (const name of ['User administrator', 'Helpdesk administrator', 'License administrator']) await roles.getByRole('checkbox', { name }).uncheck();
    await page.getByRole('button', { name: 'Accept', exact: true }).click();
    await roles.getByText('Keep at least one admin role, or decline.').waitFor();
    await expectInvalid(roles.getByRole('checkbox', { name: 'User administrator' }));
    await review(page, 'b1-invitation-no-admin-role');

    // By keyboard: tick two again (Space), leave License administrator unticked, accept.
    await roles.getByRole('checkbox', { name: 'User administrator' }).focus();
    await page.keyboard.press('Space');
    await roles.getByRole('checkbox', { name: 'Helpdesk administrator' }).focus();
    await page.keyboard.press('Space');
    expect(await roles.getByText('Keep at least one admin role, or decline.').count()).toBe(0);
    await page.getByRole('button', { name: 'Accept', exact: true }).click();
    await page.getByRole('heading', { name: 'Partner relationships', level: 1 }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: `You accepted the invitation from ${partnerName}` })
      .waitFor();

    await page.getByRole('link', { name: partnerName }).click();
    await page.getByRole('heading', { name: `Partner: ${partnerName}` }).waitFor();
    const access = page.getByRole('region', { name: 'Delegated admin access' });
    await access
      .getByRole('definition')
      .filter({ hasText: /^Active$/ })
      .waitFor();
    await access.getByRole('definition').filter({ hasText: /^On$/ }).waitFor();
    const inAYear = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(new Date(Date.now() + 365 * 86_400_000));
    await access.getByRole('definition').filter({ hasText: inAYear }).waitFor();
    expect((await access.getByRole('listitem').allTextContents()).map((text) => text.split(':')[0])).toEqual(['User administrator', 'Helpdesk administrator']);
    expect(await access.getByRole('button').allTextContents()).toEqual(['Remove User administrator', 'Remove Helpdesk administrator']);
    await page.getByRole('button', { name: 'Remove admin roles' }).waitFor();
    await review(page, 'b2-customer-partner-admin-roles');

    await access.getByRole('button', { name: 'Remove Helpdesk administrator' }).click();
    const question = page.getByRole('group').filter({ hasText: `Remove the Helpdesk administrator role of ${partnerName}?` });
    await question.waitFor();
    await review(page, 'b2-customer-remove-role-question');
    await question.getByRole('button', { name: 'Yes, remove' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `The Helpdesk administrator role of ${partnerName} was removed.` })
      .waitFor();
    await access.getByRole('button', { name: 'Remove Helpdesk administrator' }).waitFor({ state: 'detached' });
    expect(await access.getByRole('button').allTextContents()).toEqual(['Remove User administrator']);
    await review(page, 'b2-customer-role-removed');

    const listed = await graphql(
      app.url,
      'query($id: ID!) { customer(id: $id) { relationships { id adminRoles autoExtend } } }',
      { id: customer.tenantId },
      customer.token,
    );
    const [relationship] = listed.data.customer.relationships;
    expect(relationship.adminRoles).toEqual(['USER_ADMINISTRATOR']);
    relationshipId = relationship.id;
  });

  it('the customer accepts a change of admin access to the existing relationship (B2)', async () => {
    const partnerName = partner.enrolment.legalName;
    const asked = await graphql(
      app.url,
      'mutation($input: RequestAdminAccessChangeInput!) { requestAdminAccessChange(input: $input) { id kind invitationUrl } }',
      { input: { relationshipId, adminRoles: ['USER_ADMINISTRATOR', 'LICENSE_ADMINISTRATOR'], adminAccessDuration: 'P90D' } },
      partner.token,
    );
    if (asked.errors) throw new Error(asked.errors[0].message);
    expect(asked.data.requestAdminAccessChange.kind).toBe('ADMIN_ACCESS_CHANGE');
    const link = new URL(asked.data.requestAdminAccessChange.invitationUrl);

    const page = await app.newPage();
    await page.goto(link.pathname + link.search);
    await signInIfAsked(page, customer.email, PASSWORD);
    await page.getByRole('heading', { name: 'Accept partner invitation', level: 1 }).waitFor();
    await page.getByText('This is a change to your existing relationship').waitFor();
    await page.getByText('It holds now: User administrator.').waitFor();
    const roles = page.getByRole('group', { name: 'Admin roles you grant' });
    expect(await roles.getByRole('checkbox').count()).toBe(2);
    expect(await roles.getByRole('checkbox', { name: 'License administrator' }).isChecked()).toBe(true);
    await page.getByText('New duration: for 90 days from your acceptance.').waitFor();
    await page.getByRole('button', { name: 'Decline' }).waitFor();
    await review(page, 'b2-invitation-admin-access-change');
    await page.getByRole('button', { name: 'Accept', exact: true }).click();
    await page.getByRole('heading', { name: 'Partner relationships', level: 1 }).waitFor();

    await page.getByRole('link', { name: partnerName }).click();
    const access = page.getByRole('region', { name: 'Delegated admin access' });
    await access.getByRole('button', { name: 'Remove License administrator' }).waitFor();
    expect(await access.getByRole('button').allTextContents()).toEqual(['Remove User administrator', 'Remove License administrator']);
  });

  it('the partner switches auto-extend on its customer’s page, is refused it with global administrator, and turns it on for many at once', async () => {
    // A second customer grants global administrator, which never extends itself.
    const second = await signUpCustomer(app.url);
    const link = await requestAdminAccess(second.email, ['GLOBAL_ADMINISTRATOR'], false);
    const accepted = await graphql(app.url, ACCEPT, { input: { token: new URL(link).searchParams.get('token') } }, second.token);
    if (accepted.errors) throw new Error(accepted.errors[0].message);
    const globalId: string = accepted.data.acceptRelationshipRequest.id;

    const page = await signedIn(partner.admin.email, partner.admin.password, `/customers/${relationshipId}`);
    await page.getByRole('heading', { name: customer.name, level: 1 }).waitFor();
    const access = page.getByRole('region', { name: 'Delegated admin access' });
    await access.getByRole('definition').filter({ hasText: 'User administrator' }).waitFor();
    await access.getByRole('heading', { name: 'Assign users' }).waitFor();
    await review(page, 'b1-partner-customer-admin-access');
    await access.getByRole('button', { name: 'Turn off auto-extend' }).click();
    await access.getByRole('status').filter({ hasText: 'Auto-extend is off' }).waitFor();
    await access.getByRole('button', { name: 'Turn on auto-extend' }).waitFor();
    await access.getByRole('definition').filter({ hasText: /^Off$/ }).waitFor();
    await review(page, 'b1-partner-auto-extend-off');

    // Assign users: nothing chosen is refused beside each group; then the partner's admin gets User administrator, and loses it.
    const assignments = page.getByRole('region', { name: 'Assign users' });
    await assignments.getByText('No user is assigned an admin role for this customer yet.').waitFor();
    await assignments.getByRole('button', { name: 'Assign', exact: true }).click();
    await assignments.getByText('Choose at least one user.').waitFor();
    await assignments.getByText('Choose at least one admin role.').waitFor();
    await review(page, 'b3-partner-assign-nothing-chosen');
    await assignments
      .getByRole('group', { name: 'Users' })
      .getByRole('checkbox', { name: new RegExp(partner.admin.email) })
      .check();
    await assignments.getByRole('group', { name: 'Admin roles they may use' }).getByRole('checkbox', { name: 'User administrator' }).check();
    await assignments.getByRole('button', { name: 'Assign', exact: true }).click();
    await assignments.getByRole('status').filter({ hasText: 'may now use the roles assigned' }).waitFor();
    const assigned = assignments.getByRole('table', { name: 'Assignments' }).getByRole('row').filter({ hasText: partner.admin.email });
    await assigned.getByRole('cell', { name: 'User administrator', exact: true }).waitFor();
    await review(page, 'b3-partner-assigned');
    await assigned.getByRole('button', { name: /^Remove assignment of / }).click();
    await assignments.getByRole('status').filter({ hasText: 'was removed' }).waitFor();
    await assignments.getByText('No user is assigned an admin role for this customer yet.').waitFor();

    // Change admin roles: the form, its duration select, and nothing chosen refused beside the checkboxes.
    await access.getByRole('button', { name: 'Change admin roles' }).click();
    const form = access.getByRole('region', { name: 'Change admin roles' });
    await form.getByLabel('Duration').selectOption({ label: '90 days' });
    for (const name of ['User administrator', 'License administrator']) await form.getByRole('checkbox', { name }).uncheck();
    await form.getByRole('button', { name: 'Request change' }).click();
    await form.getByText('Choose at least one admin role.').waitFor();
    await review(page, 'b2-partner-change-admin-roles');
    await form.getByRole('button', { name: 'Cancel' }).click();

    const globalPage = await app.newPage();
    await globalPage.goto(`/sign-in?next=${encodeURIComponent(`/customers/${globalId}`)}`);
    await signInThroughPage(globalPage, partner.admin.email, partner.admin.password);
    await globalPage.getByRole('heading', { name: second.name, level: 1 }).waitFor();
    const globalAccess = globalPage.getByRole('region', { name: 'Delegated admin access' });
    await globalAccess.getByRole('button', { name: 'Turn on auto-extend' }).click();
    const refusal = globalAccess.getByRole('alert').filter({ hasText: /GLOBAL_ADMINISTRATOR|global admin/i });
    await refusal.waitFor();
    await review(globalPage, 'b1-partner-auto-extend-refused');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Expiring admin access' }).click();
    await page.getByRole('heading', { name: 'Expiring admin access', level: 1 }).waitFor();
    const tiles = page.getByRole('region', { name: 'Admin access by end date' });
    for (const name of ['Expiring within 1 day', 'Expiring within 7 days', 'Expiring within 30 days', 'Expired']) {
      await tiles.getByRole('button', { name: new RegExp(`^\\d+ ${name}$`) }).waitFor();
    }
    const table = page.getByRole('table', { name: 'Admin access' });
    await table.getByRole('link', { name: customer.name }).waitFor();
    await table.getByRole('link', { name: second.name }).waitFor();
    await review(page, 'b1-admin-access-page');

    // A tile filters the list; both accesses end in a year, so none is within 30 days.
    await tiles.getByRole('button', { name: /Expiring within 30 days$/ }).click();
    await page.getByText('No customer’s admin access is in “Expiring within 30 days”.').waitFor();
    expect(await tiles.getByRole('button', { name: /Expiring within 30 days$/ }).getAttribute('aria-pressed')).toBe('true');
    await review(page, 'b1-admin-access-filtered');
    await page.getByRole('button', { name: 'Show all' }).click();

    await table.getByRole('checkbox', { name: `Select ${customer.name}` }).check();
    await table.getByRole('checkbox', { name: `Select ${second.name}` }).check();
    await page.getByRole('button', { name: 'Turn on auto-extend for selected' }).click();
    await page.getByRole('status').filter({ hasText: 'Auto-extend turned on for 1 of the selected customers.' }).waitFor();
    await page.getByRole('alert').filter({ hasText: '1 could not be changed' }).waitFor();
    const refusedRow = table.getByRole('row').filter({ hasText: second.name });
    await refusedRow.getByText(/^Not changed: /).waitFor();
    await table.getByRole('row').filter({ hasText: customer.name }).getByRole('cell', { name: 'On', exact: true }).waitFor();
    await review(page, 'b1-admin-access-bulk');
  });

  it('the partner asks through the console for two admin roles for 90 days, and the customer’s invitation lists exactly those', async () => {
    const third = await signUpCustomer(app.url);
    const page = await signedIn(partner.admin.email, partner.admin.password, '/customers');
    await page.getByRole('button', { name: 'Request a reseller relationship' }).click();
    const form = page.getByRole('region', { name: 'Request a reseller relationship' });
    await form.getByLabel('Customer email').fill(third.email);
    const roles = form.getByRole('group', { name: 'Roles you ask for' });
    await roles.getByRole('checkbox', { name: 'Reseller' }).uncheck();
    expect(await form.getByRole('group', { name: 'Admin roles you ask for' }).count()).toBe(0);
    await roles.getByRole('checkbox', { name: 'Delegated admin' }).check();

    // As the graph would: Global administrator alone, two years, and no auto-extend, which it refuses with that role.
    const adminRoles = form.getByRole('group', { name: 'Admin roles you ask for' });
    expect(await adminRoles.getByRole('checkbox', { name: 'Global administrator' }).isChecked()).toBe(true);
    expect(await adminRoles.getByRole('checkbox', { checked: true }).count()).toBe(1);
    await adminRoles.getByText('Create, change and delete your users and reset their passwords.').waitFor();
    const duration = form.getByLabel('Duration of the admin access');
    expect(await duration.locator('option:checked').textContent()).toBe('2 years');
    expect(await duration.locator('option').allTextContents()).toEqual(['30 days', '90 days', '180 days', '1 year', '2 years']);
    const autoExtend = form.getByRole('checkbox', { name: 'Extend automatically by 180 days' });
    expect(await autoExtend.isDisabled()).toBe(true);
    await form.getByText('Not with Global administrator').waitFor();
    await review(page, 'b1-partner-request-admin-roles');

    // None chosen: refused beside the checkboxes, before asking the graph.
    await adminRoles.getByRole('checkbox', { name: 'Global administrator' }).uncheck();
    await form.getByRole('button', { name: 'Create request' }).click();
    await adminRoles.getByText('Choose at least one admin role.').waitFor();
    await expectInvalid(adminRoles.getByRole('checkbox', { name: 'User administrator' }));
    await review(page, 'b1-partner-request-no-admin-role');

    await adminRoles.getByRole('checkbox', { name: 'User administrator' }).check();
    await adminRoles.getByRole('checkbox', { name: 'Security reader' }).check();
    expect(await adminRoles.getByText('Choose at least one admin role.').count()).toBe(0);
    expect(await autoExtend.isDisabled()).toBe(false);
    await autoExtend.check();
    await duration.selectOption({ label: '90 days' });
    await form.getByRole('button', { name: 'Create request' }).click();
    const message = page.getByLabel('Message');
    await message.waitFor();
    const link = new URL(/https?:\/\/\S+\/invitations\/accept\?token=\S+/.exec(await message.inputValue())![0]);

    const invitation = await app.newPage();
    await invitation.goto(link.pathname + link.search);
    await signInIfAsked(invitation, third.email, PASSWORD);
    await invitation.getByRole('heading', { name: 'Accept partner invitation', level: 1 }).waitFor();
    const granted = invitation.getByRole('group', { name: 'Admin roles you grant' });
    await granted.getByRole('checkbox').first().waitFor();
    const offered = await granted.getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).labels?.[0]?.textContent));
    expect(offered).toEqual(['User administrator', 'Security reader']);
    await invitation.getByText('for 90 days from your acceptance').waitFor();
    await invitation.getByText('extend itself by 180 days').waitFor();
    await review(invitation, 'b1-invitation-roles-from-console');
  });

  it('B4: the customer’s global admin makes a user relationship admin, who accepts an invitation; a partner’s admin agent is not offered the role', async () => {
    const other = await signUpCustomer(app.url);
    const admin = await signedIn(other.email, PASSWORD, '/settings/users');
    await admin.getByRole('heading', { name: 'User management', level: 1 }).waitFor();
    await admin.getByRole('button', { name: 'Add user' }).click();
    const fullName = 'Rita Relations';
    const email = `rita.relations@${other.email.split('@')[1]}`;
    await admin.getByLabel('Full name').fill(fullName);
    await admin.getByLabel('Email', { exact: true }).fill(email);
    await admin.getByRole('checkbox', { name: 'Relationship admin' }).check();
    await admin.getByRole('button', { name: 'Add user' }).click();
    await admin.getByRole('heading', { name: `User added: ${fullName}` }).waitFor();
    const temporary = (await admin.getByLabel(`Temporary password of ${fullName}`).textContent())!.trim();
    await admin.getByRole('button', { name: 'Done' }).click();
    await admin
      .getByRole('row', { name: new RegExp(fullName) })
      .filter({ hasText: 'Relationship admin' })
      .waitFor();
    await review(admin, 'b4-relationship-admin-added');

    const link = await requestAdminAccess(other.email, ['HELPDESK_ADMINISTRATOR'], false);
    const rita = await app.newPage();
    await rita.goto(new URL(link).pathname + new URL(link).search);
    await rita.getByLabel('Email').fill(email);
    await rita.getByLabel('Password', { exact: true }).fill(temporary);
    await rita.getByRole('button', { name: 'Sign in' }).click();
    await rita.getByRole('heading', { name: 'Change your password' }).waitFor();
    await rita.getByLabel('New password').fill('Rita-Answers-Partners-5');
    await rita.getByRole('button', { name: 'Change password' }).click();
    await rita.getByRole('heading', { name: 'Change your password' }).waitFor({ state: 'detached' });
    await rita.getByRole('heading', { name: 'Accept partner invitation', level: 1 }).waitFor();
    await rita.getByRole('group', { name: 'Admin roles you grant' }).getByRole('checkbox', { name: 'Helpdesk administrator' }).waitFor();
    await review(rita, 'b4-relationship-admin-invitation');
    await rita.getByRole('button', { name: 'Accept', exact: true }).click();
    await rita.getByRole('heading', { name: 'Partner relationships', level: 1 }).waitFor();
    await rita.getByRole('row', { name: new RegExp(partner.enrolment.legalName) }).waitFor();

    // A partner's admin agent manages its users, but the relationship admin role is a customer's, given by its global admin.
    const agent = await signedIn(partner.admin.email, partner.admin.password, '/settings/users');
    await agent.getByRole('button', { name: 'Add user' }).click();
    await agent.getByRole('checkbox', { name: 'Admin agent' }).waitFor();
    expect(await agent.getByRole('checkbox', { name: 'Relationship admin' }).count()).toBe(0);
  });
});
