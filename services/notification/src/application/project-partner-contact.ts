import type { ReceivedEvent, Transaction } from '@channelgraph/common';
import { PartnerWithContact, rememberPartnerContact } from '../store/partner-contacts.repository';

/** A partner's primary contact and tenant, from the partner events that carry it: who its emails go to. */
export async function projectPartnerContact(tx: Transaction, event: ReceivedEvent<PartnerWithContact>): Promise<void> {
  await rememberPartnerContact(tx.manager, event);
}
