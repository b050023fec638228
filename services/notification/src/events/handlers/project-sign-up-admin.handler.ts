import type { HandlerOf } from '@channelgraph/common';
import { projectSignUpAdmin as project } from '../../application/project-tenant-users';

/** Who may receive a tenant's emails: the sign-up's global admin, from the tenant topic. */
export const projectSignUpAdmin: HandlerOf<'channelgraph.enrollment.TenantSignedUp.v1'> = (event, tx) => project(tx, event);
