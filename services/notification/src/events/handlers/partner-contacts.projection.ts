import type { EventHandler } from '@channelgraph/common';
import { partnerContactEntity } from '../../store/projection.entities';
import type { Recipient, RecipientLookup } from './email.handler';

interface PartnerWithContact {
  partnerId: string;
  tenantId: string;
  legalName: string;
  primaryContact: { firstName: string; lastName: string; email: string };
}

/**
 * PartnerEnrollmentSubmitted and PartnerActivated both carry the primary
 * contact; a partner's events share its key, so the last one seen is the
 * latest.
 */
export const projectPartnerContact: EventHandler = async (event, { manager }) => {
  const data = event.data as PartnerWithContact;
  await manager.getRepository(partnerContactEntity).upsert(
    {
      partnerId: data.partnerId,
      tenantId: data.tenantId,
      legalName: data.legalName,
      firstName: data.primaryContact.firstName,
      email: data.primaryContact.email,
      updatedAt: new Date(),
    },
    ['partnerId'],
  );
};

/**
 * The partner's primary contact, filed under the partner's tenant; none when
 * the partner is unknown here. That happens only when this consumer reads a
 * relationship topic ahead of enrollment's partner topic (Kafka orders
 * nothing across topics: e.g. catching up on a backlog). Throwing would not
 * help: the consumer retries inline, holding up every other partition
 * (kafkajs consumes one partition at a time here) until it dead-letters the
 * event anyway. So the email is skipped with a warning naming the event,
 * which an operator can replay once the partner is known.
 */
export async function partnerContact({ manager, event, log }: RecipientLookup, partnerId: string): Promise<Recipient[]> {
  const contact = await manager.getRepository(partnerContactEntity).findOneBy({ partnerId });
  if (contact) return [{ email: contact.email, name: contact.firstName, tenantId: contact.tenantId, values: { recipientPartnerName: contact.legalName } }];
  log.warn({ eventId: event.id, eventType: event.type, partnerId }, "no email sent: the partner's primary contact is not known here yet");
  return [];
}
