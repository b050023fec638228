import type { PartnersContactedV1, ReceivedEvent, Transaction } from '@channelgraph/common';
import { saveLeadRecipients } from '../store/leads.repository';

/** R18: which partners a directory lead went to, for the invitations sent from it. Runs in the inbox transaction. */
export async function projectLead(tx: Transaction, event: ReceivedEvent<PartnersContactedV1>): Promise<void> {
  const data = event.data;
  await saveLeadRecipients(
    tx.manager,
    data.partners.map((partner) => ({
      leadId: data.leadId,
      partnerId: partner.partnerId,
      customerTenantId: data.customerTenantId,
      contactEmail: data.contactEmail,
      contactedAt: new Date(data.contactedAt),
    })),
  );
}
