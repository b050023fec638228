import { referralResolvers } from './referral.resolvers';
import { DateTimeScalar, mergeResolvers } from '@channelgraph/common';
import { authorizationDecisionResolvers } from './authorization-decision.resolvers';
import type { RelationshipContext, RelationshipDeps } from './context';
import { customerResolvers } from './customer.resolvers';
import { importExistingRelationshipsPayloadResolvers } from './import-existing-relationships-payload.resolvers';
import { indirectLinkResolvers } from './indirect-link.resolvers';
import { partnerResolvers } from './partner.resolvers';
import { relationshipRequestResolvers } from './relationship-request.resolvers';
import { relationshipResolvers } from './relationship.resolvers';
import type { Resolvers } from './schema.generated';

export type { RelationshipContext, RelationshipDeps };

/**
 * One file per type, each with the Query and Mutation fields that return it. Who
 * may do what is decided there (roles) and in the use cases (tenant, partner
 * status, ownership).
 */
export function createResolvers(deps: RelationshipDeps): Resolvers {
  return mergeResolvers(
    { DateTime: DateTimeScalar },
    relationshipRequestResolvers(deps),
    relationshipResolvers(deps),
    indirectLinkResolvers(deps),
    authorizationDecisionResolvers(deps),
    importExistingRelationshipsPayloadResolvers(deps),
    partnerResolvers(deps),
    customerResolvers(deps),
    referralResolvers(deps),
  );
}
