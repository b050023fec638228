import type { EventHandler } from '@channelgraph/common';
import { InvitationLink, resellerInvitationEmails } from '../../domain/invitation.emails';
import { MailDeps, sendOrDefer } from '../../application/send-emails';

/** R13: a provider's invitation to a reseller, sent at once (InvitationLinkIssued, and the v1 IndirectResellerInvited that carried the link). */
export const invitationLinkIssued =
  (deps: MailDeps): EventHandler<InvitationLink> =>
  (event, tx) =>
    sendOrDefer(deps, event, tx, resellerInvitationEmails(event.data, deps.links));
