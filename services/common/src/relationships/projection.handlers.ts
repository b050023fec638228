import type { EventHandler, Subscriptions } from '../events/consumer';
import type { ReceivedEvent } from '../events/envelope';
import type {
  AdminAccessChangedV1,
  AdminPrivilegesRemovedV1,
  RelationshipDeletedV1,
  RelationshipEstablishedV1,
  RelationshipEstablishedV2,
  RelationshipTerminatedV1,
} from '../events/event-types.generated';
import { projectRelationship, RelationshipChange } from './projection';
import { projectedRelationship, relationshipProjectionEntity } from './projection.store';

/** The relationship events a projection follows (schema/events), each with the field that says when it happened. */
type RelationshipEventData =
  RelationshipEstablishedV1 | RelationshipEstablishedV2 | AdminPrivilegesRemovedV1 | AdminAccessChangedV1 | RelationshipDeletedV1 | RelationshipTerminatedV1;

/**
 * Keeps the service's copy of one relationship at what the event states, in the
 * inbox transaction (a redelivered event has no second effect). An event older
 * than the copy changes nothing.
 */
function projecting<T extends RelationshipEventData>(kind: RelationshipChange['kind'], momentOf: (data: T) => string): EventHandler<T> {
  return async (event: ReceivedEvent<T>, { manager }) => {
    const data = event.data;
    const known = await projectedRelationship(manager, data.relationshipId);
    const next = projectRelationship(known, {
      kind,
      relationshipId: data.relationshipId,
      partnerId: data.partnerId,
      partnerTenantId: data.partnerTenantId,
      customerTenantId: data.customerTenantId,
      roles: data.roles,
      at: new Date(momentOf(data)),
      sequence: event.sequence,
    });
    if (next) await manager.getRepository(relationshipProjectionEntity).save(next);
  };
}

/** The events that keep a relationship projection, for a service's subscription table. */
export const relationshipProjectionSubscriptions: Subscriptions = {
  // v1, published before R18 added the source, is still applied if one arrives.
  'channelgraph.relationship.RelationshipEstablished.v1': projecting('ESTABLISHED', (data: RelationshipEstablishedV1) => data.establishedAt),
  'channelgraph.relationship.RelationshipEstablished.v2': projecting('ESTABLISHED', (data: RelationshipEstablishedV2) => data.establishedAt),
  'channelgraph.relationship.AdminPrivilegesRemoved.v1': projecting('ADMIN_PRIVILEGES_REMOVED', (data: AdminPrivilegesRemovedV1) => data.removedAt),
  // B1: an expiry takes DELEGATED_ADMIN away without the customer doing anything.
  'channelgraph.relationship.AdminAccessChanged.v1': projecting('ADMIN_ACCESS_CHANGED', (data: AdminAccessChangedV1) => data.changedAt),
  'channelgraph.relationship.RelationshipDeleted.v1': projecting('ENDED', (data: RelationshipDeletedV1) => data.deletedAt),
  'channelgraph.relationship.RelationshipTerminated.v1': projecting('ENDED', (data: RelationshipTerminatedV1) => data.terminatedAt),
};
