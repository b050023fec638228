import type { HandlerOf } from '@channelgraph/common';
import { projectAddedUser } from '../../application/project-tenant-users';

/** A tenant's new user: one the customer may assign to a partner (R2 PARTNER role). */
export const userAdded: HandlerOf<'channelgraph.enrollment.UserAdded.v1' | 'channelgraph.enrollment.UserAdded.v2'> = (event, tx) => projectAddedUser(tx, event);
