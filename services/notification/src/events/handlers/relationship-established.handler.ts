import type { HandlerOf } from '@channelgraph/common';
import { announcesAcceptance, relationshipAcceptedEmails } from '../../domain/relationship.emails';
import { emailFacts } from '../../application/email-facts';
import { MailDeps, sendOrDefer } from '../../application/send-emails';

/** R3, R19: the partner hears that the customer accepted its invitation (an established relationship without one, e.g. an import, calls for no email). */
export const relationshipEstablished =
  (deps: MailDeps): HandlerOf<'channelgraph.relationship.RelationshipEstablished.v1' | 'channelgraph.relationship.RelationshipEstablished.v2'> =>
  async (event, tx) => {
    if (!announcesAcceptance(event.data)) return;
    const contact = await emailFacts.partnerContact(tx, event.data.partnerId);
    await sendOrDefer(deps, event, tx, relationshipAcceptedEmails(event.data, contact, deps.links));
  };
