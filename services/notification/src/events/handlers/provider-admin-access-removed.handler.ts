import type { HandlerOf } from '@channelgraph/common';
import { providerAdminAccessRemovedEmails } from '../../domain/link.emails';
import { emailFacts } from '../../application/email-facts';
import { MailDeps, sendOrDefer } from '../../application/send-emails';

/** R13: the provider hears that the reseller removed its admin access. */
export const providerAdminAccessRemoved =
  (deps: MailDeps): HandlerOf<'channelgraph.relationship.ProviderAdminAccessRemoved.v1'> =>
  async (event, tx) => {
    const contact = await emailFacts.partnerContact(tx, event.data.providerId);
    await sendOrDefer(deps, event, tx, providerAdminAccessRemovedEmails(event.data, contact, deps.links));
  };
