import type { HandlerOf } from '@channelgraph/common';
import { projectActivatedPartner } from '../../application/project-partner';

/** The partner was approved: agreement learns its programme, which decides whether it may confirm a customer's acceptance (R4). */
export const partnerActivated: HandlerOf<'channelgraph.enrollment.PartnerActivated.v1'> = (event, tx) => projectActivatedPartner(tx, event);
