import type { HandlerOf } from '@channelgraph/common';
import { relationshipDeletedEmails } from '../../domain/relationship.emails';
import { partnerContactOf } from '../../store/partner-contacts.repository';
import { MailDeps, sendOrDefer } from '../mail-deps';

/** R7: the partner hears that the customer deleted the relationship. */
export const relationshipDeleted =
  (deps: MailDeps): HandlerOf<'channelgraph.relationship.RelationshipDeleted.v1'> =>
  async (event, tx) => {
    const contact = await partnerContactOf(tx.manager, event.data.partnerId);
    await sendOrDefer(deps, event, tx, relationshipDeletedEmails(event.data, contact, deps.links));
  };
