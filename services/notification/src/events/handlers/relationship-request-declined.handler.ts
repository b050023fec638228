import type { HandlerOf } from '@channelgraph/common';
import { declinedProviderOf, relationshipDeclinedEmails } from '../../domain/relationship.emails';
import { partnerContactOf } from '../../store/partner-contacts.repository';
import { MailDeps, sendOrDefer } from '../mail-deps';

/** R5, R19: the inviting partner hears that the invitee declined, and its provider too for a combined invitation. */
export const relationshipRequestDeclined =
  (deps: MailDeps): HandlerOf<'channelgraph.relationship.RelationshipRequestDeclined.v1'> =>
  async (event, tx) => {
    const partner = await partnerContactOf(tx.manager, event.data.partnerId);
    const provider = declinedProviderOf(event.data);
    const indirectProvider = provider ? await partnerContactOf(tx.manager, provider) : null;
    await sendOrDefer(deps, event, tx, relationshipDeclinedEmails(event.data, { partner, indirectProvider }, deps.links));
  };
