import type { Subscriptions } from '@channelgraph/common';
import { agreementAccepted } from './handlers/agreement-accepted.handler';
import { agreementTemplatePublished, agreementTemplatePublishedV1 } from './handlers/agreement-template-published.handler';
import { partnerActivated } from './handlers/partner-activated.handler';
import { partnersContacted } from './handlers/partners-contacted.handler';
import { partnerEnrollmentResubmitted } from './handlers/partner-enrollment-resubmitted.handler';
import { partnerEnrollmentSubmitted } from './handlers/partner-enrollment-submitted.handler';
import { partnerEnrollmentUpdated } from './handlers/partner-enrollment-updated.handler';
import { partnerRejected } from './handlers/partner-rejected.handler';
import { primaryContactVerified } from './handlers/primary-contact-verified.handler';
import { tenantSignedUp } from './handlers/tenant-signed-up.handler';
import { userAdded } from './handlers/user-added.handler';
import { userRemoved } from './handlers/user-removed.handler';

/** Every event relationship consumes: the projections its rules read. */
export const subscriptions: Subscriptions = {
  'channelgraph.enrollment.TenantSignedUp.v1': tenantSignedUp,
  // The users a customer may assign to a partner (R2 PARTNER role); a removed user's assignments end.
  'channelgraph.enrollment.UserAdded.v1': userAdded,
  'channelgraph.enrollment.UserAdded.v2': userAdded,
  'channelgraph.enrollment.UserRemoved.v1': userRemoved,
  'channelgraph.enrollment.PartnerEnrollmentSubmitted.v1': partnerEnrollmentSubmitted,
  'channelgraph.enrollment.PrimaryContactVerified.v1': primaryContactVerified,
  'channelgraph.enrollment.PartnerActivated.v1': partnerActivated,
  'channelgraph.enrollment.PartnerRejected.v1': partnerRejected,
  'channelgraph.enrollment.PartnerRejected.v2': partnerRejected,
  'channelgraph.enrollment.PartnerEnrollmentUpdated.v1': partnerEnrollmentUpdated,
  'channelgraph.enrollment.PartnerEnrollmentResubmitted.v1': partnerEnrollmentResubmitted,
  // v1: published before the deadline existed, still on the topic.
  'channelgraph.agreement.AgreementTemplatePublished.v1': agreementTemplatePublishedV1,
  'channelgraph.agreement.AgreementTemplatePublished.v2': agreementTemplatePublished,
  'channelgraph.agreement.AgreementAccepted.v1': agreementAccepted,
  // R18: the partners each directory lead went to, for invitations sent from a lead.
  'channelgraph.enrollment.PartnersContacted.v1': partnersContacted,
};
