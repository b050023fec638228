import { DateTimeScalar, mergeResolvers } from '@channelgraph/common';
import { acceptanceResolvers } from './acceptance.resolvers';
import { AgreementContext, AgreementDeps } from './context';
import { relationshipRequestResolvers } from './relationship-request.resolvers';
import type { Resolvers } from './schema.generated';
import { templateResolvers } from './template.resolvers';

export type { AgreementContext, AgreementDeps };

export function createResolvers(deps: AgreementDeps): Resolvers {
  return mergeResolvers({ DateTime: DateTimeScalar }, templateResolvers(deps), acceptanceResolvers(deps), relationshipRequestResolvers());
}
