import type { EventHandler, EventPayloads, EventType, Links, Logger, ReceivedEvent, Subscriptions } from '@channelgraph/common';
import type { EmailBodies } from '../mail/bodies';
import type { Mailer } from '../mail/mailer';
import type { EmailTemplates } from '../mail/templates';
import { projectAgreementAcceptance } from './handlers/agreement-acceptances.projection';
import { agreementRules } from './handlers/agreement.rules';
import { directoryRules } from './handlers/directory.rules';
import { EmailRule, emailHandler } from './handlers/email.handler';
import { enrollmentRules } from './handlers/enrollment.rules';
import { INVITATION_LINK_EVENTS, invitationRules, projectInvitation } from './handlers/invitation.handlers';
import { linkRules } from './handlers/link.rules';
import { partnerContactFacts, projectPartnerContact } from './handlers/partner-contacts.projection';
import { relationshipRules } from './handlers/relationship.rules';
import { tenantAdminFacts, userProjections } from './handlers/users.projection';
import { takeDeferred } from '../store/deferred-emails';

export interface MailDeps {
  templates: EmailTemplates;
  links: Links;
  mailer: Mailer;
  bodies: EmailBodies;
  log: Logger;
}

/** Which facts (handlers/awaited-facts) an event makes known once projected: the emails waiting for them are released. */
const FACTS_MADE_KNOWN: { [K in EventType]?: (event: ReceivedEvent<EventPayloads[K]>) => string[] } = {
  'channelgraph.enrollment.PartnerEnrollmentSubmitted.v1': partnerContactFacts,
  'channelgraph.enrollment.PartnerActivated.v1': partnerContactFacts,
  'channelgraph.enrollment.TenantSignedUp.v1': tenantAdminFacts,
  'channelgraph.enrollment.UserAdded.v1': tenantAdminFacts,
  'channelgraph.enrollment.UserRolesChanged.v1': tenantAdminFacts,
};

/**
 * Every event notification consumes: what it remembers of it, then the emails
 * its rule describes, then the emails of earlier events that waited for what it
 * made known — all in the event's inbox transaction.
 */
export function subscriptions(deps: MailDeps): Subscriptions {
  const projections: Subscriptions = {
    ...Object.fromEntries(INVITATION_LINK_EVENTS.map((type) => [type, projectInvitation])),
    'channelgraph.enrollment.PartnerEnrollmentSubmitted.v1': projectPartnerContact,
    'channelgraph.enrollment.PartnerActivated.v1': projectPartnerContact,
    ...userProjections,
    'channelgraph.agreement.AgreementAccepted.v1': projectAgreementAcceptance,
  };
  const rules: Record<string, EmailRule<any>> = { ...enrollmentRules, ...directoryRules, ...invitationRules, ...relationshipRules, ...linkRules, ...agreementRules };
  const emails: Record<string, EventHandler> = Object.fromEntries(Object.entries(rules).map(([type, rule]) => [type, emailHandler(rule, deps)]));
  const types = new Set([...Object.keys(projections), ...Object.keys(rules)] as EventType[]);
  return Object.fromEntries(
    [...types].map((type) => {
      const project: EventHandler | undefined = projections[type];
      const email = emails[type];
      const factsMadeKnown = FACTS_MADE_KNOWN[type] as ((event: ReceivedEvent) => string[]) | undefined;
      const handler: EventHandler = async (event, tx) => {
        await project?.(event, tx);
        await email?.(event, tx);
        for (const fact of factsMadeKnown?.(event) ?? []) {
          // A released event may wait again, for another fact (e.g. a second partner's contact).
          for (const waiting of await takeDeferred(tx.manager, fact)) await emails[waiting.type]?.(waiting, tx);
        }
      };
      return [type, handler];
    }),
  );
}
