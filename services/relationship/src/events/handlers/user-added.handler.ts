import type { HandlerOf } from '@channelgraph/common';
import { saveUser } from '../../store/users.repository';

/** A tenant's new user: one the customer may assign to a partner (R2 PARTNER role). */
export const userAdded: HandlerOf<'channelgraph.enrollment.UserAdded.v1'> = async (event, { manager }) => {
  const data = event.data;
  await saveUser(manager, { userId: data.userId, tenantId: data.tenantId, fullName: data.fullName, email: data.email }, new Date(data.addedAt));
};
