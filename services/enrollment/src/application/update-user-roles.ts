import { DomainError, Principal, recordAccessRevocation, Role, UnitOfWork } from '@channelgraph/common';
import { checkAssignableRoles, checkCallerMayGrant, checkCallerMayManage, checkKeepsAdminAgent } from '../domain/roles';
import { UserEvents } from '../events/published';
import type { UserRow } from '../store/entities';
import { adminAgentsLeftWithout, lockedUserOfTenant, updateUser } from '../store/users.repository';

/** Replaces the roles of a user of the caller's own tenant (R11, R12); others' users do not exist for the caller. */
export async function updateUserRoles(deps: { unitOfWork: UnitOfWork }, principal: Principal, input: { userId: string; roles: string[] }): Promise<UserRow> {
  const roles = checkAssignableRoles(input.roles);
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const user = await lockedUserOfTenant(manager, input.userId, principal.tenantId);
    if (!user) throw new DomainError('NOT_FOUND', 'No user with this id in your organisation.');
    checkCallerMayManage(principal.roles, user.roles);
    checkCallerMayGrant(
      principal.roles,
      roles.filter((role) => !user.roles.includes(role)),
    );
    if (user.roles.includes(Role.PLATFORM_OPERATOR)) throw new DomainError('FORBIDDEN', 'A platform operator’s roles are not managed here.');
    if (user.roles.includes(Role.ADMIN_AGENT) && !roles.includes(Role.ADMIN_AGENT)) {
      const { isPartner, left } = await adminAgentsLeftWithout(manager, user.tenantId, user.id);
      checkKeepsAdminAgent(isPartner, left);
    }
    // Taking a role away ends the user's current sign-ins everywhere; a role added waits for the next sign-in.
    const takesAway = user.roles.some((role) => !roles.some((kept) => kept === role));
    const accessVersion = (user.accessVersion ?? 0) + (takesAway ? 1 : 0);
    const updated: UserRow = { ...user, roles, accessVersion, updatedAt: new Date() };
    await updateUser(manager, user.id, { roles, accessVersion, updatedAt: updated.updatedAt });
    if (takesAway) await recordAccessRevocation(manager, user.id, accessVersion);
    raise(UserEvents.rolesChanged(updated, user.roles, principal.userId));
    return updated;
  });
}
