import { DomainError, isDuplicateKey } from '@channelgraph/common';
import type { EntityManager } from 'typeorm';
import { checkMpnProfile, Program } from '../domain/enrollment';
import type { TenantRow } from '../store/entities';
import { mpnProfileById } from '../store/mpn-profiles.repository';
import { otherClaimOfMpnId } from '../store/partners.repository';

const claimedByAnother = (mpnId: string) =>
  new DomainError(
    'CONFLICT',
    `MPN id ${mpnId} is already enrolled in this programme by another organisation; check the id, or ask the vendor's partner support if it is yours.`,
    'mpnId',
  );

/**
 * R10: the MPN id's registry profile must be ACTIVE and in the tenant's country, and no other
 * tenant may hold the id in this programme, because R16 hands the customers waiting under it
 * to whoever holds it. A rejected application claims nothing, so an impostor's attempt cannot
 * block the real owner. Locking the profile row makes claims of one id take turns; the unique
 * key `uq_partner_program_mpn_claim` settles any race left (see `asClaimConflict`).
 */
export async function checkMpnIdClaim(manager: EntityManager, tenant: TenantRow, program: Program, mpnId: string): Promise<void> {
  const profile = await mpnProfileById(manager, mpnId, true);
  checkMpnProfile(mpnId, profile, tenant.country);
  if (await otherClaimOfMpnId(manager, mpnId, program, tenant.id)) throw claimedByAnother(mpnId);
}

/** The unique key's refusal, as the same CONFLICT on mpnId the check gives. */
export function asClaimConflict(error: unknown, mpnId: string): unknown {
  return isDuplicateKey(error, 'uq_partner_program_mpn_claim') ? claimedByAnother(mpnId) : error;
}
