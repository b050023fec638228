import type { HandlerOf } from '@channelgraph/common';
import { adminAccessExpiringEmails } from '../../domain/admin-access.emails';
import { emailFacts } from '../../application/email-facts';
import { MailDeps, sendOrDefer } from '../../application/send-emails';

/** B1: 30, 7 and 1 day before delegated admin access ends, the partner's admin agents and the customer's admins hear of it. */
export const adminAccessExpiring =
  (deps: MailDeps): HandlerOf<'channelgraph.relationship.AdminAccessExpiring.v1'> =>
  async (event, tx) => {
    const readers = await emailFacts.adminAccessReaders(tx, event.data);
    await sendOrDefer(deps, event, tx, adminAccessExpiringEmails(event.data, readers, deps.links));
  };
