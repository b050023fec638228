import type { HandlerOf } from '@channelgraph/common';
import { projectUserRolesChanged as project } from '../../application/project-tenant-users';

/** Whether the user is among the tenant's global admins, who receive its partner-access emails. */
export const projectUserRolesChanged: HandlerOf<'channelgraph.enrollment.UserRolesChanged.v1' | 'channelgraph.enrollment.UserRolesChanged.v2'> = (event, tx) =>
  project(tx, event);
