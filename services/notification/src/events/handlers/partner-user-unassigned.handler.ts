import type { HandlerOf } from '@channelgraph/common';
import { partnerUserUnassignedEmails } from '../../domain/partner-assignment.emails';
import { MailDeps, sendOrDefer } from '../../application/send-emails';

/** R2 PARTNER role: the customer's user hears their assignment to the partner ended, and why. */
export const partnerUserUnassigned =
  (deps: MailDeps): HandlerOf<'channelgraph.relationship.PartnerUserUnassigned.v1'> =>
  (event, tx) =>
    sendOrDefer(deps, event, tx, partnerUserUnassignedEmails(event.data, deps.links));
