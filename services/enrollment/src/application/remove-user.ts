import { DomainError, Principal, recordAccessRevocation, REMOVED_USER_VERSION, Role, UnitOfWork } from '@channelgraph/common';
import { checkCallerMayManage, checkKeepsAdminAgent } from '../domain/roles';
import { UserEvents } from '../events/published';
import type { UserRow } from '../store/entities';
import { adminAgentsLeftWithout, deleteUser, lockedUserOfTenant } from '../store/users.repository';

/** Removes a user of the caller's own tenant (never the caller, never a partner's last admin agent); their tokens stop working everywhere. */
export async function removeUser(deps: { unitOfWork: UnitOfWork }, principal: Principal, input: { userId: string }): Promise<UserRow> {
  if (input.userId === principal.userId) throw new DomainError('CONFLICT', 'You cannot remove yourself; ask another admin.', 'userId');
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const user = await lockedUserOfTenant(manager, input.userId, principal.tenantId);
    if (!user) throw new DomainError('NOT_FOUND', 'No user with this id in your organisation.');
    checkCallerMayManage(principal.roles, user.roles);
    if (user.roles.includes(Role.ADMIN_AGENT)) {
      const { isPartner, left } = await adminAgentsLeftWithout(manager, user.tenantId, user.id);
      checkKeepsAdminAgent(isPartner, left);
    }
    await deleteUser(manager, user.id);
    await recordAccessRevocation(manager, user.id, REMOVED_USER_VERSION);
    raise(UserEvents.removed(user, principal.userId));
    return user;
  });
}
