import type { AgreementAcceptedV1, ReceivedEvent, Transaction } from '@channelgraph/common';
import { rememberAcceptance } from '../store/agreement-acceptances.repository';

/** Each customer's latest accepted version per agreement type: who is behind when a new Customer Agreement is published (R4). */
export async function projectAgreementAcceptance(tx: Transaction, event: ReceivedEvent<AgreementAcceptedV1>): Promise<void> {
  await rememberAcceptance(tx.manager, event);
}
