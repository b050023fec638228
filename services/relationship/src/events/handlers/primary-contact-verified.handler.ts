import type { HandlerOf } from '@channelgraph/common';
import { projectPartner } from '../../application/project-partner';

/** The contact verified the email; the enrolment waits for review. */
export const primaryContactVerified: HandlerOf<'channelgraph.enrollment.PrimaryContactVerified.v1'> = (event, tx) => projectPartner(tx, event, 'IN_REVIEW');
