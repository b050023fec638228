import { forbidden, Operation, pageRequest, Principal, requireAccess, requireUser } from '@channelgraph/common';
import { addUser } from '../application/add-user';
import { changePassword } from '../application/change-password';
import { checkUserManager } from '../application/check-user-manager';
import { usersOfTenant } from '../application/list-users';
import { removeUser } from '../application/remove-user';
import { signIn } from '../application/sign-in';
import { updateUserRoles } from '../application/update-user-roles';
import { canSeeTenant, canSeeUser, EnrollmentDeps } from './context';
import type { Resolvers } from './schema.generated';

/** Users: signing in, passwords, user management (R11, R12), and the user lists of tenants and partners. */
export function userResolvers(deps: EnrollmentDeps): Resolvers {
  const usersOf = (principal: Principal, tenantId: string, args: { first?: number | null; after?: string | null }) => {
    if (!canSeeTenant(principal, tenantId)) throw forbidden('Only the organisation’s own users can list its users.');
    return usersOfTenant(deps, tenantId, pageRequest(args.first, args.after));
  };
  // The access table reads the organisation's kind from the sign-in token; the database has the last word (a
  // token issued before the tenant enrolled does not name its partner yet).
  const userManager = (principal: Principal | undefined, operation: Operation, roles?: readonly string[]) =>
    checkUserManager(deps, requireAccess(principal, operation), roles);
  return {
    Query: {
      me: async (_, __, ctx) => {
        const principal = requireAccess(ctx.principal, 'Query.me', { allowTemporaryPassword: true });
        return ctx.loaders.user.load(principal.userId);
      },
    },
    Mutation: {
      signIn: async (_, { input }, ctx) => {
        const { user, token } = await signIn(deps, input, ctx.clientIp);
        return { user, token, mustChangePassword: user.mustChangePassword };
      },
      changePassword: (_, { input }, ctx) =>
        changePassword(deps, requireAccess(ctx.principal, 'Mutation.changePassword', { allowTemporaryPassword: true }), input, ctx.clientIp),
      addUser: async (_, { input }, ctx) => addUser(deps, await userManager(ctx.principal, 'Mutation.addUser', input.roles), input),
      updateUserRoles: async (_, { input }, ctx) => updateUserRoles(deps, await userManager(ctx.principal, 'Mutation.updateUserRoles', input.roles), input),
      removeUser: async (_, { input }, ctx) => removeUser(deps, await userManager(ctx.principal, 'Mutation.removeUser'), input),
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
      users: (tenant, args, ctx) => usersOf(requireAccess(ctx.principal, 'Tenant.users'), tenant.id, args),
    },
    Partner: {
      users: (partner, args, ctx) => usersOf(requireAccess(ctx.principal, 'Partner.users'), partner.tenantId, args),
    },
  };
}
