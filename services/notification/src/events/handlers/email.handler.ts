import type { EventHandler, EventPayloads, EventType, Logger, ReceivedEvent } from '@channelgraph/common';
import type { EntityManager } from 'typeorm';
import type { MailDeps } from '../subscriptions';
import { queueEmail } from '../../mail/queue';
import { deferEmails } from '../../store/deferred-emails';

export interface Recipient {
  email: string;
  name?: string;
  /** The recipient's own tenant, when it differs per recipient; overrides the rule's `tenantId`. */
  tenantId?: string;
  /** Template values that depend on who reads the email (e.g. which side of a link they are on). */
  values?: Record<string, unknown>;
}

/** What a rule may consult to find its recipients: the projections, inside the consumer's transaction. */
export interface RecipientLookup {
  manager: EntityManager;
  event: ReceivedEvent;
  log: Logger;
  /** Says a recipient cannot be known until `fact` is (awaited-facts): the event's emails then wait for it. */
  waitFor(fact: string): void;
}

/** How one event becomes one or more emails: which template, to whom, with what values. */
export interface EmailRule<T> {
  kind: string;
  template: string;
  /** Events of this type that call for no email at all; every event does when absent. */
  when?: (data: T) => boolean;
  recipients: (data: T, lookup: RecipientLookup) => Recipient[] | Promise<Recipient[]>;
  tenantId: (data: T) => string | null;
  /** What the email is about; the event's subject (its aggregate) unless the rule says otherwise. */
  relatedEntityId?: (event: ReceivedEvent<T>) => string;
  values: (data: T, deps: MailDeps) => Record<string, unknown>;
}

/** Rules by event type, each checked against its event's payload as schema/events describes it. */
export type EmailRules = { [K in EventType]?: EmailRule<EventPayloads[K]> };

/**
 * Queues the rule's emails inside the inbox transaction and wakes the mailer
 * once it commits. When a recipient is not known yet, none of the event's
 * emails is queued: the event waits for the fact and is handled again, whole,
 * when it is released (subscriptions).
 */
export function emailHandler<T>(rule: EmailRule<T>, deps: MailDeps): EventHandler<T> {
  return async (event, tx) => {
    const data = event.data;
    if (rule.when && !rule.when(data)) return;
    const awaited: string[] = [];
    const recipients = await rule.recipients(data, { manager: tx.manager, event, log: deps.log, waitFor: (fact) => awaited.push(fact) });
    if (awaited.length > 0) {
      await deferEmails(tx.manager, event, awaited[0]);
      deps.log.info({ eventId: event.id, eventType: event.type, waitingFor: awaited[0] }, 'emails wait for a fact not known here yet');
      return;
    }
    if (recipients.length === 0) return;
    const values = rule.values(data, deps);
    for (const recipient of recipients) {
      const email = deps.templates.render(rule.template, { ...values, ...recipient.values, to: recipient.email, recipientName: recipient.name ?? recipient.email });
      await queueEmail(tx.manager, deps.bodies, {
        eventId: event.id,
        kind: rule.kind,
        to: recipient.email,
        tenantId: recipient.tenantId ?? rule.tenantId(data),
        relatedEntityId: rule.relatedEntityId?.(event) ?? event.subject,
        email,
      });
    }
    tx.afterCommit(() => deps.mailer.kick());
  };
}
