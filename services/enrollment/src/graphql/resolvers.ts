import { DateTimeScalar, mergeResolvers } from '@channelgraph/common';
import { businessProfileResolvers } from './business-profile.resolvers';
import { EnrollmentDeps } from './context';
import { customerResolvers } from './customer.resolvers';
import { leadResolvers } from './lead.resolvers';
import { mpnProfileResolvers } from './mpn-profile.resolvers';
import { partnerResolvers } from './partner.resolvers';
import type { Resolvers } from './schema.generated';
import { serviceTokenResolvers } from './service-token.resolvers';
import { tenantResolvers } from './tenant.resolvers';
import { userResolvers } from './user.resolvers';

export type { EnrollmentDeps };

/**
 * One file per type: its entity lookup and own fields, and every field that returns it: the
 * Query and Mutation fields (a payload counts as the type it carries) and the fields of other
 * types (`User.tenant` is in tenant.resolvers.ts, `Tenant.users` in user.resolvers.ts).
 */
export function createResolvers(deps: EnrollmentDeps): Resolvers {
  return mergeResolvers(
    { DateTime: DateTimeScalar },
    tenantResolvers(deps),
    customerResolvers(),
    userResolvers(deps),
    partnerResolvers(deps),
    businessProfileResolvers(),
    leadResolvers(deps),
    mpnProfileResolvers(deps),
    serviceTokenResolvers(deps),
  );
}
