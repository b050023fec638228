import { pageRequest, requireAccess } from '@channelgraph/common';
import { createServiceToken } from '../application/create-service-token';
import { serviceTokens } from '../application/list-service-tokens';
import { revokeServiceToken } from '../application/revoke-service-token';
import { serviceTokenStatus } from '../domain/service-tokens';
import type { ServiceTokenRow } from '../store/entities';
import type { EnrollmentDeps } from './context';
import type { Resolvers } from './schema.generated';

/** A service token as the graph serves it: its record, and the token only where it was just made. */
export type ServiceTokenView = ServiceTokenRow & { token?: string };

/** Service tokens are the platform operator's alone: created, listed and revoked (DESIGN §8). */
export function serviceTokenResolvers(deps: EnrollmentDeps): Resolvers {
  return {
    Query: {
      serviceTokens: (_, args, ctx) => {
        requireAccess(ctx.principal, 'Query.serviceTokens');
        return serviceTokens(deps, pageRequest(args.first, args.after));
      },
    },
    Mutation: {
      createServiceToken: (_, { input }, ctx) => createServiceToken(deps, requireAccess(ctx.principal, 'Mutation.createServiceToken'), input),
      revokeServiceToken: (_, { input }, ctx) => revokeServiceToken(deps, requireAccess(ctx.principal, 'Mutation.revokeServiceToken'), input.id),
    },
    ServiceToken: {
      token: (view) => view.token ?? null,
      status: (view) => serviceTokenStatus(view),
    },
  };
}
