import type { HandlerOf } from '@channelgraph/common';
import { resubmittedEmails } from '../../domain/enrollment.emails';
import { MailDeps, sendOrDefer } from '../../application/send-emails';

/** A rejected application, fixed, is in review again: to the primary contact. */
export const partnerEnrollmentResubmitted =
  (deps: MailDeps): HandlerOf<'channelgraph.enrollment.PartnerEnrollmentResubmitted.v1'> =>
  (event, tx) =>
    sendOrDefer(deps, event, tx, resubmittedEmails(event.data));
