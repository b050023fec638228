import type { HandlerOf } from '@channelgraph/common';
import { projectPartner } from '../../application/project-partner';

/** The enrolment was rejected (v2 with reason codes; v1 from before them). */
export const partnerRejected: HandlerOf<'channelgraph.enrollment.PartnerRejected.v1' | 'channelgraph.enrollment.PartnerRejected.v2'> = (event, tx) =>
  projectPartner(tx, event, 'REJECTED');
