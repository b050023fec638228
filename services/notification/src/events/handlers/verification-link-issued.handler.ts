import type { EventHandler } from '@channelgraph/common';
import { verificationEmails, VerificationRequested } from '../../domain/enrollment.emails';
import { MailDeps, sendOrDefer } from '../../application/send-emails';

/** R10: the verification link, to the primary contact (VerificationLinkIssued, and the v1 PrimaryContactVerificationRequested that carried it). */
export const verificationLinkIssued =
  (deps: MailDeps): EventHandler<VerificationRequested> =>
  (event, tx) =>
    sendOrDefer(deps, event, tx, verificationEmails(event.data, deps.links));
