import type { HandlerOf } from '@channelgraph/common';
import { adminPrivilegesRemovedEmails } from '../../domain/relationship.emails';
import { partnerContactOf } from '../../store/partner-contacts.repository';
import { MailDeps, sendOrDefer } from '../mail-deps';

/** R6: the partner hears that the customer removed its delegated admin privileges. */
export const adminPrivilegesRemoved =
  (deps: MailDeps): HandlerOf<'channelgraph.relationship.AdminPrivilegesRemoved.v1'> =>
  async (event, tx) => {
    const contact = await partnerContactOf(tx.manager, event.data.partnerId);
    await sendOrDefer(deps, event, tx, adminPrivilegesRemovedEmails(event.data, contact, deps.links));
  };
