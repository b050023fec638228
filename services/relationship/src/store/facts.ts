import { DomainError } from '@channelgraph/common';
import { EntityManager } from 'typeorm';
import { PartnerProjectionRow } from './entities';
import { partnersOfTenant } from './partners.repository';

const PROGRAM_NAMES: Record<string, string> = { INDIRECT_RESELLER: 'indirect reseller', INDIRECT_PROVIDER: 'indirect provider', DIRECT: 'direct partner' };

/**
 * The caller's tenant acting as a partner: its ACTIVE enrolment in one of the
 * given programmes. FORBIDDEN, saying why, otherwise (only ACTIVE partners may
 * invite; only providers invite resellers; only resellers authorise providers).
 */
export async function actingPartner(manager: EntityManager, tenantId: string, programs: readonly string[]): Promise<PartnerProjectionRow> {
  const partners = await partnersOfTenant(manager, tenantId);
  const eligible = partners.filter((partner) => programs.includes(partner.program));
  const active = eligible.find((partner) => partner.status === 'ACTIVE');
  if (active) return active;
  const wanted = programs.map((program) => PROGRAM_NAMES[program]).join(' or ');
  if (eligible.length > 0) throw new DomainError('FORBIDDEN', `Your ${wanted} enrolment is ${eligible[0].status}; this needs an ACTIVE one.`);
  throw new DomainError('FORBIDDEN', `This needs your organisation to be an active ${wanted} in the partner programme.`);
}
