import { EventHandler, HandlerOf, isNewerThanApplied, PartnerActivatedV1, PartnerEnrollmentSubmittedV1, PartnerRejectedV1, PrimaryContactVerifiedV1, sequenceAfter } from '@channelgraph/common';
import { activateImports } from '../../application/activate-imports';
import { PartnerProjectionRow } from '../../store/entities';
import { partnerForUpdate, savePartner } from '../../store/partners.repository';
import { copyCustomerName } from '../../store/relationships.repository';
import { saveTenant } from '../../store/tenants.repository';

/** The partner events this projection follows; submission and activation also carry the MPN id. */
type PartnerFacts = PartnerEnrollmentSubmittedV1 | PrimaryContactVerifiedV1 | PartnerActivatedV1 | PartnerRejectedV1;

/** Tenants' names and domains, for the partner's customer list (R17) — also on relationships made before this event arrived. */
export const onTenantSignedUp: HandlerOf<'channelgraph.enrollment.TenantSignedUp.v1'> = async (event, { manager }) => {
  const data = event.data;
  await saveTenant(manager, { tenantId: data.tenantId, domain: data.domain, displayName: data.displayName, updatedAt: new Date(event.time) });
  await copyCustomerName(manager, data.tenantId, data.displayName, data.domain);
};

/**
 * Keeps the partner projection at the status the event states; the MPN id comes
 * with submission and activation. An event older than the one applied (by the
 * partner's event sequence) changes nothing: a late PrimaryContactVerified must
 * not take an ACTIVE partner back to IN_REVIEW.
 */
function projectPartner(status: string): EventHandler<PartnerFacts> {
  return async (event, tx) => {
    const { manager } = tx;
    const data = event.data;
    const existing = await partnerForUpdate(manager, data.partnerId);
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
    await savePartner(manager, row);
    // R16: customers imported for this MPN id appear once the partner is ACTIVE.
    if (status === 'ACTIVE') await activateImports(tx, row);
  };
}

export const onPartnerEnrollmentSubmitted = projectPartner('EMAIL_VERIFICATION_PENDING');
export const onPrimaryContactVerified = projectPartner('IN_REVIEW');
export const onPartnerActivated = projectPartner('ACTIVE');
export const onPartnerRejected = projectPartner('REJECTED');
