import { relationshipProjectionSubscriptions, Subscriptions } from '@channelgraph/common';
import { leadConverted } from './handlers/lead-converted.handler';
import { projectPartnerUserAssignment } from './handlers/project-partner-user-assignment.handler';

/** Every event enrollment consumes, and its handler. */
export function subscriptions(): Subscriptions {
  return {
    // Who is a partner of whom: which partners may see a customer (Customer and its entity lookups).
    ...relationshipProjectionSubscriptions,
    // R2 PARTNER role: the customer user a partner works with, whom the partner's users may read.
    'channelgraph.relationship.PartnerUserAssigned.v1': projectPartnerUserAssignment,
    'channelgraph.relationship.PartnerUserUnassigned.v1': projectPartnerUserAssignment,
    // R18: an invitation from a lead converts it.
    'channelgraph.relationship.RelationshipRequested.v3': leadConverted,
  };
}
