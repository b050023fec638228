import type { HandlerOf } from '@channelgraph/common';
import { adminPrivilegesRemovedEmails } from '../../domain/relationship.emails';
import { emailFacts } from '../../application/email-facts';
import { MailDeps, sendOrDefer } from '../../application/send-emails';

/** R6: the partner hears that the customer removed its delegated admin privileges. */
export const adminPrivilegesRemoved =
  (deps: MailDeps): HandlerOf<'channelgraph.relationship.AdminPrivilegesRemoved.v1'> =>
  async (event, tx) => {
    const contact = await emailFacts.partnerContact(tx, event.data.partnerId);
    await sendOrDefer(deps, event, tx, adminPrivilegesRemovedEmails(event.data, contact, deps.links));
  };
