import type { EventHandler, ReceivedEvent } from '@channelgraph/common';
import { projectRelationship, RelationshipChange } from '../../domain/relationships';
import { relationshipProjectionEntity } from '../../store/entities';
import { projectedRelationship } from '../../store/relationships.repository';

/**
 * The facts every relationship event carries (schema/events/channelgraph.relationship.*.v1.json,
 * checked before they get here), and the field that says when it happened.
 */
interface RelationshipEventData {
  relationshipId: string;
  partnerId: string;
  partnerTenantId: string;
  customerTenantId: string;
  roles: string[];
  [moment: string]: unknown;
}

/**
 * Keeps agreement's copy of one relationship at what the event states, in the
 * inbox transaction (a redelivered event has no second effect). An event older
 * than the copy changes nothing.
 */
function projecting(kind: RelationshipChange['kind'], momentField: string): EventHandler {
  return async (event: ReceivedEvent<RelationshipEventData>, { manager }) => {
    const data = event.data;
    const known = await projectedRelationship(manager, data.relationshipId);
    const next = projectRelationship(known, {
      kind,
      relationshipId: data.relationshipId,
      partnerId: data.partnerId,
      partnerTenantId: data.partnerTenantId,
      customerTenantId: data.customerTenantId,
      roles: data.roles,
      at: new Date(String(data[momentField])),
    });
    if (next) await manager.getRepository(relationshipProjectionEntity).save(next);
  };
}

export const onRelationshipEstablished = projecting('ESTABLISHED', 'establishedAt');
export const onAdminPrivilegesRemoved = projecting('ADMIN_PRIVILEGES_REMOVED', 'removedAt');
export const onRelationshipDeleted = projecting('ENDED', 'deletedAt');
export const onRelationshipTerminated = projecting('ENDED', 'terminatedAt');
