import type { HandlerOf } from '@channelgraph/common';
import { rememberSignUpAdmin } from '../../store/tenant-users.repository';

/** Who may receive a tenant's emails: the sign-up's global admin, from the tenant topic. */
export const projectSignUpAdmin: HandlerOf<'channelgraph.enrollment.TenantSignedUp.v1'> = async (event, { manager }) => {
  await rememberSignUpAdmin(manager, event.data);
};
