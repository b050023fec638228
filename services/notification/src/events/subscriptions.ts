import { alongside, EventHandler, EventPayloads, EventType, ReceivedEvent, Subscriptions } from '@channelgraph/common';
import { partnerContactFacts, tenantAdminFacts } from '../domain/awaited-facts';
import { MailDeps, releaseEmailsAwaiting } from '../application/send-emails';
import { adminPrivilegesRemoved } from './handlers/admin-privileges-removed.handler';
import { agreementTemplatePublished, agreementTemplatePublishedV1 } from './handlers/agreement-template-published.handler';
import { indirectLinkRevoked } from './handlers/indirect-link-revoked.handler';
import { indirectProviderAuthorized } from './handlers/indirect-provider-authorized.handler';
import { adminAccessChanged } from './handlers/admin-access-changed.handler';
import { adminAccessChangeRequestClosed } from './handlers/admin-access-change-request-closed.handler';
import { adminAccessExpiring } from './handlers/admin-access-expiring.handler';
import { invitationLinkIssued, invitationLinkIssuedV2 } from './handlers/invitation-link-issued.handler';
import { partnerActivated } from './handlers/partner-activated.handler';
import { partnerEnrollmentResubmitted } from './handlers/partner-enrollment-resubmitted.handler';
import { partnerRejected } from './handlers/partner-rejected.handler';
import { partnerUserAssigned } from './handlers/partner-user-assigned.handler';
import { partnerUserUnassigned } from './handlers/partner-user-unassigned.handler';
import { leadAnswered } from './handlers/lead-answered.handler';
import { referralCreated } from './handlers/referral-created.handler';
import { partnersContacted } from './handlers/partners-contacted.handler';
import { primaryContactVerified } from './handlers/primary-contact-verified.handler';
import { projectAgreementAcceptance } from './handlers/project-agreement-acceptance.handler';
import { projectInvitation } from './handlers/project-invitation.handler';
import { projectInvitationEnd } from './handlers/project-invitation-end.handler';
import { projectPartnerContact } from './handlers/project-partner-contact.handler';
import { projectSignUpAdmin } from './handlers/project-sign-up-admin.handler';
import { projectUserAdded } from './handlers/project-user-added.handler';
import { projectUserRemoved } from './handlers/project-user-removed.handler';
import { projectUserRolesChanged } from './handlers/project-user-roles-changed.handler';
import { providerAdminAccessRemoved } from './handlers/provider-admin-access-removed.handler';
import { relationshipDeleted } from './handlers/relationship-deleted.handler';
import { relationshipEstablished } from './handlers/relationship-established.handler';
import { relationshipRequestDeclined } from './handlers/relationship-request-declined.handler';
import { relationshipTerminated } from './handlers/relationship-terminated.handler';
import { tenantSignedUp } from './handlers/tenant-signed-up.handler';
import { verificationLinkIssued } from './handlers/verification-link-issued.handler';

export type { MailDeps };

/**
 * What notification remembers of other services' events, so it can address
 * emails those events carry no address for, and let a partner send its
 * invitation's email (R17).
 */
export const projections: Subscriptions = {
  // Links arrive on channelgraph.relationship.links; the v1 events published before it carried them on the shared topic.
  'channelgraph.relationship.InvitationLinkIssued.v2': projectInvitation,
  'channelgraph.relationship.InvitationLinkIssued.v1': projectInvitation,
  'channelgraph.relationship.RelationshipRequested.v1': projectInvitation,
  'channelgraph.relationship.IndirectResellerInvited.v1': projectInvitation,
  // How each request ended: only a PENDING invitation can be emailed.
  'channelgraph.relationship.RelationshipRequestAccepted.v1': projectInvitationEnd,
  'channelgraph.relationship.RelationshipRequestDeclined.v1': projectInvitationEnd,
  'channelgraph.relationship.RelationshipRequestCancelled.v1': projectInvitationEnd,
  'channelgraph.relationship.RelationshipRequestExpired.v1': projectInvitationEnd,
  'channelgraph.enrollment.PartnerEnrollmentSubmitted.v1': projectPartnerContact,
  'channelgraph.enrollment.PartnerActivated.v1': projectPartnerContact,
  // The applicant may change the primary contact before approval (R10).
  'channelgraph.enrollment.PartnerEnrollmentUpdated.v1': projectPartnerContact,
  'channelgraph.enrollment.PartnerEnrollmentResubmitted.v1': projectPartnerContact,
  // Who may receive a tenant's emails: enrollment's users, from its events.
  'channelgraph.enrollment.TenantSignedUp.v1': projectSignUpAdmin,
  'channelgraph.enrollment.UserAdded.v1': projectUserAdded,
  'channelgraph.enrollment.UserAdded.v2': projectUserAdded,
  'channelgraph.enrollment.UserRolesChanged.v1': projectUserRolesChanged,
  'channelgraph.enrollment.UserRolesChanged.v2': projectUserRolesChanged,
  'channelgraph.enrollment.UserRemoved.v1': projectUserRemoved,
  'channelgraph.agreement.AgreementAccepted.v1': projectAgreementAcceptance,
};

