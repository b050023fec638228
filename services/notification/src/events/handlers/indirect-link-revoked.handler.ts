import type { HandlerOf } from '@channelgraph/common';
import { linkRevokedEmails } from '../../domain/link.emails';
import { partnerContactOf } from '../../store/partner-contacts.repository';
import { MailDeps, sendOrDefer } from '../mail-deps';

/** R13: the side of an indirect provider link that did not revoke it hears of it. */
export const indirectLinkRevoked =
  (deps: MailDeps): HandlerOf<'channelgraph.relationship.IndirectLinkRevoked.v1'> =>
  async (event, tx) => {
    const { providerId, resellerId, revokedByPartnerId } = event.data;
    // Only the side that did not revoke is written to.
    const contactOf = (partnerId: string) => (partnerId === revokedByPartnerId ? Promise.resolve(null) : partnerContactOf(tx.manager, partnerId));
    const contacts = { provider: await contactOf(providerId), reseller: await contactOf(resellerId) };
    await sendOrDefer(deps, event, tx, linkRevokedEmails(event.data, contacts, deps.links));
  };
