import type { HandlerOf } from '@channelgraph/common';
import { activatedEmails } from '../../domain/enrollment.emails';
import { MailDeps, sendOrDefer } from '../../application/send-emails';

/** The application was approved: to the primary contact. */
export const partnerActivated =
  (deps: MailDeps): HandlerOf<'channelgraph.enrollment.PartnerActivated.v1'> =>
  (event, tx) =>
    sendOrDefer(deps, event, tx, activatedEmails(event.data, deps.links));
