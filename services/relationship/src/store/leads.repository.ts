import { EntityManager } from 'typeorm';
import { leadProjectionEntity, LeadProjectionRow } from './entities';

// R18: enrollment's directory leads as this service knows them from events.

/** Records the partners a lead was sent to; a redelivered event writes the same rows again. */
export async function saveLeadRecipients(manager: EntityManager, rows: LeadProjectionRow[]): Promise<void> {
  await manager.getRepository(leadProjectionEntity).upsert(rows, ['leadId', 'partnerId']);
}

/** The lead with this id as sent to this partner; null when it was not sent to it (or is not known yet). */
export function leadSentTo(manager: EntityManager, leadId: string, partnerId: string): Promise<LeadProjectionRow | null> {
  return manager.getRepository(leadProjectionEntity).findOneBy({ leadId, partnerId });
}
