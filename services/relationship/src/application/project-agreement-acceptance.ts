import type { AgreementAcceptedV1, ReceivedEvent, Transaction } from '@channelgraph/common';
import { recordAcceptance } from '../store/agreements.repository';

/** R4: which customer accepted which version (in whichever language, whichever way it was accepted). Runs in the inbox transaction. */
export async function projectAgreementAcceptance(tx: Transaction, event: ReceivedEvent<AgreementAcceptedV1>): Promise<void> {
  const data = event.data;
  await recordAcceptance(tx.manager, {
    customerTenantId: data.customerTenantId,
    templateId: data.templateId,
    version: data.version,
    acceptedAt: new Date(data.acceptedAt),
  });
}
