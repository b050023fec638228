import type { HandlerOf } from '@channelgraph/common';
import { projectUserAdded as project } from '../../application/project-tenant-users';

/** Who may receive a tenant's emails: a user enrollment added, with their address. */
export const projectUserAdded: HandlerOf<'channelgraph.enrollment.UserAdded.v1' | 'channelgraph.enrollment.UserAdded.v2'> = (event, tx) => project(tx, event);
