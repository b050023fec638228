import type { HandlerOf } from '@channelgraph/common';
import { relationshipTerminatedEmails } from '../../domain/relationship.emails';
import { emailFacts } from '../../application/email-facts';
import { MailDeps, sendOrDefer } from '../../application/send-emails';

/** The partner ended the relationship: the customer's global admins hear of it. */
export const relationshipTerminated =
  (deps: MailDeps): HandlerOf<'channelgraph.relationship.RelationshipTerminated.v1'> =>
  async (event, tx) => {
    const admins = await emailFacts.globalAdmins(tx, event.data.customerTenantId);
    await sendOrDefer(deps, event, tx, relationshipTerminatedEmails(event.data, admins, deps.links));
  };
