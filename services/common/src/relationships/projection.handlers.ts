import type { EventHandler } from '../events/consumer';
import type { ReceivedEvent } from '../events/envelope';
import { projectRelationship, RelationshipChange } from './projection';
import { projectedRelationship, relationshipProjectionEntity } from './projection.store';

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
 * Keeps the service's copy of one relationship at what the event states, in the
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
      sequence: event.sequence,
    });
    if (next) await manager.getRepository(relationshipProjectionEntity).save(next);
  };
}

/** The events that keep a relationship projection, for a service's subscription table. */
export const relationshipProjectionSubscriptions: Record<string, EventHandler> = {
  'channelgraph.relationship.RelationshipEstablished.v1': projecting('ESTABLISHED', 'establishedAt'),
  'channelgraph.relationship.AdminPrivilegesRemoved.v1': projecting('ADMIN_PRIVILEGES_REMOVED', 'removedAt'),
  'channelgraph.relationship.RelationshipDeleted.v1': projecting('ENDED', 'deletedAt'),
  'channelgraph.relationship.RelationshipTerminated.v1': projecting('ENDED', 'terminatedAt'),
};
