import type { HandlerOf } from '@channelgraph/common';
import { announcesNewCustomerAgreement, customerAgreementUpdatedEmails } from '../../domain/agreement.emails';
import { globalAdminsOfCustomersBehindOn } from '../../store/tenant-users.repository';
import { MailDeps, sendOrDefer } from '../mail-deps';

/** R4: a new Customer Agreement version, to the global admins of every customer that accepted an older one (the BULK lane). */
export const agreementTemplatePublished =
  (deps: MailDeps): HandlerOf<'channelgraph.agreement.AgreementTemplatePublished.v1'> =>
  async (event, tx) => {
    // Asked before the lookup, which reads every customer's admins.
    if (!announcesNewCustomerAgreement(event.data)) return;
    const adminsBehind = await globalAdminsOfCustomersBehindOn(tx.manager, event.data.templateId);
    await sendOrDefer(deps, event, tx, customerAgreementUpdatedEmails(event.data, adminsBehind, deps.links));
  };
