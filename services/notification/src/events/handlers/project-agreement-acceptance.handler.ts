import type { HandlerOf } from '@channelgraph/common';
import { projectAgreementAcceptance as project } from '../../application/project-agreement-acceptance';

/** Each customer's latest accepted version per agreement type: who is behind when a new Customer Agreement is published (R4). */
export const projectAgreementAcceptance: HandlerOf<'channelgraph.agreement.AgreementAccepted.v1'> = (event, tx) => project(tx, event);
