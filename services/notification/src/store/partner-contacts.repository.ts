import {
  isNewerThanApplied,
  PartnerActivatedV1,
  PartnerEnrollmentResubmittedV1,
  PartnerEnrollmentSubmittedV1,
  PartnerEnrollmentUpdatedV1,
  ReceivedEvent,
  sequenceAfter,
} from '@channelgraph/common';
import type { EntityManager } from 'typeorm';
import { partnerContactEntity, PartnerContactRow } from './projection.entities';

/** The partner events that carry the primary contact. */
export type PartnerWithContact = PartnerEnrollmentSubmittedV1 | PartnerEnrollmentUpdatedV1 | PartnerEnrollmentResubmittedV1 | PartnerActivatedV1;

/**
 * PartnerEnrollmentSubmitted, PartnerEnrollmentUpdated (a changed contact),
 * PartnerEnrollmentResubmitted and PartnerActivated carry the primary contact; a partner's events share its key, so they arrive in order, and the
 * partner's event sequence keeps a late or replayed older one from undoing a
 * newer one.
 */
export async function rememberPartnerContact(manager: EntityManager, event: ReceivedEvent<PartnerWithContact>): Promise<void> {
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
}

/** The partner's primary contact and tenant, or null for a partner not heard of yet. */
export function partnerContactOf(manager: EntityManager, partnerId: string): Promise<PartnerContactRow | null> {
  return manager.getRepository(partnerContactEntity).findOneBy({ partnerId });
}
