import type { Links, Logger, ReceivedEvent, Transaction } from '@channelgraph/common';
import type { EmailDecision } from '../domain/emails';
import type { EmailBodies } from '../mail/bodies';
import type { Mailer } from '../mail/mailer';
import { queueEmail } from '../mail/queue';
import type { EmailTemplates } from '../mail/templates';
import { deferEmails, takeDeferred } from '../store/deferred-emails.repository';

/** What the email handlers use besides the inbox transaction. */
export interface MailDeps {
  templates: EmailTemplates;
  links: Links;
  mailer: Mailer;
  bodies: EmailBodies;
  log: Logger;
}

/**
 * Carries out what the domain decided for an event's emails, inside the inbox
 * transaction: each email rendered and queued, the mailer woken once the
 * transaction commits. When a recipient is not known yet, none of the event's
 * emails is queued: the event waits for the fact and is handled again, whole,
 * when it is released (subscriptions).
 */
export async function sendOrDefer(deps: MailDeps, event: ReceivedEvent, tx: Transaction, decision: EmailDecision): Promise<void> {
  if ('waitFor' in decision) {
    await deferEmails(tx.manager, event, decision.waitFor);
    deps.log.info({ eventId: event.id, eventType: event.type, waitingFor: decision.waitFor }, 'emails wait for a fact not known here yet');
    return;
  }
  if (decision.send.length === 0) return;
  for (const email of decision.send) {
    await queueEmail(tx.manager, deps.bodies, {
      eventId: event.id,
      kind: email.kind,
      to: email.to,
      tenantId: email.tenantId,
      relatedEntityId: email.relatedEntityId ?? event.subject,
      lane: email.lane,
      replyTo: email.replyTo ?? null,
      email: deps.templates.render(email.template, email.values),
    });
  }
  tx.afterCommit(() => deps.mailer.kick());
}

/** The events whose emails waited for `fact` (domain/awaited-facts), taken off the waiting list to be handled again. */
export function releaseEmailsAwaiting(tx: Transaction, fact: string): Promise<ReceivedEvent[]> {
  return takeDeferred(tx.manager, fact);
}
