import type { HandlerOf } from '@channelgraph/common';
import { leadEmails } from '../../domain/directory.emails';
import { MailDeps, sendOrDefer } from '../../application/send-emails';

/** R1: the lead email to each contacted partner's primary contact. */
export const partnersContacted =
  (deps: MailDeps): HandlerOf<'channelgraph.enrollment.PartnersContacted.v1'> =>
  (event, tx) =>
    sendOrDefer(deps, event, tx, leadEmails(event.data, deps.links));
