import type { HandlerOf } from '@channelgraph/common';
import { providerAuthorizedEmails } from '../../domain/link.emails';
import { partnerContactOf } from '../../store/partner-contacts.repository';
import { MailDeps, sendOrDefer } from '../mail-deps';

/** R13: the provider hears that a reseller authorised it as its indirect provider. */
export const indirectProviderAuthorized =
  (deps: MailDeps): HandlerOf<'channelgraph.relationship.IndirectProviderAuthorized.v1'> =>
  async (event, tx) => {
    const contact = await partnerContactOf(tx.manager, event.data.providerId);
    await sendOrDefer(deps, event, tx, providerAuthorizedEmails(event.data, contact, deps.links));
  };
