import { notFound, requireAccess, requireUser } from '@channelgraph/common';
import { signUp } from '../application/sign-up';
import { canSeeTenant, EnrollmentDeps, tenantOf } from './context';
import type { Resolvers } from './schema.generated';

/** Tenants: the one a sign-up creates, by id, by reference, and as the tenant of a user or partner. */
export function tenantResolvers(deps: EnrollmentDeps): Resolvers {
  return {
    Query: {
      tenant: async (_, { id }, ctx) => {
        const principal = requireAccess(ctx.principal, 'Query.tenant');
        const tenant = canSeeTenant(principal, id) ? await ctx.loaders.tenant.load(id) : null;
        if (!tenant) throw notFound('No tenant with this id is visible to you.');
        return tenant;
      },
    },
    Mutation: {
      signUp: (_, { input }, ctx) => signUp(deps, input, ctx.clientIp),
    },
    // Entity lookups obey the visibility of their root queries: anyone may send `_entities` here directly,
    // so a representation proves nothing (DESIGN §8).
    Tenant: {
      __resolveReference: (ref, ctx) => (canSeeTenant(requireUser(ctx.principal), ref.id) ? ctx.loaders.tenant.load(ref.id) : null),
    },
    User: {
      tenant: (user, _, ctx) => tenantOf(ctx, user),
    },
    Partner: {
      tenant: (partner, _, ctx) => tenantOf(ctx, partner),
    },
  };
}
