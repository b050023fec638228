import { DomainError } from '@channelgraph/common/domain';

const PROGRAM_NAMES: Record<string, string> = { INDIRECT_RESELLER: 'indirect reseller', INDIRECT_PROVIDER: 'indirect provider', DIRECT: 'direct partner' };

/** What the rule needs to know of each of a tenant's enrolments. */
export interface EnrolmentFacts {
  program: string;
  status: string;
}

/**
 * The caller's tenant acting as a partner: its ACTIVE enrolment in one of the
 * given programmes. FORBIDDEN, saying why, otherwise (only ACTIVE partners may
 * invite; only providers invite resellers; only resellers authorise providers).
 */
export function checkActingPartner<P extends EnrolmentFacts>(enrolments: readonly P[], programs: readonly string[]): P {
  const eligible = enrolments.filter((partner) => programs.includes(partner.program));
  const active = eligible.find((partner) => partner.status === 'ACTIVE');
  if (active) return active;
  const wanted = programs.map((program) => PROGRAM_NAMES[program]).join(' or ');
  if (eligible.length > 0) throw new DomainError('FORBIDDEN', `Your ${wanted} enrolment is ${eligible[0].status}; this needs an ACTIVE one.`);
  throw new DomainError('FORBIDDEN', `This needs your organisation to be an active ${wanted} in the partner programme.`);
}
