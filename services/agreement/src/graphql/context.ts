import {
  activePartnerTenantsLoader,
  entityLoader,
  forbidden,
  hasRole,
  loaderById,
  Operation,
  Principal,
  requireAccess,
  RequestContextBase,
  Role,
  UnitOfWork,
} from '@channelgraph/common';
import { DataSource } from 'typeorm';
import { acceptancesOfCustomers, customersWithCurrentAcceptance } from '../store/acceptances.repository';
import { agreementAcceptanceEntity, AgreementAcceptanceRow, agreementTemplateEntity, AgreementTemplateRow } from '../store/entities';
import { currentVersionTemplates } from '../store/templates.repository';

export interface AgreementDeps {
  dataSource: DataSource;
  unitOfWork: UnitOfWork;
}

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

export interface AgreementContext extends RequestContextBase {
  loaders: ReturnType<typeof createLoaders>;
}

/**
 * Who sees a customer's agreement record: its own users, platform operators,
 * and the users of its partners while their relationship is ACTIVE (as
 * agreement's projection of relationships knows it).
 */
export async function canReadAgreementsOf(ctx: AgreementContext, user: Principal, customerTenantId: string): Promise<boolean> {
  if (user.tenantId === customerTenantId || hasRole(user, Role.PLATFORM_OPERATOR)) return true;
  const partners = await ctx.loaders.activePartnerTenants.load(customerTenantId);
  return partners?.tenantIds.includes(user.tenantId) ?? false;
}

/** The caller, if they may read this customer's agreement record; FORBIDDEN otherwise. */
export async function mayReadAgreementsOf(ctx: AgreementContext, customerTenantId: string, field: Operation): Promise<Principal> {
  const user = requireAccess(ctx.principal, field);
  if (!(await canReadAgreementsOf(ctx, user, customerTenantId))) {
    throw forbidden('Only the customer’s own users, its partners with an active relationship to it, and platform operators can see its agreement acceptances.');
  }
  return user;
}
