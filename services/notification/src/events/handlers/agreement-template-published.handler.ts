import type { HandlerOf } from '@channelgraph/common';
import { announcesNewCustomerAgreement, customerAgreementUpdatedEmails } from '../../domain/agreement.emails';
import { emailFacts } from '../../application/email-facts';
import { MailDeps, sendOrDefer } from '../../application/send-emails';

type Published = HandlerOf<'channelgraph.agreement.AgreementTemplatePublished.v2'> | HandlerOf<'channelgraph.agreement.AgreementTemplatePublished.v1'>;

/** R4: a new Customer Agreement version, to the global admins of every customer that accepted an older one (the BULK lane). */
const announce =
  (deps: MailDeps) =>
  async (event: Parameters<Published>[0], tx: Parameters<Published>[1]): Promise<void> => {
    // Asked before the lookup, which reads every customer's admins.
    if (!announcesNewCustomerAgreement(event.data)) return;
    const adminsBehind = await emailFacts.globalAdminsOfCustomersBehindOn(tx, event.data.version);
    await sendOrDefer(deps, event, tx, customerAgreementUpdatedEmails(event.data, adminsBehind, deps.links));
  };

export const agreementTemplatePublished = (deps: MailDeps): HandlerOf<'channelgraph.agreement.AgreementTemplatePublished.v2'> => announce(deps);
/** v1: published before the deadline existed, still on the topic. */
export const agreementTemplatePublishedV1 = (deps: MailDeps): HandlerOf<'channelgraph.agreement.AgreementTemplatePublished.v1'> => announce(deps);
