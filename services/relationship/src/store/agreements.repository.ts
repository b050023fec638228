import { EntityManager, In } from 'typeorm';
import type { AgreementStanding } from '../domain/authorize';
import {
  agreementCurrentEntity,
  AgreementCurrentRow,
  agreementTemplateVersionEntity,
  AgreementTemplateVersionRow,
  customerAcceptanceEntity,
  CustomerAcceptanceRow,
} from './entities';

// Agreement's current versions and customers' acceptances, as this service knows them from events.

/** The current version of an agreement type, locked while an event replaces it. */
export function currentAgreementForUpdate(manager: EntityManager, agreementType: string): Promise<AgreementCurrentRow | null> {
  return manager.getRepository(agreementCurrentEntity).findOne({ where: { agreementType }, lock: { mode: 'pessimistic_write' } });
}

export async function saveCurrentAgreement(manager: EntityManager, row: AgreementCurrentRow): Promise<void> {
  await manager.getRepository(agreementCurrentEntity).save(row);
}

/** A published template and its version, so an acceptance of any of its languages is known as that version's. */
export async function rememberTemplate(manager: EntityManager, row: AgreementTemplateVersionRow): Promise<void> {
  await manager.getRepository(agreementTemplateVersionEntity).upsert(row, ['templateId']);
}

export async function versionOfTemplate(manager: EntityManager, templateId: string): Promise<string | null> {
  return (await manager.getRepository(agreementTemplateVersionEntity).findOneBy({ templateId }))?.version ?? null;
}

/** The current Customer Agreement, or null while none is known. */
export function currentCustomerAgreement(manager: EntityManager): Promise<AgreementCurrentRow | null> {
  return manager.getRepository(agreementCurrentEntity).findOneBy({ agreementType: 'CUSTOMER_AGREEMENT' });
}

/**
 * R4: where each of these customers stands with the Customer Agreement, in two queries for any number: the
 * current version accepted (in any language), or an earlier one it honours until a deadline not yet passed.
 */
export async function agreementStandings(
  manager: EntityManager,
  customerTenantIds: readonly string[],
  now = new Date(),
): Promise<Map<string, AgreementStanding>> {
  const standings = new Map<string, AgreementStanding>(customerTenantIds.map((id) => [id, { acceptedCurrent: false, honouredUntil: null }]));
  const current = await currentCustomerAgreement(manager);
  if (!current || customerTenantIds.length === 0) return standings;
  const deadline = current.reacceptanceDeadline && current.reacceptanceDeadline.getTime() > now.getTime() ? current.reacceptanceDeadline : null;
  const counted = [current.version, ...(deadline ? current.versionsAcceptedUntilDeadline : [])];
  const rows = await manager.getRepository(customerAcceptanceEntity).findBy({ customerTenantId: In([...customerTenantIds]), version: In(counted) });
  for (const row of rows) {
    const standing = standings.get(row.customerTenantId)!;
    if (row.version === current.version) standing.acceptedCurrent = true;
    else standing.honouredUntil = deadline;
  }
  // Having accepted the current version, the deadline no longer concerns the customer.
  for (const standing of standings.values()) if (standing.acceptedCurrent) standing.honouredUntil = null;
  return standings;
}

/** Records that a customer accepted a version (once per customer and template). */
export async function recordAcceptance(manager: EntityManager, row: CustomerAcceptanceRow): Promise<void> {
  await manager.getRepository(customerAcceptanceEntity).upsert(row, ['customerTenantId', 'templateId']);
}
