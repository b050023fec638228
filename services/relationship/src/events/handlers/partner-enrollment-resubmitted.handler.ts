import type { HandlerOf } from '@channelgraph/common';
import { projectPartner } from '../../application/project-partner';

/** A rejected application, fixed, is in review again (or in verification first). */
export const partnerEnrollmentResubmitted: HandlerOf<'channelgraph.enrollment.PartnerEnrollmentResubmitted.v1'> = (event, tx) =>
  projectPartner(tx, event, event.data.status);
