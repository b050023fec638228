import type { HandlerOf } from '@channelgraph/common';
import { projectPartner } from '../../application/project-partner';

/** The partner enrolled; its primary contact verifies the email next. */
export const partnerEnrollmentSubmitted: HandlerOf<'channelgraph.enrollment.PartnerEnrollmentSubmitted.v1'> = (event, tx) =>
  projectPartner(tx, event, 'EMAIL_VERIFICATION_PENDING');
