import type { HandlerOf } from '@channelgraph/common';
import { projectSignedUpTenant } from '../../application/project-tenant-users';

/** Tenants' names and domains for the partners' customer lists (R17), and the sign-up's global admin (R2). */
export const tenantSignedUp: HandlerOf<'channelgraph.enrollment.TenantSignedUp.v1'> = (event, tx) => projectSignedUpTenant(tx, event);
