import { relationshipProjectionSubscriptions, Subscriptions } from '@channelgraph/common';
import { partnerActivated } from './handlers/partner-activated.handler';
import { relationshipRequestAccepted } from './handlers/relationship-request-accepted.handler';

/** Every event agreement consumes, and its handler. */
export function subscriptions(): Subscriptions {
  return {
    'channelgraph.relationship.RelationshipRequestAccepted.v1': relationshipRequestAccepted,
    // Who is a partner of whom: who may confirm a customer's acceptance, and read it.
    ...relationshipProjectionSubscriptions,
    // Each partner's programme: an indirect reseller may not confirm a customer's acceptance (R4).
    'channelgraph.enrollment.PartnerActivated.v1': partnerActivated,
  };
}
