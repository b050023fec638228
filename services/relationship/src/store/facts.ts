import { DomainError } from '@channelgraph/common';
import { EntityManager, In } from 'typeorm';
import { agreementCurrentEntity, customerAcceptanceEntity, partnerProjectionEntity, PartnerProjectionRow, tenantProjectionEntity } from './entities';

/** What this service knows of other services, from their events. */
export const Facts = {
  partner: (manager: EntityManager, partnerId: string) => manager.getRepository(partnerProjectionEntity).findOneBy({ partnerId }),

  partnersOfTenant: (manager: EntityManager, tenantId: string) => manager.getRepository(partnerProjectionEntity).findBy({ tenantId }),

  tenant: (manager: EntityManager, tenantId: string) => manager.getRepository(tenantProjectionEntity).findOneBy({ tenantId }),

  async currentCustomerAgreement(manager: EntityManager): Promise<string | null> {
    const current = await manager.getRepository(agreementCurrentEntity).findOneBy({ agreementType: 'CUSTOMER_AGREEMENT' });
    return current?.templateId ?? null;
  },

  /** Customers (of the given ids) that accepted the current Customer Agreement. */
  async acceptedCurrent(manager: EntityManager, customerTenantIds: readonly string[]): Promise<Set<string>> {
    const current = await Facts.currentCustomerAgreement(manager);
    if (!current || customerTenantIds.length === 0) return new Set();
    const rows = await manager.getRepository(customerAcceptanceEntity).findBy({ templateId: current, customerTenantId: In([...customerTenantIds]) });
    return new Set(rows.map((row) => row.customerTenantId));
  },
};

const PROGRAM_NAMES: Record<string, string> = { INDIRECT_RESELLER: 'indirect reseller', INDIRECT_PROVIDER: 'indirect provider', DIRECT: 'direct partner' };

/**
 * The caller's tenant acting as a partner: its ACTIVE enrolment in one of the
 * given programmes. FORBIDDEN, saying why, otherwise (only ACTIVE partners may
 * invite; only providers invite resellers; only resellers authorise providers).
 */
export async function actingPartner(manager: EntityManager, tenantId: string, programs: readonly string[]): Promise<PartnerProjectionRow> {
  const partners = await Facts.partnersOfTenant(manager, tenantId);
  const eligible = partners.filter((partner) => programs.includes(partner.program));
  const active = eligible.find((partner) => partner.status === 'ACTIVE');
  if (active) return active;
  const wanted = programs.map((program) => PROGRAM_NAMES[program]).join(' or ');
  if (eligible.length > 0) throw new DomainError('FORBIDDEN', `Your ${wanted} enrolment is ${eligible[0].status}; this needs an ACTIVE one.`);
  throw new DomainError('FORBIDDEN', `This needs your organisation to be an active ${wanted} in the partner programme.`);
}
