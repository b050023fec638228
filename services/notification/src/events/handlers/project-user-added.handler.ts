import type { HandlerOf } from '@channelgraph/common';
import { applyUserEvent } from '../../store/tenant-users.repository';

/** Who may receive a tenant's emails: a user enrollment added, with their address. */
export const projectUserAdded: HandlerOf<'channelgraph.enrollment.UserAdded.v1'> = async (event, { manager }) => {
  const { userId, tenantId, email, fullName, roles } = event.data;
  await applyUserEvent(manager, event, { userId, tenantId, email, fullName, roles, removedAt: null }, { email, fullName });
};
