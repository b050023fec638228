import type { HandlerOf } from '@channelgraph/common';
import { adminAccessChangeClosedEmails } from '../../domain/admin-access.emails';
import { emailFacts } from '../../application/email-facts';
import { MailDeps, sendOrDefer } from '../../application/send-emails';

/** B2: the partner's admin agents hear that its change of admin access was declined, expired or cancelled (an approval is told by AdminAccessChanged). */
export const adminAccessChangeRequestClosed =
  (deps: MailDeps): HandlerOf<'channelgraph.relationship.AdminAccessChangeRequestClosed.v1'> =>
  async (event, tx) => {
    if (event.data.status === 'ACCEPTED') return;
    const partnerUsers = await emailFacts.partnerAdminUsers(tx, event.data.partnerTenantId);
    await sendOrDefer(deps, event, tx, adminAccessChangeClosedEmails(event.data, partnerUsers, deps.links));
  };
