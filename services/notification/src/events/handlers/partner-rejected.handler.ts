import type { HandlerOf } from '@channelgraph/common';
import { rejectedEmails } from '../../domain/enrollment.emails';
import { MailDeps, sendOrDefer } from '../../application/send-emails';

/** The application was rejected, with what to fix: to the primary contact. */
export const partnerRejected =
  (deps: MailDeps): HandlerOf<'channelgraph.enrollment.PartnerRejected.v1' | 'channelgraph.enrollment.PartnerRejected.v2'> =>
  (event, tx) =>
    sendOrDefer(deps, event, tx, rejectedEmails(event.data, deps.links));
