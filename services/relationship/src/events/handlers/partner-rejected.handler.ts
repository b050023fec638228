import type { HandlerOf } from '@channelgraph/common';
import { projectPartner } from '../../application/project-partner';

/** The enrolment was rejected. */
export const partnerRejected: HandlerOf<'channelgraph.enrollment.PartnerRejected.v1'> = (event, tx) => projectPartner(tx, event, 'REJECTED');
