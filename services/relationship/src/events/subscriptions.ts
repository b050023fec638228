import type { Subscriptions } from '@channelgraph/common';
import { onAgreementAccepted, onAgreementTemplatePublished } from './handlers/agreement.handlers';
import { onPartnerActivated, onPartnerEnrollmentSubmitted, onPartnerRejected, onPrimaryContactVerified, onTenantSignedUp } from './handlers/enrollment.handlers';

/** Every event relationship consumes: the projections its rules read. */
export const subscriptions: Subscriptions = {
  'channelgraph.enrollment.TenantSignedUp.v1': onTenantSignedUp,
  'channelgraph.enrollment.PartnerEnrollmentSubmitted.v1': onPartnerEnrollmentSubmitted,
  'channelgraph.enrollment.PrimaryContactVerified.v1': onPrimaryContactVerified,
  'channelgraph.enrollment.PartnerActivated.v1': onPartnerActivated,
  'channelgraph.enrollment.PartnerRejected.v1': onPartnerRejected,
  'channelgraph.agreement.AgreementTemplatePublished.v1': onAgreementTemplatePublished,
  'channelgraph.agreement.AgreementAccepted.v1': onAgreementAccepted,
};
