import type { HandlerOf } from '@channelgraph/common';
import { adminAccessChangedEmails } from '../../domain/admin-access.emails';
import { emailFacts } from '../../application/email-facts';
import { MailDeps, sendOrDefer } from '../../application/send-emails';

/** B1, B2, B6: every change of a partner's delegated admin access, to the customer's admins and, unless it was the partner's own auto-extend switch, its admin agents. */
export const adminAccessChanged =
  (deps: MailDeps): HandlerOf<'channelgraph.relationship.AdminAccessChanged.v1'> =>
  async (event, tx) => {
    const readers = await emailFacts.adminAccessReaders(tx, event.data);
    await sendOrDefer(deps, event, tx, adminAccessChangedEmails(event.data, readers, deps.links));
  };
