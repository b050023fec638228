import type { HandlerOf } from '@channelgraph/common';
import { linkRevokedEmails } from '../../domain/link.emails';
import { emailFacts } from '../../application/email-facts';
import { MailDeps, sendOrDefer } from '../../application/send-emails';

/** R13: the side of an indirect provider link that did not revoke it hears of it. */
export const indirectLinkRevoked =
  (deps: MailDeps): HandlerOf<'channelgraph.relationship.IndirectLinkRevoked.v1'> =>
  async (event, tx) => {
    const { providerId, resellerId, revokedByPartnerId } = event.data;
    // Only the side that did not revoke is written to.
    const contactOf = (partnerId: string) => (partnerId === revokedByPartnerId ? Promise.resolve(null) : emailFacts.partnerContact(tx, partnerId));
    const contacts = { provider: await contactOf(providerId), reseller: await contactOf(resellerId) };
    await sendOrDefer(deps, event, tx, linkRevokedEmails(event.data, contacts, deps.links));
  };
