import { activePartnerTenantsLoader, entityLoader, loaderById } from '@channelgraph/common';
import type { DataSource } from 'typeorm';
import { acceptancesOfCustomers, customersWithCurrentAcceptance } from '../store/acceptances.repository';
import { agreementAcceptanceEntity, AgreementAcceptanceRow, agreementTemplateEntity, AgreementTemplateRow } from '../store/entities';
import { currentVersionTemplates } from '../store/templates.repository';

/** Per-request loaders: N customers (or acceptances, templates) in one query each. */
export function createLoaders(dataSource: DataSource) {
  const { manager } = dataSource;
  return {
    template: entityLoader(dataSource, agreementTemplateEntity),
    acceptance: entityLoader(dataSource, agreementAcceptanceEntity),
    /** Every language of the current version of each agreement type (the key), oldest first, as { id: type, templates }. */
    currentVersion: loaderById<{ id: string; templates: AgreementTemplateRow[] }>(async (types) => {
      const rows = await currentVersionTemplates(manager, types);
      return types.map((type) => ({ id: type, templates: rows.filter((row) => row.type === type) })).filter((group) => group.templates.length > 0);
    }),
    /** Each customer's acceptances, newest first, as one { id, rows } group per customer (null: none). */
    acceptancesOfCustomer: loaderById<{ id: string; rows: AgreementAcceptanceRow[] }>(async (ids) =>
      [...(await acceptancesOfCustomers(manager, ids))].map(([id, rows]) => ({ id, rows })),
    ),
    /** Resolves to { id } for a customer that accepted the current Customer Agreement, null otherwise. */
    acceptedCurrent: loaderById<{ id: string }>(async (ids) => [...(await customersWithCurrentAcceptance(manager, ids))].map((id) => ({ id }))),
    /** The tenants of each customer's partners with an ACTIVE relationship (null: none). */
    activePartnerTenants: activePartnerTenantsLoader(manager),
  };
}
