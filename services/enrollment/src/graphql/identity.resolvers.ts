import { DateTimeScalar, notFound, requireRole, requireUser, Role } from '@channelgraph/common';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { changePassword } from '../application/change-password';
import { createServiceToken } from '../application/service-tokens';
import { signIn } from '../application/sign-in';
import { signUp } from '../application/sign-up';
import { SignUpRequest } from '../domain/sign-up';
import { TenantRow, UserRow } from '../store/entities';
import { canSeeTenant, EnrollmentContext, EnrollmentDeps } from './context';

const asCustomer = (tenant: TenantRow) => ({ ...tenant, tenant });

/** Sign-up, sign-in, passwords, and the tenant, customer and user types. */
export function identityResolvers(deps: EnrollmentDeps): GraphQLResolverMap<EnrollmentContext> {
  return {
    DateTime: DateTimeScalar,
    Query: {
      me: async (_: unknown, __: unknown, ctx: EnrollmentContext) => {
        const principal = requireUser(ctx.principal, { allowTemporaryPassword: true });
        return ctx.loaders.user.load(principal.userId);
      },
      tenant: async (_: unknown, { id }: { id: string }, ctx: EnrollmentContext) => {
        const principal = requireUser(ctx.principal);
        const tenant = canSeeTenant(principal, id) ? await ctx.loaders.tenant.load(id) : null;
        if (!tenant) throw notFound('No tenant with this id is visible to you.');
        return tenant;
      },
      customer: async (_: unknown, { id }: { id: string }, ctx: EnrollmentContext) => {
        const principal = requireUser(ctx.principal);
        const tenant = canSeeTenant(principal, id) ? await ctx.loaders.tenant.load(id) : null;
        if (!tenant) throw notFound('No customer with this id is visible to you.');
        return asCustomer(tenant);
      },
    },
    Mutation: {
      signUp: (_: unknown, { input }: { input: SignUpRequest }) => signUp(deps, input),
      signIn: async (_: unknown, { input }: { input: { email: string; password: string } }, ctx: EnrollmentContext) => {
        const { user, token } = await signIn(deps, input, ctx.clientIp);
        return { user, token, mustChangePassword: user.mustChangePassword };
      },
      changePassword: (_: unknown, { input }: { input: { currentPassword: string; newPassword: string } }, ctx: EnrollmentContext) =>
        changePassword(deps, requireUser(ctx.principal, { allowTemporaryPassword: true }), input),
      createServiceToken: (_: unknown, { input }: { input: { name: string; ttlHours?: number | null } }, ctx: EnrollmentContext) => {
        requireRole(ctx.principal, [Role.PLATFORM_OPERATOR]);
        return createServiceToken(deps, input);
      },
    },
    Tenant: {
      // References come from subgraphs that already decided the caller may see this id.
      __resolveReference: (ref: { id: string }, ctx: EnrollmentContext) => {
        requireUser(ctx.principal);
        return ctx.loaders.tenant.load(ref.id);
      },
    },
    Customer: {
      __resolveReference: async (ref: { id: string }, ctx: EnrollmentContext) => {
        requireUser(ctx.principal);
        const tenant = await ctx.loaders.tenant.load(ref.id);
        return tenant ? asCustomer(tenant) : null;
      },
    },
    User: {
      __resolveReference: async (ref: { id: string }, ctx: EnrollmentContext) => {
        const principal = requireUser(ctx.principal);
        const user = await ctx.loaders.user.load(ref.id);
        return user && canSeeTenant(principal, user.tenantId) ? user : null;
      },
      tenant: (user: UserRow, _: unknown, ctx: EnrollmentContext) => ctx.loaders.tenant.load(user.tenantId),
      partner: (user: UserRow, _: unknown, ctx: EnrollmentContext) => ctx.loaders.partnerOfTenant.load(user.tenantId),
    },
  };
}
