import { requireAccess } from '@channelgraph/common';
import { upsertMpnProfile } from '../application/upsert-mpn-profile';
import { findMpnProfile } from '../application/find-mpn-profile';
import type { EnrollmentDeps } from './context';
import type { Resolvers } from './schema.generated';

/** The partner-membership registry (R10): reference data for platform operators only. */
export function mpnProfileResolvers(deps: EnrollmentDeps): Resolvers {
  return {
    Query: {
      mpnProfile: (_, { mpnId }, ctx) => {
        requireAccess(ctx.principal, 'Query.mpnProfile');
        return findMpnProfile(deps, mpnId);
      },
    },
    Mutation: {
      upsertMpnProfile: (_, { input }, ctx) => {
        requireAccess(ctx.principal, 'Mutation.upsertMpnProfile');
        return upsertMpnProfile(deps, input);
      },
    },
  };
}
