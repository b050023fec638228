import { DomainError, Principal } from '@channelgraph/common';
import type { PartnerRow } from '../store/entities';

/**
 * The application, when it is the caller's tenant's: the applicant's own steps (update,
 * resubmit, resend) are for its tenant alone, and another tenant's application does not exist
 * for them.
 */
export function ownApplication(principal: Principal, partner: PartnerRow | null): PartnerRow {
  if (!partner || partner.tenantId !== principal.tenantId) throw new DomainError('NOT_FOUND', 'No partner application with this id is visible to you.');
  return partner;
}
