import type { HandlerOf } from '@channelgraph/common';
import { projectUserRemoved as project } from '../../application/project-tenant-users';

/** A removed user receives no more of the tenant's emails. */
export const projectUserRemoved: HandlerOf<'channelgraph.enrollment.UserRemoved.v1'> = (event, tx) => project(tx, event);
