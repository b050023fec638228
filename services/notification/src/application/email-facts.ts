import type { Transaction } from '@channelgraph/common';
import type { AdminBehind } from '../domain/agreement.emails';
import { CUSTOMER_ADMIN_ROLES, PARTNER_ADMIN_ROLES, TenantAdmin, TenantUser } from '../domain/recipients';
import type { PartnerContactRow } from '../store/projection.entities';
import { partnerContactOf } from '../store/partner-contacts.repository';
import { globalAdminsOf, globalAdminsOfCustomersBehindOn, usersWithRolesOf } from '../store/tenant-users.repository';

/**
 * The facts the email rules (domain/*.emails) need beside the event, read from what notification projected of
 * other services' events, in the event's inbox transaction. A fact not known yet comes back empty (null, no
 * admins): the rule then says to wait for it (domain/awaited-facts).
 */
export const emailFacts = {
  /** The partner's primary contact and tenant, or null for a partner not heard of yet. */
  partnerContact: (tx: Transaction, partnerId: string): Promise<PartnerContactRow | null> => partnerContactOf(tx.manager, partnerId),
  /** The current global admins of a tenant whose address is known. */
  globalAdmins: (tx: Transaction, tenantId: string): Promise<TenantAdmin[]> => globalAdminsOf(tx.manager, tenantId),
  /** B1: the partner tenant's admin agents and global admins (domain/recipients picks who hears). */
  partnerAdminUsers: (tx: Transaction, tenantId: string): Promise<TenantUser[]> => usersWithRolesOf(tx.manager, tenantId, PARTNER_ADMIN_ROLES),
  /** B1, B4: the customer tenant's global admins and relationship admins. */
  customerAdminUsers: (tx: Transaction, tenantId: string): Promise<TenantUser[]> => usersWithRolesOf(tx.manager, tenantId, CUSTOMER_ADMIN_ROLES),
  /** B1: both sides' admins of a delegated admin relationship: who hears of its admin access. */
  adminAccessReaders: async (tx: Transaction, relationship: { partnerTenantId: string; customerTenantId: string }) => ({
    partnerUsers: await emailFacts.partnerAdminUsers(tx, relationship.partnerTenantId),
    customerUsers: await emailFacts.customerAdminUsers(tx, relationship.customerTenantId),
  }),
  /** The global admins of every customer whose latest accepted Customer Agreement is not `version` (R4). */
  globalAdminsOfCustomersBehindOn: (tx: Transaction, version: string): Promise<AdminBehind[]> => globalAdminsOfCustomersBehindOn(tx.manager, version),
};
