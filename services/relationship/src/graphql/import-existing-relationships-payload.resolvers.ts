import { requireAccess } from '@channelgraph/common';
import { importExistingRelationships } from '../application/import-existing-relationships';
import { RelationshipDeps } from './context';
import type { Resolvers } from './schema.generated';

/** R16: platform operators import the customers partners served outside the platform. */
export function importExistingRelationshipsPayloadResolvers(deps: RelationshipDeps): Resolvers {
  return {
    Mutation: {
      importExistingRelationships: (_, { input }, ctx) => {
        requireAccess(ctx.principal, 'Mutation.importExistingRelationships');
        return importExistingRelationships(deps, input.relationships);
      },
    },
  };
}
