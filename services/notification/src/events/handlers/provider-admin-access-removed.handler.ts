import type { HandlerOf } from '@channelgraph/common';
import { providerAdminAccessRemovedEmails } from '../../domain/link.emails';
import { partnerContactOf } from '../../store/partner-contacts.repository';
import { MailDeps, sendOrDefer } from '../mail-deps';

/** R13: the provider hears that the reseller removed its admin access. */
export const providerAdminAccessRemoved =
  (deps: MailDeps): HandlerOf<'channelgraph.relationship.ProviderAdminAccessRemoved.v1'> =>
  async (event, tx) => {
    const contact = await partnerContactOf(tx.manager, event.data.providerId);
    await sendOrDefer(deps, event, tx, providerAdminAccessRemovedEmails(event.data, contact, deps.links));
  };
