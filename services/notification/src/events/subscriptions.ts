import type { EventHandler, Links, Logger, Subscriptions } from '@channelgraph/common';
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
import { projectPartnerContact } from './handlers/partner-contacts.projection';
import { relationshipRules } from './handlers/relationship.rules';
import { userProjections } from './handlers/users.projection';

export interface MailDeps {
  templates: EmailTemplates;
  links: Links;
  mailer: Mailer;
  bodies: EmailBodies;
  log: Logger;
}

/** Every event notification consumes: what it remembers of it, then the emails its rule describes. */
export function subscriptions(deps: MailDeps): Subscriptions {
  const projections: Record<string, EventHandler> = {
    ...Object.fromEntries(INVITATION_LINK_EVENTS.map((type) => [type, projectInvitation])),
    'channelgraph.enrollment.PartnerEnrollmentSubmitted.v1': projectPartnerContact,
    'channelgraph.enrollment.PartnerActivated.v1': projectPartnerContact,
    ...userProjections,
    'channelgraph.agreement.AgreementAccepted.v1': projectAgreementAcceptance,
  };
  const rules: Record<string, EmailRule<any>> = { ...enrollmentRules, ...directoryRules, ...invitationRules, ...relationshipRules, ...linkRules, ...agreementRules };
  const types = new Set([...Object.keys(projections), ...Object.keys(rules)]);
  return Object.fromEntries(
    [...types].map((type) => {
      const project = projections[type];
      const email = rules[type] ? emailHandler(rules[type], deps) : undefined;
      const handler: EventHandler = async (event, tx) => {
        await project?.(event, tx);
        await email?.(event, tx);
      };
      return [type, handler];
    }),
  );
}
