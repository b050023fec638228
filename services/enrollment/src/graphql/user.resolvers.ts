import { forbidden, pageRequest, Principal, requireRole, requireUser, Role } from '@channelgraph/common';
import { addUser } from '../application/add-user';
import { changePassword } from '../application/change-password';
import { removeUser } from '../application/remove-user';
import { signIn } from '../application/sign-in';
import { updateUserRoles } from '../application/update-user-roles';
import { usersOfTenantPage } from '../store/users.repository';
import { canSeeTenant, EnrollmentDeps } from './context';
import type { Resolvers } from './schema.generated';

/** Who may manage a tenant's users (R11, R12). */
const USER_MANAGERS = [Role.ADMIN_AGENT, Role.USER_MANAGEMENT_ADMIN] as const;

/** Users: signing in, passwords, user management (R11, R12), and the user lists of tenants and partners. */
export function userResolvers(deps: EnrollmentDeps): Resolvers {
  const usersOf = (principal: Principal, tenantId: string, args: { first?: number | null; after?: string | null }) => {
    if (!canSeeTenant(principal, tenantId)) throw forbidden('Only the organisation’s own users can list its users.');
    return usersOfTenantPage(deps.dataSource.manager, tenantId, pageRequest(args.first, args.after));
  };
  return {
    Query: {
      me: async (_, __, ctx) => {
        const principal = requireUser(ctx.principal, { allowTemporaryPassword: true });
        return ctx.loaders.user.load(principal.userId);
      },
    },
    Mutation: {
      signIn: async (_, { input }, ctx) => {
        const { user, token } = await signIn(deps, input, ctx.clientIp);
        return { user, token, mustChangePassword: user.mustChangePassword };
      },
      changePassword: (_, { input }, ctx) => changePassword(deps, requireUser(ctx.principal, { allowTemporaryPassword: true }), input, ctx.clientIp),
      addUser: (_, { input }, ctx) => addUser(deps, requireRole(ctx.principal, USER_MANAGERS), input),
      updateUserRoles: (_, { input }, ctx) => updateUserRoles(deps, requireRole(ctx.principal, USER_MANAGERS), input),
      removeUser: (_, { input }, ctx) => removeUser(deps, requireRole(ctx.principal, USER_MANAGERS), input),
    },
    User: {
      // As for every entity lookup: the visibility of the root query (DESIGN §8).
      __resolveReference: async (ref, ctx) => {
        const principal = requireUser(ctx.principal);
        const user = await ctx.loaders.user.load(ref.id);
        return user && canSeeTenant(principal, user.tenantId) ? user : null;
      },
    },
    Tenant: {
      users: (tenant, args, ctx) => usersOf(requireUser(ctx.principal), tenant.id, args),
    },
    Partner: {
      users: (partner, args, ctx) => usersOf(requireUser(ctx.principal), partner.tenantId, args),
    },
  };
}
