import { mergeResolvers } from '@channelgraph/common';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { createLoaders, RelationshipContext, RelationshipDeps } from './context';
import { mutationResolvers } from './mutations.resolvers';
import { readResolvers } from './read.resolvers';

export { createLoaders };
export type { RelationshipContext, RelationshipDeps };

export function createResolvers(deps: RelationshipDeps): GraphQLResolverMap<RelationshipContext> {
  return mergeResolvers(readResolvers(deps), mutationResolvers(deps));
}
