import { requireUser } from '@channelgraph/common';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { AgreementContext } from './context';

/** What the relationship subgraph's invitation needs from agreement: the agreement its invitee must accept. */
interface RelationshipRequestRepresentation {
  id: string;
  /** Owned by relationship; the gateway fetches it first (@requires). */
  agreementRequired: boolean;
}

export function relationshipRequestResolvers(): GraphQLResolverMap<AgreementContext> {
  return {
    RelationshipRequest: {
      // Relationship decides who sees a request; agreement only adds the (public) document to it.
      __resolveReference: (ref: RelationshipRequestRepresentation) => ref,
      agreement: async (request: RelationshipRequestRepresentation, _: unknown, ctx: AgreementContext) => {
        requireUser(ctx.principal);
        if (request.agreementRequired !== true) return null;
        return (await ctx.loaders.currentTemplate.load('CUSTOMER_AGREEMENT'))?.template ?? null;
      },
    },
  };
}
