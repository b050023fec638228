import { relationshipProjectionSubscriptions, Subscriptions } from '@channelgraph/common';

/** Every event enrollment consumes, and its handler. */
export function subscriptions(): Subscriptions {
  return {
    // Who is a partner of whom: which partners may see a customer (Customer and its entity lookups).
    ...relationshipProjectionSubscriptions,
  };
}
