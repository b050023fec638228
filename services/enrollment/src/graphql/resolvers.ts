import { mergeResolvers } from '@channelgraph/common';
import { EnrollmentDeps } from './context';
import { directoryResolvers } from './directory.resolvers';
import { identityResolvers } from './identity.resolvers';
import { partnerResolvers } from './partner.resolvers';
import type { Resolvers } from './schema.generated';
import { serviceTokenResolvers } from './service-tokens.resolvers';
import { usersResolvers } from './users.resolvers';

export type { EnrollmentDeps };

export function createResolvers(deps: EnrollmentDeps): Resolvers {
  return mergeResolvers(identityResolvers(deps), partnerResolvers(deps), usersResolvers(deps), directoryResolvers(deps), serviceTokenResolvers(deps));
}
