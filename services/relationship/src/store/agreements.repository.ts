import { EntityManager, In } from 'typeorm';
import { agreementStandingOf, AgreementStanding } from '@channelgraph/common';
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
  const none: AgreementStanding = { acceptedCurrent: false, honouredUntil: null };
  const current = await currentCustomerAgreement(manager);
  if (!current || customerTenantIds.length === 0) return new Map(customerTenantIds.map((id) => [id, none]));
  const counted = [current.version, ...current.versionsAcceptedUntilDeadline];
  const rows = await manager.getRepository(customerAcceptanceEntity).findBy({ customerTenantId: In([...customerTenantIds]), version: In(counted) });
  return new Map(
    customerTenantIds.map((id) => [
      id,
      agreementStandingOf(
        current,
        rows.filter((row) => row.customerTenantId === id).map((row) => row.version),
        now,
      ),
    ]),
  );
}

/** Records that a customer accepted a version (once per customer and template). */
export async function recordAcceptance(manager: EntityManager, row: CustomerAcceptanceRow): Promise<void> {
  await manager.getRepository(customerAcceptanceEntity).upsert(row, ['customerTenantId', 'templateId']);
}
