import {
  isNewerThanApplied,
  PartnerActivatedV1,
  PartnerEnrollmentResubmittedV1,
  PartnerEnrollmentSubmittedV1,
  PartnerEnrollmentUpdatedV1,
  PartnerRejectedV1,
  PartnerRejectedV2,
  PrimaryContactVerifiedV1,
  ReceivedEvent,
  sequenceAfter,
  Transaction,
} from '@channelgraph/common';
import { PartnerProjectionRow } from '../store/entities';
import { partnerForUpdate, savePartner } from '../store/partners.repository';
import { activateImports } from './activate-imports';

/** The partner events this projection follows; all but verification and the v1 rejection also carry the MPN id. */
export type PartnerFacts =
  | PartnerEnrollmentSubmittedV1
  | PartnerEnrollmentUpdatedV1
  | PartnerEnrollmentResubmittedV1
  | PrimaryContactVerifiedV1
  | PartnerActivatedV1
  | PartnerRejectedV1
  | PartnerRejectedV2;

/**
 * Keeps the partner projection at the status the event states; the MPN id comes
 * with the events that carry it. An event older than the one applied (by the
 * partner's event sequence) changes nothing: a late PrimaryContactVerified must
 * not take an ACTIVE partner back to IN_REVIEW. Runs in the inbox transaction.
 */
export async function projectPartner(tx: Transaction, event: ReceivedEvent<PartnerFacts>, status: string): Promise<void> {
  const data = event.data;
  const existing = await partnerForUpdate(tx.manager, data.partnerId);
  if (!isNewerThanApplied(event, existing?.lastSequence)) return;
  const row: PartnerProjectionRow = {
    partnerId: data.partnerId,
    tenantId: data.tenantId,
    program: data.program,
    status,
    legalName: data.legalName,
    mpnId: ('mpnId' in data ? data.mpnId : undefined) ?? existing?.mpnId ?? '',
    updatedAt: new Date(event.time),
    lastSequence: sequenceAfter(event, existing?.lastSequence),
  };
  await savePartner(tx.manager, row);
  // R16: customers imported for this MPN id appear once the partner is ACTIVE.
  if (status === 'ACTIVE') await activateImports(tx, row);
}
