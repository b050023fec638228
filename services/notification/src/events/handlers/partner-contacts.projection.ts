import { EventHandler, isNewerThanApplied, PartnerActivatedV1, PartnerEnrollmentSubmittedV1, ReceivedEvent, sequenceAfter } from '@channelgraph/common';
import { partnerContactEntity } from '../../store/projection.entities';
import { partnerContactKnown } from './awaited-facts';
import type { Recipient, RecipientLookup } from './email.handler';

/** The partner events that carry the primary contact. */
type PartnerWithContact = PartnerEnrollmentSubmittedV1 | PartnerActivatedV1;

/**
 * PartnerEnrollmentSubmitted and PartnerActivated both carry the primary
 * contact; a partner's events share its key, so they arrive in order, and the
 * partner's event sequence keeps a late or replayed older one from undoing a
 * newer one.
 */
export const projectPartnerContact: EventHandler<PartnerWithContact> = async (event, { manager }) => {
  const data = event.data;
  const repository = manager.getRepository(partnerContactEntity);
  const known = await repository.findOne({ where: { partnerId: data.partnerId }, lock: { mode: 'pessimistic_write' } });
  if (!isNewerThanApplied(event, known?.lastSequence)) return;
  await repository.save({
    partnerId: data.partnerId,
    tenantId: data.tenantId,
    legalName: data.legalName,
    firstName: data.primaryContact.firstName,
    email: data.primaryContact.email,
    updatedAt: new Date(),
    lastSequence: sequenceAfter(event, known?.lastSequence),
  });
};

/** The facts a partner event makes known: its contact. */
export const partnerContactFacts = (event: ReceivedEvent<PartnerWithContact>) => [partnerContactKnown(event.data.partnerId)];

/**
 * The partner's primary contact, filed under the partner's tenant. Unknown
 * here only when this consumer reads a relationship topic ahead of
 * enrollment's partner topic (Kafka orders nothing across topics: e.g.
 * catching up on a backlog). Throwing would not help: the consumer would
 * retry, holding up its partition, for an event that may come much later. So
 * the event's emails wait for the contact and go out when it arrives.
 */
export async function partnerContact(lookup: RecipientLookup, partnerId: string): Promise<Recipient[]> {
  const contact = await lookup.manager.getRepository(partnerContactEntity).findOneBy({ partnerId });
  if (contact) return [{ email: contact.email, name: contact.firstName, tenantId: contact.tenantId, values: { recipientPartnerName: contact.legalName } }];
  lookup.waitFor(partnerContactKnown(partnerId));
  return [];
}
