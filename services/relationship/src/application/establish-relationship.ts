import { DomainError, Transaction } from '@channelgraph/common';
import { randomUUID } from 'node:crypto';
import { AdminGrant, importedGrant, NO_ADMIN_ACCESS } from '../domain/admin-access';
import { mergeRoles } from '../domain/roles';
import { RelationshipSource, sourceOnEstablishing } from '../domain/sources';
import { RelationshipEvents } from '../events/published';
import { RelationshipRow } from '../store/entities';
import { partnerById } from '../store/partners.repository';
import { relationshipBetweenForUpdate, saveRelationship } from '../store/relationships.repository';
import { tenantById } from '../store/tenants.repository';
import { adminAccessChanged } from './admin-access-assignments';

/**
 * Creates the relationship, or adds the roles to the existing one (re-activating
 * a terminated one), inside the caller's transaction: an acceptance, an import,
 * or a partner becoming ACTIVE. With DELEGATED_ADMIN, the admin access approved
 * now replaces any the relationship held (B1): the customer has just said what it grants.
 */
export async function establishRelationship(
  { manager, raise }: Pick<Transaction, 'manager' | 'raise'>,
  partnerId: string,
  customerTenantId: string,
  roles: readonly string[],
  /** The request accepted (its source), or an import (IMPORTED, no request); the admin access approved, if roles hold DELEGATED_ADMIN. */
  origin: { requestId: string | null; source: RelationshipSource; adminGrant?: AdminGrant | null; byUserId?: string | null },
): Promise<RelationshipRow> {
  const partner = await partnerById(manager, partnerId);
  if (!partner) throw new DomainError('CONFLICT', 'The inviting partner is not known yet; try again in a moment.');
  const customer = await tenantById(manager, customerTenantId);
  const existing = await relationshipBetweenForUpdate(manager, partnerId, customerTenantId);
  const now = new Date();
  const grant = roles.includes('DELEGATED_ADMIN') ? (origin.adminGrant ?? importedGrant(now)) : null;
  const relationship: RelationshipRow = existing
    ? {
        ...existing,
        roles: mergeRoles(existing.status === 'ACTIVE' ? existing.roles : [], roles),
        ...(grant ?? (existing.status === 'ACTIVE' ? {} : NO_ADMIN_ACCESS)),
        adminAccessMigrated: false,
        status: 'ACTIVE',
        source: sourceOnEstablishing(existing, origin.source),
        updatedAt: now,
        establishedAt: existing.status === 'ACTIVE' ? existing.establishedAt : now,
      }
    : {
        id: randomUUID(),
        partnerId,
        partnerTenantId: partner.tenantId,
        customerTenantId,
        customerName: customer?.displayName ?? '',
        customerDomain: customer?.domain ?? '',
        roles: mergeRoles([], roles),
        status: 'ACTIVE',
        assignedUserId: null,
        source: origin.source,
        ...(grant ?? NO_ADMIN_ACCESS),
        adminAccessMigrated: false,
        establishedAt: now,
        updatedAt: now,
      };
  await saveRelationship(manager, relationship);
  raise(RelationshipEvents.established(relationship, partner.legalName, origin.requestId));
  if (grant) {
    const before = existing?.status === 'ACTIVE' ? existing : null;
    await adminAccessChanged({ manager, raise }, 'GRANTED', relationship, partner.legalName, before, {
      byUserId: origin.byUserId ?? null,
      requestId: origin.requestId,
    });
  }
  return relationship;
}
