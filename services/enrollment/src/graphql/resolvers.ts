import { mergeResolvers } from '@channelgraph/common';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { EnrollmentContext, EnrollmentDeps } from './context';
import { directoryResolvers } from './directory.resolvers';
import { identityResolvers } from './identity.resolvers';
import { partnerResolvers } from './partner.resolvers';
import { usersResolvers } from './users.resolvers';

export type { EnrollmentDeps };

export function createResolvers(deps: EnrollmentDeps): GraphQLResolverMap<EnrollmentContext> {
  return mergeResolvers(identityResolvers(deps), partnerResolvers(deps), usersResolvers(deps), directoryResolvers(deps));
}
