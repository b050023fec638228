import type { HandlerOf } from '@channelgraph/common';
import { announcesAcceptance, relationshipAcceptedEmails } from '../../domain/relationship.emails';
import { partnerContactOf } from '../../store/partner-contacts.repository';
import { MailDeps, sendOrDefer } from '../mail-deps';

/** R3, R19: the partner hears that the customer accepted its invitation (an established relationship without one, e.g. an import, calls for no email). */
export const relationshipEstablished =
  (deps: MailDeps): HandlerOf<'channelgraph.relationship.RelationshipEstablished.v1'> =>
  async (event, tx) => {
    if (!announcesAcceptance(event.data)) return;
    const contact = await partnerContactOf(tx.manager, event.data.partnerId);
    await sendOrDefer(deps, event, tx, relationshipAcceptedEmails(event.data, contact, deps.links));
  };
