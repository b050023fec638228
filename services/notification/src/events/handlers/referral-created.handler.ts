import type { HandlerOf } from '@channelgraph/common';
import { referralCreatedEmails } from '../../domain/referral.emails';
import { emailFacts } from '../../application/email-facts';
import { MailDeps, sendOrDefer } from '../../application/send-emails';

/** R18: a vendor referral, to the partner's primary contact (it waits until the contact is known). */
export const referralCreated =
  (deps: MailDeps): HandlerOf<'channelgraph.relationship.ReferralCreated.v1'> =>
  async (event, tx) => {
    const contact = await emailFacts.partnerContact(tx, event.data.partnerId);
    await sendOrDefer(deps, event, tx, referralCreatedEmails(event.data, contact, deps.links));
  };
