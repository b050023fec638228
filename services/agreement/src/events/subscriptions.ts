import { relationshipProjectionSubscriptions, Subscriptions } from '@channelgraph/common';
import { relationshipRequestAccepted } from './handlers/relationship-request-accepted.handler';

/** Every event agreement consumes, and its handler. */
export function subscriptions(): Subscriptions {
  return {
    'channelgraph.relationship.RelationshipRequestAccepted.v1': relationshipRequestAccepted,
    // Who is a partner of whom: who may confirm a customer's acceptance, and read it.
    ...relationshipProjectionSubscriptions,
  };
}
