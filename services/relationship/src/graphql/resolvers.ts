import { mergeResolvers } from '@channelgraph/common';
import type { Resolvers } from './schema.generated';
import { createLoaders, RelationshipContext, RelationshipDeps } from './context';
import { mutationResolvers } from './mutations.resolvers';
import { readResolvers } from './read.resolvers';

export { createLoaders };
export type { RelationshipContext, RelationshipDeps };

export function createResolvers(deps: RelationshipDeps): Resolvers {
  return mergeResolvers(readResolvers(deps), mutationResolvers(deps));
}
