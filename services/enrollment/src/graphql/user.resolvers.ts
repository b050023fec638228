import { forbidden, pageRequest, Principal, requireRole, requireUser, Role } from '@channelgraph/common';
import { addUser } from '../application/add-user';
import { changePassword } from '../application/change-password';
import { removeUser } from '../application/remove-user';
import { signIn } from '../application/sign-in';
import { updateUserRoles } from '../application/update-user-roles';
import { checkMayManageUsers } from '../domain/roles';
import { firstPartnerOfTenant } from '../store/partners.repository';
import { usersOfTenantPage } from '../store/users.repository';
import { canSeeTenant, canSeeUser, EnrollmentDeps } from './context';
import type { Resolvers } from './schema.generated';

/** Who may manage a tenant's users (R11, R12); a customer's global admin manages its own (DESIGN §7). */
const USER_MANAGERS = [Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.USER_MANAGEMENT_ADMIN] as const;

/** Users: signing in, passwords, user management (R11, R12), and the user lists of tenants and partners. */
export function userResolvers(deps: EnrollmentDeps): Resolvers {
  const usersOf = (principal: Principal, tenantId: string, args: { first?: number | null; after?: string | null }) => {
    if (!canSeeTenant(principal, tenantId)) throw forbidden('Only the organisation’s own users can list its users.');
    return usersOfTenantPage(deps.dataSource.manager, tenantId, pageRequest(args.first, args.after));
  };
  const userManager = async (principal: Principal | undefined) => {
    const caller = requireRole(principal, USER_MANAGERS);
    checkMayManageUsers(caller.roles, (await firstPartnerOfTenant(deps.dataSource.manager, caller.tenantId)) !== null);
    return caller;
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
      addUser: async (_, { input }, ctx) => addUser(deps, await userManager(ctx.principal), input),
      updateUserRoles: async (_, { input }, ctx) => updateUserRoles(deps, await userManager(ctx.principal), input),
      removeUser: async (_, { input }, ctx) => removeUser(deps, await userManager(ctx.principal), input),
    },
    User: {
      // As for every entity lookup: the visibility of the root query (DESIGN §8).
      __resolveReference: async (ref, ctx) => {
        const principal = requireUser(ctx.principal);
        const user = await ctx.loaders.user.load(ref.id);
        return user && (await canSeeUser(ctx, principal, user)) ? user : null;
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
