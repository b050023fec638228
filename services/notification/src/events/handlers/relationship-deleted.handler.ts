import type { HandlerOf } from '@channelgraph/common';
import { relationshipDeletedEmails } from '../../domain/relationship.emails';
import { emailFacts } from '../../application/email-facts';
import { MailDeps, sendOrDefer } from '../../application/send-emails';

/** R7: the partner hears that the customer deleted the relationship. */
export const relationshipDeleted =
  (deps: MailDeps): HandlerOf<'channelgraph.relationship.RelationshipDeleted.v1'> =>
  async (event, tx) => {
    const contact = await emailFacts.partnerContact(tx, event.data.partnerId);
    await sendOrDefer(deps, event, tx, relationshipDeletedEmails(event.data, contact, deps.links));
  };
