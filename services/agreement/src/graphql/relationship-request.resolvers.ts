import { requireUser } from '@channelgraph/common';
import { inLanguage } from '../domain/templates';
import type { Resolvers } from './schema.generated';

/** What the relationship subgraph's invitation needs from agreement: the agreement its invitee must accept. */
export interface RelationshipRequestRepresentation {
  id: string;
  /** Owned by relationship; the gateway fetches it first (@requires). */
  agreementRequired: boolean;
}

export function relationshipRequestResolvers(): Resolvers {
  return {
    RelationshipRequest: {
      // Relationship decides who sees a request; agreement only adds the (public) document to it.
      __resolveReference: (ref) => ref,
      agreement: async (request, { language }, ctx) => {
        requireUser(ctx.principal);
        if (request.agreementRequired !== true) return null;
        return inLanguage((await ctx.loaders.currentVersion.load('CUSTOMER_AGREEMENT'))?.templates ?? [], language) ?? null;
      },
    },
  };
}
