import type { HandlerOf } from '@channelgraph/common';
import { relationshipTerminatedEmails } from '../../domain/relationship.emails';
import { globalAdminsOf } from '../../store/tenant-users.repository';
import { MailDeps, sendOrDefer } from '../mail-deps';

/** The partner ended the relationship: the customer's global admins hear of it. */
export const relationshipTerminated =
  (deps: MailDeps): HandlerOf<'channelgraph.relationship.RelationshipTerminated.v1'> =>
  async (event, tx) => {
    const admins = await globalAdminsOf(tx.manager, event.data.customerTenantId);
    await sendOrDefer(deps, event, tx, relationshipTerminatedEmails(event.data, admins, deps.links));
  };
