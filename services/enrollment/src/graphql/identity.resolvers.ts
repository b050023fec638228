import { DateTimeScalar, notFound, requireUser } from '@channelgraph/common';
import { changePassword } from '../application/change-password';
import { signIn } from '../application/sign-in';
import { signUp } from '../application/sign-up';
import { TenantRow } from '../store/entities';
import { canSeeCustomer, canSeeTenant, EnrollmentDeps, tenantOf } from './context';
import type { Resolvers } from './schema.generated';

/** A tenant as a customer: its own fields, and itself as `tenant`. */
export type CustomerView = TenantRow & { tenant: TenantRow };

const asCustomer = (tenant: TenantRow): CustomerView => ({ ...tenant, tenant });

/** Sign-up, sign-in, passwords, and the tenant, customer and user types. */
export function identityResolvers(deps: EnrollmentDeps): Resolvers {
  return {
    DateTime: DateTimeScalar,
    Query: {
      me: async (_, __, ctx) => {
        const principal = requireUser(ctx.principal, { allowTemporaryPassword: true });
        return ctx.loaders.user.load(principal.userId);
      },
      tenant: async (_, { id }, ctx) => {
        const principal = requireUser(ctx.principal);
        const tenant = canSeeTenant(principal, id) ? await ctx.loaders.tenant.load(id) : null;
        if (!tenant) throw notFound('No tenant with this id is visible to you.');
        return tenant;
      },
      customer: async (_, { id }, ctx) => {
        const principal = requireUser(ctx.principal);
        const tenant = (await canSeeCustomer(ctx, principal, id)) ? await ctx.loaders.tenant.load(id) : null;
        if (!tenant) throw notFound('No customer with this id is visible to you.');
        return asCustomer(tenant);
      },
    },
    Mutation: {
      signUp: (_, { input }, ctx) => signUp(deps, input, ctx.clientIp),
      signIn: async (_, { input }, ctx) => {
        const { user, token } = await signIn(deps, input, ctx.clientIp);
        return { user, token, mustChangePassword: user.mustChangePassword };
      },
      changePassword: (_, { input }, ctx) => changePassword(deps, requireUser(ctx.principal, { allowTemporaryPassword: true }), input, ctx.clientIp),
    },
    // Entity lookups obey the visibility of their root queries: anyone may send `_entities` here directly,
    // so a representation proves nothing (DESIGN §8).
    Tenant: {
      __resolveReference: (ref, ctx) => (canSeeTenant(requireUser(ctx.principal), ref.id) ? ctx.loaders.tenant.load(ref.id) : null),
    },
    Customer: {
      __resolveReference: async (ref, ctx) => {
        const principal = requireUser(ctx.principal);
        if (!(await canSeeCustomer(ctx, principal, ref.id))) return null;
        const tenant = await ctx.loaders.tenant.load(ref.id);
        return tenant ? asCustomer(tenant) : null;
      },
    },
    User: {
      __resolveReference: async (ref, ctx) => {
        const principal = requireUser(ctx.principal);
        const user = await ctx.loaders.user.load(ref.id);
        return user && canSeeTenant(principal, user.tenantId) ? user : null;
      },
      tenant: (user, _, ctx) => tenantOf(ctx, user),
      partner: (user, _, ctx) => ctx.loaders.partnerOfTenant.load(user.tenantId),
    },
  };
}
