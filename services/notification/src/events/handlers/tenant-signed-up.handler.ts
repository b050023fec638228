import type { HandlerOf } from '@channelgraph/common';
import { welcomeEmails } from '../../domain/enrollment.emails';
import { MailDeps, sendOrDefer } from '../../application/send-emails';

/** The welcome email to the new organisation's global admin. */
export const tenantSignedUp =
  (deps: MailDeps): HandlerOf<'channelgraph.enrollment.TenantSignedUp.v1'> =>
  (event, tx) =>
    sendOrDefer(deps, event, tx, welcomeEmails(event.data, deps.links));
