import type { HandlerOf } from '@channelgraph/common';
import { projectPartner } from '../../application/project-partner';

/** The applicant changed the application (its legal name or MPN id, say), perhaps sending it back to verification. */
export const partnerEnrollmentUpdated: HandlerOf<'channelgraph.enrollment.PartnerEnrollmentUpdated.v1'> = (event, tx) =>
  projectPartner(tx, event, event.data.status);
