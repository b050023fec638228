import { laneOf, MailLane } from './lanes';
import type { Recipient } from './recipients';

/** One email an event calls for: which template, to whom, with what values, in which lane. */
export interface Email {
  kind: string;
  template: string;
  to: string;
  /** The tenant it is filed under: the recipient's own, or the one the event's rule names. */
  tenantId: string | null;
  /** What the email is about, when it is not the event's subject (its aggregate). */
  relatedEntityId?: string;
  lane: MailLane;
  /** Where replies go, when not to the platform's sender address (R18: a lead's answer, to the partner user). */
  replyTo?: string;
  /** Everything the template reads, `to` and `recipientName` included. */
  values: Record<string, unknown>;
}

/**
 * What an event means for email: these emails (perhaps none), or nothing yet
 * because a recipient cannot be known until `waitFor` is (awaited-facts): the
 * event then waits for that fact and is handled again, whole, once it is known.
 */
export type EmailDecision = { send: Email[] } | { waitFor: string };

export const send = (emails: Email[]): EmailDecision => ({ send: emails });

export const noEmail: EmailDecision = { send: [] };

export const waitFor = (fact: string): EmailDecision => ({ waitFor: fact });

/** How an event's emails are written, whoever reads them. */
export interface EmailSpec {
  kind: string;
  template: string;
  /** The tenant each email is filed under, unless its recipient has its own. */
  tenantId: string | null;
  relatedEntityId?: string;
}

/** One email per recipient, each with the shared values, the recipient's own, and who it is to. */
export function emailsTo(spec: EmailSpec, recipients: readonly Recipient[], values: Record<string, unknown>): Email[] {
  return recipients.map((recipient) => ({
    kind: spec.kind,
    template: spec.template,
    to: recipient.email,
    tenantId: recipient.tenantId ?? spec.tenantId,
    ...(spec.relatedEntityId !== undefined ? { relatedEntityId: spec.relatedEntityId } : {}),
    lane: laneOf(spec.kind),
    values: { ...values, ...recipient.values, to: recipient.email, recipientName: recipient.name ?? recipient.email },
  }));
}

/** The emails to recipients that may not be known yet (recipients' contactsOf, adminsOf): sent, or waiting. */
export function emailsOrWait(spec: EmailSpec, reach: { recipients: Recipient[] } | { waitFor: string }, values: () => Record<string, unknown>): EmailDecision {
  if ('waitFor' in reach) return waitFor(reach.waitFor);
  return send(emailsTo(spec, reach.recipients, values()));
}
