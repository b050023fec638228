import type { EventHandler, HandlerOf } from '@channelgraph/common';
import { adminAccessChangeRequestEmails, isAdminAccessChangeRequest } from '../../domain/admin-access.emails';
import { InvitationLink, resellerInvitationEmails } from '../../domain/invitation.emails';
import { emailFacts } from '../../application/email-facts';
import { MailDeps, sendOrDefer } from '../../application/send-emails';

/** R13: a provider's invitation to a reseller, sent at once (InvitationLinkIssued, and the v1 IndirectResellerInvited that carried the link). */
export const invitationLinkIssued =
  (deps: MailDeps): EventHandler<InvitationLink> =>
  (event, tx) =>
    sendOrDefer(deps, event, tx, resellerInvitationEmails(event.data, deps.links));

/**
 * v2: the same for a reseller's invitation; a change of admin access (B2) goes at once to the customer's global and
 * relationship admins. Its link never waits here for an admin to be known (domain/admin-access.emails): with none
 * known, it is logged and nothing is sent.
 */
export const invitationLinkIssuedV2 =
  (deps: MailDeps): HandlerOf<'channelgraph.relationship.InvitationLinkIssued.v2'> =>
  async (event, tx) => {
    if (!isAdminAccessChangeRequest(event.data)) return sendOrDefer(deps, event, tx, resellerInvitationEmails(event.data, deps.links));
    const customerUsers = await emailFacts.customerAdminUsers(tx, event.data.customerTenantId);
    const decision = adminAccessChangeRequestEmails(event.data, customerUsers, deps.links);
    if ('send' in decision && decision.send.length === 0) {
      deps.log.warn(
        { eventId: event.id, requestId: event.data.requestId },
        'no admin of the customer is known here: the change of admin access was not emailed',
      );
    }
    await sendOrDefer(deps, event, tx, decision);
  };
