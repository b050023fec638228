import { requireAccess } from '@channelgraph/common';
import { authorize } from '../application/authorize';
import { RelationshipDeps } from './context';
import type { Resolvers } from './schema.generated';

/** R15: the decision point, the one query a service token may ask. */
export function authorizationDecisionResolvers(deps: RelationshipDeps): Resolvers {
  return {
    Query: {
      authorize: (_, args, ctx) => authorize(deps.dataSource, requireAccess(ctx.principal, 'Query.authorize', { allowServiceToken: true }), args),
    },
  };
}
