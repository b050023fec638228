import { forbidden, pageByCreation, pageRequest, Principal, requireRole, requireUser, Role } from '@channelgraph/common';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { addUser, AddUserInput, removeUser, updateUserRoles } from '../application/manage-users';
import { PartnerRow, TenantRow, userEntity } from '../store/entities';
import { canSeeTenant, EnrollmentContext, EnrollmentDeps } from './context';

/** Who may manage a tenant's users (R11, R12). */
const USER_MANAGERS = [Role.ADMIN_AGENT, Role.USER_MANAGEMENT_ADMIN] as const;

/** User management (R11, R12) and the user lists of tenants and partners. */
export function usersResolvers(deps: EnrollmentDeps): GraphQLResolverMap<EnrollmentContext> {
  const usersOf = (principal: Principal, tenantId: string, args: { first?: number | null; after?: string | null }) => {
    if (!canSeeTenant(principal, tenantId)) throw forbidden('Only the organisation’s own users can list its users.');
    const query = deps.dataSource.getRepository(userEntity).createQueryBuilder('u').where('u.tenant_id = :tenantId', { tenantId });
    return pageByCreation(query, 'u', pageRequest(args.first, args.after), 'ASC');
  };
  return {
    Mutation: {
      addUser: (_: unknown, { input }: { input: AddUserInput }, ctx: EnrollmentContext) => addUser(deps, requireRole(ctx.principal, USER_MANAGERS), input),
      updateUserRoles: (_: unknown, { input }: { input: { userId: string; roles: string[] } }, ctx: EnrollmentContext) =>
        updateUserRoles(deps, requireRole(ctx.principal, USER_MANAGERS), input),
      removeUser: (_: unknown, { input }: { input: { userId: string } }, ctx: EnrollmentContext) => removeUser(deps, requireRole(ctx.principal, USER_MANAGERS), input),
    },
    Tenant: {
      users: (tenant: TenantRow, args: { first?: number | null; after?: string | null }, ctx: EnrollmentContext) => usersOf(requireUser(ctx.principal), tenant.id, args),
    },
    Partner: {
      users: (partner: PartnerRow, args: { first?: number | null; after?: string | null }, ctx: EnrollmentContext) => usersOf(requireUser(ctx.principal), partner.tenantId, args),
    },
  };
}
