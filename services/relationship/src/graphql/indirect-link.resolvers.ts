import { requireAccess, requireUser } from '@channelgraph/common';
import { authorizeIndirectProvider } from '../application/authorize-indirect-provider';
import { removeProviderAdminAccess } from '../application/remove-provider-admin-access';
import { revokeIndirectLink } from '../application/revoke-indirect-link';
import { RelationshipDeps, visibleTo } from './context';
import type { Resolvers } from './schema.generated';

/** R13: the links between indirect providers and their resellers, all changed by an admin agent. */
export function indirectLinkResolvers(deps: RelationshipDeps): Resolvers {
  return {
    Mutation: {
      authorizeIndirectProvider: (_, { input }, ctx) =>
        authorizeIndirectProvider(deps, requireAccess(ctx.principal, 'Mutation.authorizeIndirectProvider'), input),
      removeProviderAdminAccess: (_, { input }, ctx) =>
        removeProviderAdminAccess(deps, requireAccess(ctx.principal, 'Mutation.removeProviderAdminAccess'), input.linkId),
      revokeIndirectLink: (_, { input }, ctx) => revokeIndirectLink(deps, requireAccess(ctx.principal, 'Mutation.revokeIndirectLink'), input.linkId),
    },
    IndirectLink: {
      __resolveReference: async (ref, ctx) => {
        const principal = requireUser(ctx.principal);
        const row = await ctx.loaders.link.load(ref.id);
        return row && visibleTo(principal, row.providerTenantId, row.resellerTenantId) ? row : null;
      },
      provider: (row) => ({ id: row.providerId }),
      reseller: (row) => ({ id: row.resellerId }),
      providerName: async (row, _, ctx) => (await ctx.loaders.partner.load(row.providerId))?.legalName ?? '',
      resellerName: async (row, _, ctx) => (await ctx.loaders.partner.load(row.resellerId))?.legalName ?? '',
    },
  };
}
