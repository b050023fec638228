import type { HandlerOf } from '@channelgraph/common';
import { providerAuthorizedEmails } from '../../domain/link.emails';
import { emailFacts } from '../../application/email-facts';
import { MailDeps, sendOrDefer } from '../../application/send-emails';

/** R13: the provider hears that a reseller authorised it as its indirect provider. */
export const indirectProviderAuthorized =
  (deps: MailDeps): HandlerOf<'channelgraph.relationship.IndirectProviderAuthorized.v1'> =>
  async (event, tx) => {
    const contact = await emailFacts.partnerContact(tx, event.data.providerId);
    await sendOrDefer(deps, event, tx, providerAuthorizedEmails(event.data, contact, deps.links));
  };
