import { DateTimeScalar, mergeResolvers } from '@channelgraph/common';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { acceptanceResolvers } from './acceptance.resolvers';
import { AgreementContext, AgreementDeps } from './context';
import { relationshipRequestResolvers } from './relationship-request.resolvers';
import { templateResolvers } from './template.resolvers';

export type { AgreementContext, AgreementDeps };

export function createResolvers(deps: AgreementDeps): GraphQLResolverMap<AgreementContext> {
  return mergeResolvers({ DateTime: DateTimeScalar }, templateResolvers(deps), acceptanceResolvers(deps), relationshipRequestResolvers());
}