/** The events that call for email, each with its handler (domain/*.emails say which emails, to whom). */
export function emails(deps: MailDeps): Subscriptions {
  return {
    // Enrolment (R9, R10): every status change goes to the primary contact.
    'channelgraph.enrollment.TenantSignedUp.v1': tenantSignedUp(deps),
    'channelgraph.enrollment.VerificationLinkIssued.v1': verificationLinkIssued(deps),
    // Published before the link moved to channelgraph.enrollment.links; still emailed if one arrives.
    'channelgraph.enrollment.PrimaryContactVerificationRequested.v1': verificationLinkIssued(deps),
    'channelgraph.enrollment.PrimaryContactVerified.v1': primaryContactVerified(deps),
    'channelgraph.enrollment.PartnerActivated.v1': partnerActivated(deps),
    'channelgraph.enrollment.PartnerRejected.v1': partnerRejected(deps),
    'channelgraph.enrollment.PartnerRejected.v2': partnerRejected(deps),
    'channelgraph.enrollment.PartnerEnrollmentResubmitted.v1': partnerEnrollmentResubmitted(deps),
    'channelgraph.enrollment.PartnersContacted.v1': partnersContacted(deps),
    'channelgraph.enrollment.LeadAnswered.v1': leadAnswered(deps),
    'channelgraph.relationship.ReferralCreated.v1': referralCreated(deps),
    // v2 adds the admin access asked (B1) and the change of admin access (B2), emailed at once to the customer's admins.
    'channelgraph.relationship.InvitationLinkIssued.v2': invitationLinkIssuedV2(deps),
    'channelgraph.relationship.InvitationLinkIssued.v1': invitationLinkIssued(deps),
    'channelgraph.relationship.IndirectResellerInvited.v1': invitationLinkIssued(deps),
    // v1 was published before the source was added (R18); both call for the same email.
    'channelgraph.relationship.RelationshipEstablished.v1': relationshipEstablished(deps),
    'channelgraph.relationship.RelationshipEstablished.v2': relationshipEstablished(deps),
    'channelgraph.relationship.RelationshipRequestDeclined.v1': relationshipRequestDeclined(deps),
    'channelgraph.relationship.AdminPrivilegesRemoved.v1': adminPrivilegesRemoved(deps),
    'channelgraph.relationship.RelationshipDeleted.v1': relationshipDeleted(deps),
    'channelgraph.relationship.RelationshipTerminated.v1': relationshipTerminated(deps),
    'channelgraph.relationship.PartnerUserAssigned.v1': partnerUserAssigned(deps),
    'channelgraph.relationship.PartnerUserUnassigned.v1': partnerUserUnassigned(deps),
    // B1, B2, B6: delegated admin access, to the partner's admin agents and the customer's global and relationship admins.
    'channelgraph.relationship.AdminAccessExpiring.v1': adminAccessExpiring(deps),
    'channelgraph.relationship.AdminAccessChanged.v1': adminAccessChanged(deps),
    'channelgraph.relationship.AdminAccessChangeRequestClosed.v1': adminAccessChangeRequestClosed(deps),
    'channelgraph.relationship.IndirectProviderAuthorized.v1': indirectProviderAuthorized(deps),
    'channelgraph.relationship.ProviderAdminAccessRemoved.v1': providerAdminAccessRemoved(deps),
    'channelgraph.relationship.IndirectLinkRevoked.v1': indirectLinkRevoked(deps),
    'channelgraph.agreement.AgreementTemplatePublished.v1': agreementTemplatePublishedV1(deps),
    'channelgraph.agreement.AgreementTemplatePublished.v2': agreementTemplatePublished(deps),
  };
}

/** Which facts (domain/awaited-facts) an event makes known once projected: the emails waiting for them are released. */
const FACTS_MADE_KNOWN: { [K in EventType]?: (data: EventPayloads[K]) => string[] } = {
  'channelgraph.enrollment.PartnerEnrollmentSubmitted.v1': partnerContactFacts,
  'channelgraph.enrollment.PartnerActivated.v1': partnerContactFacts,
  'channelgraph.enrollment.PartnerEnrollmentUpdated.v1': partnerContactFacts,
  'channelgraph.enrollment.PartnerEnrollmentResubmitted.v1': partnerContactFacts,
  'channelgraph.enrollment.TenantSignedUp.v1': tenantAdminFacts,
  'channelgraph.enrollment.UserAdded.v1': tenantAdminFacts,
  'channelgraph.enrollment.UserAdded.v2': tenantAdminFacts,
  'channelgraph.enrollment.UserRolesChanged.v1': tenantAdminFacts,
  'channelgraph.enrollment.UserRolesChanged.v2': tenantAdminFacts,
};

/** After each event of FACTS_MADE_KNOWN, the events whose emails waited for what it made known, each handled by its email handler. */
function releasing(emailHandlers: Subscriptions): Subscriptions {
  const byType = emailHandlers as Record<string, EventHandler | undefined>;
  return Object.fromEntries(
    Object.entries(FACTS_MADE_KNOWN).map(([type, factsOf]) => {
      const handler: EventHandler = async (event: ReceivedEvent, tx) => {
        for (const fact of (factsOf as (data: unknown) => string[])(event.data)) {
          // A released event may wait again, for another fact (e.g. a second partner's contact).
          for (const waiting of await releaseEmailsAwaiting(tx, fact)) await byType[waiting.type]?.(waiting, tx);
        }
      };
      return [type, handler];
    }),
  );
}

/**
 * Every event notification consumes: what it remembers of it, then the emails
 * its rule describes, then the emails of earlier events that waited for what it
 * made known — all in the event's inbox transaction.
 */
export function subscriptions(deps: MailDeps): Subscriptions {
  const emailHandlers = emails(deps);
  return alongside(alongside(projections, emailHandlers), releasing(emailHandlers));
}
