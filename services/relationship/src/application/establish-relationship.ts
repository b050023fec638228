import { DomainError, Transaction } from '@channelgraph/common';
import { randomUUID } from 'node:crypto';
import { mergeRoles } from '../domain/roles';
import { RelationshipSource, sourceOnEstablishing } from '../domain/sources';
import { RelationshipEvents } from '../events/published';
import { RelationshipRow } from '../store/entities';
import { partnerById } from '../store/partners.repository';
import { relationshipBetweenForUpdate, saveRelationship } from '../store/relationships.repository';
import { tenantById } from '../store/tenants.repository';

/**
 * Creates the relationship, or adds the roles to the existing one (re-activating
 * a terminated one), inside the caller's transaction: an acceptance, an import,
 * or a partner becoming ACTIVE.
 */
export async function establishRelationship(
  { manager, raise }: Pick<Transaction, 'manager' | 'raise'>,
  partnerId: string,
  customerTenantId: string,
  roles: readonly string[],
  /** The request accepted (its source), or an import (IMPORTED, no request). */
  origin: { requestId: string | null; source: RelationshipSource },
): Promise<RelationshipRow> {
  const partner = await partnerById(manager, partnerId);
  if (!partner) throw new DomainError('CONFLICT', 'The inviting partner is not known yet; try again in a moment.');
  const customer = await tenantById(manager, customerTenantId);
  const existing = await relationshipBetweenForUpdate(manager, partnerId, customerTenantId);
  const now = new Date();
  const relationship: RelationshipRow = existing
    ? {
        ...existing,
        roles: mergeRoles(existing.status === 'ACTIVE' ? existing.roles : [], roles),
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
        establishedAt: now,
        updatedAt: now,
      };
  await saveRelationship(manager, relationship);
  raise(RelationshipEvents.established(relationship, partner.legalName, origin.requestId));
  return relationship;
}
