import type { HandlerOf } from '@channelgraph/common';
import { inReviewEmails } from '../../domain/enrollment.emails';
import { MailDeps, sendOrDefer } from '../../application/send-emails';

/** The application is in review: to the primary contact. */
export const primaryContactVerified =
  (deps: MailDeps): HandlerOf<'channelgraph.enrollment.PrimaryContactVerified.v1'> =>
  (event, tx) =>
    sendOrDefer(deps, event, tx, inReviewEmails(event.data));
