import type { HandlerOf } from '@channelgraph/common';
import { applyUserEvent } from '../../store/tenant-users.repository';

/** A tombstone without personal data rather than a delete, so no late event brings the user back. */
export const projectUserRemoved: HandlerOf<'channelgraph.enrollment.UserRemoved.v1'> = async (event, { manager }) => {
  const { userId, tenantId } = event.data;
  const tombstone = { email: null, fullName: null, roles: [], removedAt: new Date() };
  await applyUserEvent(manager, event, { userId, tenantId, ...tombstone }, tombstone);
};
