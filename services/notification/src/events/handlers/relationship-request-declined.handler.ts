import type { HandlerOf } from '@channelgraph/common';
import { declinedProviderOf, relationshipDeclinedEmails } from '../../domain/relationship.emails';
import { emailFacts } from '../../application/email-facts';
import { MailDeps, sendOrDefer } from '../../application/send-emails';

/** R5, R19: the inviting partner hears that the invitee declined, and its provider too for a combined invitation. */
export const relationshipRequestDeclined =
  (deps: MailDeps): HandlerOf<'channelgraph.relationship.RelationshipRequestDeclined.v1'> =>
  async (event, tx) => {
    const partner = await emailFacts.partnerContact(tx, event.data.partnerId);
    const provider = declinedProviderOf(event.data);
    const indirectProvider = provider ? await emailFacts.partnerContact(tx, provider) : null;
    await sendOrDefer(deps, event, tx, relationshipDeclinedEmails(event.data, { partner, indirectProvider }, deps.links));
  };
