import { EntityManager, In } from 'typeorm';
import { agreementCurrentEntity, AgreementCurrentRow, customerAcceptanceEntity, CustomerAcceptanceRow } from './entities';

// Agreement's current versions and customers' acceptances, as this service knows them from events.

/** The current version of an agreement type, locked while an event replaces it. */
export function currentAgreementForUpdate(manager: EntityManager, agreementType: string): Promise<AgreementCurrentRow | null> {
  return manager.getRepository(agreementCurrentEntity).findOne({ where: { agreementType }, lock: { mode: 'pessimistic_write' } });
}

export async function saveCurrentAgreement(manager: EntityManager, row: AgreementCurrentRow): Promise<void> {
  await manager.getRepository(agreementCurrentEntity).save(row);
}

/** The template id of the current Customer Agreement, or null while none is known. */
export async function currentCustomerAgreementId(manager: EntityManager): Promise<string | null> {
  const current = await manager.getRepository(agreementCurrentEntity).findOneBy({ agreementType: 'CUSTOMER_AGREEMENT' });
  return current?.templateId ?? null;
}

/** Customers (of the given ids) that accepted the current Customer Agreement: two queries for any number. */
export async function customersWithCurrentAcceptance(manager: EntityManager, customerTenantIds: readonly string[]): Promise<Set<string>> {
  const current = await currentCustomerAgreementId(manager);
  if (!current || customerTenantIds.length === 0) return new Set();
  const rows = await manager.getRepository(customerAcceptanceEntity).findBy({ templateId: current, customerTenantId: In([...customerTenantIds]) });
  return new Set(rows.map((row) => row.customerTenantId));
}

/** Records that a customer accepted a version (once per customer and version). */
export async function recordAcceptance(manager: EntityManager, row: CustomerAcceptanceRow): Promise<void> {
  await manager.getRepository(customerAcceptanceEntity).upsert(row, ['customerTenantId', 'templateId']);
}
