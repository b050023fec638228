import { EntityManager } from 'typeorm';
import { CUSTOMER_ACCEPTANCE_KEY } from '../domain/acceptance';
import type { AgreementType } from '../domain/templates';
import { agreementAcceptanceEntity, AgreementAcceptanceRow, agreementTemplateEntity } from './entities';

/** The acceptance of a version recorded under a dedupe key (see CUSTOMER_ACCEPTANCE_KEY and confirmationKey), if there is one. */
export function acceptanceByKey(
  manager: EntityManager,
  customerTenantId: string,
  agreementType: AgreementType,
  version: string,
  dedupeKey: string,
): Promise<AgreementAcceptanceRow | null> {
  return manager.getRepository(agreementAcceptanceEntity).findOneBy({ customerTenantId, agreementType, version, dedupeKey });
}

/** The customer's own acceptance of a version, if it has one. */
export function customerAcceptanceOf(
  manager: EntityManager,
  customerTenantId: string,
  agreementType: AgreementType,
  version: string,
): Promise<AgreementAcceptanceRow | null> {
  return acceptanceByKey(manager, customerTenantId, agreementType, version, CUSTOMER_ACCEPTANCE_KEY);
}

/** Acceptances of several customers in one query, each customer's newest first. */
export async function acceptancesOfCustomers(manager: EntityManager, customerTenantIds: readonly string[]): Promise<Map<string, AgreementAcceptanceRow[]>> {
  const rows = await manager
    .getRepository(agreementAcceptanceEntity)
    .createQueryBuilder('a')
    .where('a.customer_tenant_id IN (:...ids)', { ids: [...customerTenantIds] })
    .orderBy('a.accepted_at', 'DESC')
    .addOrderBy('a.id', 'DESC')
    .getMany();
  const byCustomer = new Map<string, AgreementAcceptanceRow[]>();
  for (const row of rows) byCustomer.set(row.customerTenantId, [...(byCustomer.get(row.customerTenantId) ?? []), row]);
  return byCustomer;
}

/**
 * Which of these customers accepted the current Customer Agreement, in one
 * query. Any acceptance of the current version counts, whatever its language
 * or method: acceptance is per tenant and per version.
 */
export async function customersWithCurrentAcceptance(manager: EntityManager, customerTenantIds: readonly string[]): Promise<Set<string>> {
  const rows: Array<{ customerTenantId: string }> = await manager
    .getRepository(agreementAcceptanceEntity)
    .createQueryBuilder('a')
    .select('DISTINCT a.customer_tenant_id', 'customerTenantId')
    .innerJoin(agreementTemplateEntity.options.name, 't', 't.current_type = a.agreement_type AND t.version = a.version')
    .where('t.current_type = :type', { type: 'CUSTOMER_AGREEMENT' })
    .andWhere('a.customer_tenant_id IN (:...ids)', { ids: [...customerTenantIds] })
    .getRawMany();
  return new Set(rows.map((row) => row.customerTenantId));
}
