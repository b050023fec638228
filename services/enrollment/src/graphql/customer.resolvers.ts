import { notFound, requireAccess, requireUser } from '@channelgraph/common';
import type { TenantRow } from '../store/entities';
import { canSeeCustomer } from './context';
import type { Resolvers } from './schema.generated';

/** A tenant as a customer: its own fields, and itself as `tenant`. */
export type CustomerView = TenantRow & { tenant: TenantRow };

const asCustomer = (tenant: TenantRow): CustomerView => ({ ...tenant, tenant });

/** Customers: tenants as their partners see them, while the relationship is ACTIVE. */
export function customerResolvers(): Resolvers {
  return {
    Query: {
      customer: async (_, { id }, ctx) => {
        const principal = requireAccess(ctx.principal, 'Query.customer');
        const tenant = (await canSeeCustomer(ctx, principal, id)) ? await ctx.loaders.tenant.load(id) : null;
        if (!tenant) throw notFound('No customer with this id is visible to you.');
        return asCustomer(tenant);
      },
    },
    Customer: {
      // As for every entity lookup: the visibility of the root query (DESIGN §8).
      __resolveReference: async (ref, ctx) => {
        const principal = requireUser(ctx.principal);
        if (!(await canSeeCustomer(ctx, principal, ref.id))) return null;
        const tenant = await ctx.loaders.tenant.load(ref.id);
        return tenant ? asCustomer(tenant) : null;
      },
    },
  };
}
