import type { HandlerOf } from '@channelgraph/common';
import { projectLead } from '../../application/project-lead';

/** R18: the partners a directory lead was sent to, so that only they may invite from it. */
export const partnersContacted: HandlerOf<'channelgraph.enrollment.PartnersContacted.v1'> = (event, tx) => projectLead(tx, event);
