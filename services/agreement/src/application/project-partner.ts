import { isNewerThanApplied, PartnerActivatedV1, ReceivedEvent, sequenceAfter, Transaction } from '@channelgraph/common';
import { partnerForUpdate, savePartner } from '../store/partners.repository';

/**
 * Records the partner's programme when it is approved (R4: an indirect reseller
 * may not confirm a customer's acceptance). A partner's programme never changes,
 * so its activation is the one fact needed; an event older than the one applied
 * (by the partner's event sequence) changes nothing. Runs in the inbox transaction.
 */
export async function projectActivatedPartner(tx: Transaction, event: ReceivedEvent<PartnerActivatedV1>): Promise<void> {
  const data = event.data;
  const existing = await partnerForUpdate(tx.manager, data.partnerId);
  if (!isNewerThanApplied(event, existing?.lastSequence)) return;
  await savePartner(tx.manager, {
    partnerId: data.partnerId,
    tenantId: data.tenantId,
    program: data.program,
    activatedAt: new Date(data.activatedAt),
    lastSequence: sequenceAfter(event, existing?.lastSequence),
  });
}
