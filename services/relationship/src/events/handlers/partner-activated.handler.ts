import type { HandlerOf } from '@channelgraph/common';
import { projectPartner } from '../../application/project-partner';

/** The partner was approved: it may invite (only ACTIVE partners may), and its imported customers become relationships (R16). */
export const partnerActivated: HandlerOf<'channelgraph.enrollment.PartnerActivated.v1'> = (event, tx) => projectPartner(tx, event, 'ACTIVE');
