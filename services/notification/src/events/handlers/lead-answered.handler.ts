import type { HandlerOf } from '@channelgraph/common';
import { leadAnsweredEmails } from '../../domain/directory.emails';
import { MailDeps, sendOrDefer } from '../../application/send-emails';

/** R18: a partner's answer to a lead, to the customer's contact, with Reply-To the partner user. */
export const leadAnswered =
  (deps: MailDeps): HandlerOf<'channelgraph.enrollment.LeadAnswered.v1'> =>
  (event, tx) =>
    sendOrDefer(deps, event, tx, leadAnsweredEmails(event.data));
