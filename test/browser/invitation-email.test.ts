import type { Page } from 'playwright-core';
import { ConsoleStack, review, signInThroughPage, startConsoleStack } from '../support/browser';
import { eventually, graphql, signUpCustomer } from '../support/graphql';
import { mailTo } from '../support/mailbox';
import { activePartner } from '../support/partners';

const DECLINE = 'mutation($t: String!) { declineRelationshipRequest(input: { token: $t }) { status } }';
const CANCEL = 'mutation($id: ID!) { cancelRelationshipRequest(input: { id: $id }) { status } }';

describe('the draft invitation email of an invitation that has ended (R17)', () => {
  let app: ConsoleStack;
  let partner: Awaited<ReturnType<typeof activePartner>>;
  beforeAll(async () => {
    app = await startConsoleStack();
    partner = await activePartner(app.url);
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** The partner creates an invitation from Customers and is shown its draft email; returns the page and the link's token. */
  async function draftFor(customerEmail: string): Promise<{ page: Page; token: string }> {
    const page = await app.newPage();
    await page.goto('/customers');
    await page.waitForURL(/\/sign-in\?next=/);
    await signInThroughPage(page, partner.admin.email, partner.admin.password);
    await page.getByRole('button', { name: 'Request a reseller relationship' }).click();
    await page.getByLabel('Customer email').fill(customerEmail);
    await page.getByRole('button', { name: 'Create request' }).click();
    const message = page.getByLabel('Message');
    await message.waitFor();
    const token = /\/invitations\/accept\?token=([A-Za-z0-9_-]{43})/.exec(await message.inputValue())![1];
    await page.getByRole('button', { name: 'Send' }).waitFor();
    return { page, token };
  }

  /** Waits until notification has heard how the invitation to this address ended, as it would have long before a person clicks. */
  async function untilNotificationKnows(customerEmail: string, status: string) {
    await eventually(`notification knows the invitation to ${customerEmail} is ${status}`, async () => {
      const rows = await app.stack.notification.platform.dataSource.query(
        'SELECT s.status FROM invitation i JOIN invitation_status s ON s.request_id = i.request_id WHERE i.invitee_email = ?',
        [customerEmail],
      );
      return rows[0]?.status === status ? true : undefined;
    });
  }

  async function expectRefusedInPlaceOfSend(page: Page, sentence: RegExp, screenshot: string) {
    await page.getByRole('button', { name: 'Send' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: sentence });
    await refusal.waitFor();
    // Where Send was, just above the draft's other controls, and Send is no longer offered.
    expect(await page.getByRole('alert').count()).toBe(1);
    const [alertBox, doneBox] = [await refusal.boundingBox(), await page.getByRole('button', { name: 'Done' }).boundingBox()];
    expect(doneBox!.y - (alertBox!.y + alertBox!.height)).toBeLessThan(60);
    expect(await page.getByRole('button', { name: 'Send' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Done' }).isVisible()).toBe(true);
    await review(page, screenshot);
  }

  it('shows why a declined invitation cannot be emailed, in place of Send, and no email goes', async () => {
    const customer = await signUpCustomer(app.url);
    const { page, token } = await draftFor(customer.email);
    // The customer declines from the link before the partner sends the draft (the link reached them another way).
    const declined = await graphql(app.url, DECLINE, { t: token }, customer.token);
    expect(declined.data.declineRelationshipRequest.status).toBe('DECLINED');
    await untilNotificationKnows(customer.email, 'DECLINED');

    await expectRefusedInPlaceOfSend(
      page,
      /^This invitation was declined on \d{1,2} [A-Z][a-z]{2} \d{4}; create a new invitation to ask again\.$/,
      'invitation-email-declined',
    );
    expect((await mailTo(customer.email)).filter((mail) => mail.headers['x-channelgraph-kind'] === 'RELATIONSHIP_INVITATION')).toEqual([]);
  });

  it('shows why a cancelled invitation cannot be emailed', async () => {
    const customer = await signUpCustomer(app.url);
    const { page } = await draftFor(customer.email);
    const pending = await graphql(
      app.url,
      `{ partner(id: "${partner.partnerId}") { relationshipRequests(status: PENDING) { edges { node { id inviteeEmail } } } } }`,
      {},
      partner.token,
    );
    const request = pending.data.partner.relationshipRequests.edges.find(
      (edge: { node: { inviteeEmail: string } }) => edge.node.inviteeEmail === customer.email,
    ).node;
    const cancelled = await graphql(app.url, CANCEL, { id: request.id }, partner.token);
    expect(cancelled.data.cancelRelationshipRequest.status).toBe('CANCELLED');
    await untilNotificationKnows(customer.email, 'CANCELLED');

    await expectRefusedInPlaceOfSend(
      page,
      /^This invitation was cancelled on \d{1,2} [A-Z][a-z]{2} \d{4}; create a new invitation if you still want to ask\.$/,
      'invitation-email-cancelled',
    );
    expect((await mailTo(customer.email)).filter((mail) => mail.headers['x-channelgraph-kind'] === 'RELATIONSHIP_INVITATION')).toEqual([]);
  });
});
