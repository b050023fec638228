import type { HandlerOf } from '@channelgraph/common';
import { projectUserRemoved } from '../../application/project-user-removed';

/** A user was removed from their tenant: their assignments to partners end (R2 PARTNER role). */
export const userRemoved: HandlerOf<'channelgraph.enrollment.UserRemoved.v1'> = (event, tx) => projectUserRemoved(tx, event);
