import type { HandlerOf } from '@channelgraph/common';
import { applyUserEvent } from '../../store/tenant-users.repository';

/** Roles only: the address comes from the user's earlier event (or a later sign-up event on the tenant topic). */
export const projectUserRolesChanged: HandlerOf<'channelgraph.enrollment.UserRolesChanged.v1'> = async (event, { manager }) => {
  const { userId, tenantId, roles } = event.data;
  await applyUserEvent(manager, event, { userId, tenantId, email: null, fullName: null, roles, removedAt: null }, { roles });
};
