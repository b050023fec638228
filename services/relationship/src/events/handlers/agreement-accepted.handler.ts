import type { HandlerOf } from '@channelgraph/common';
import { projectAgreementAcceptance } from '../../application/project-agreement-acceptance';

/** R4: which customer accepted which version (in whichever language, whichever way it was accepted). */
export const agreementAccepted: HandlerOf<'channelgraph.agreement.AgreementAccepted.v1'> = (event, tx) => projectAgreementAcceptance(tx, event);
