import type { Subscriptions } from '@channelgraph/common';
import { onAdminPrivilegesRemoved, onRelationshipDeleted, onRelationshipEstablished, onRelationshipTerminated } from './handlers/relationship-changed.handler';
import { relationshipRequestAccepted } from './handlers/relationship-request-accepted.handler';

/** Every event agreement consumes, and its handler. */
export function subscriptions(): Subscriptions {
  return {
    'channelgraph.relationship.RelationshipRequestAccepted.v1': relationshipRequestAccepted,
    // Who is a partner of whom: who may confirm a customer's acceptance, and read it.
    'channelgraph.relationship.RelationshipEstablished.v1': onRelationshipEstablished,
    'channelgraph.relationship.AdminPrivilegesRemoved.v1': onAdminPrivilegesRemoved,
    'channelgraph.relationship.RelationshipDeleted.v1': onRelationshipDeleted,
    'channelgraph.relationship.RelationshipTerminated.v1': onRelationshipTerminated,
  };
}
