import type { HandlerOf } from '@channelgraph/common';
import { partnerUserAssignedEmails } from '../../domain/partner-assignment.emails';
import { MailDeps, sendOrDefer } from '../../application/send-emails';

/** R2 PARTNER role: the customer's user hears they were assigned to work with the partner. */
export const partnerUserAssigned =
  (deps: MailDeps): HandlerOf<'channelgraph.relationship.PartnerUserAssigned.v1'> =>
  (event, tx) =>
    sendOrDefer(deps, event, tx, partnerUserAssignedEmails(event.data, deps.links));
