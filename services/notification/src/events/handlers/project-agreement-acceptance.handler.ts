import type { HandlerOf } from '@channelgraph/common';
import { rememberAcceptance } from '../../store/agreement-acceptances.repository';

/** Each customer's latest accepted version per agreement type: who is behind when a new Customer Agreement is published (R4). */
export const projectAgreementAcceptance: HandlerOf<'channelgraph.agreement.AgreementAccepted.v1'> = async (event, { manager }) => {
  await rememberAcceptance(manager, event);
};
