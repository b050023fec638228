import { forbidden, hasRole, Operation, Principal, requireAccess, RequestContextBase, Role, UnitOfWork } from '@channelgraph/common';
import { DataSource } from 'typeorm';
import type { createLoaders } from '../application/loaders';

export interface AgreementDeps {
  dataSource: DataSource;
  unitOfWork: UnitOfWork;
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
