import type { HandlerOf } from '@channelgraph/common';
import { copyCustomerName } from '../../store/relationships.repository';
import { saveTenant } from '../../store/tenants.repository';
import { saveUser } from '../../store/users.repository';

/**
 * Tenants' names and domains, for the partner's customer list (R17) — also on relationships made before this event arrived;
 * and the sign-up's global admin, the tenant's first user (R2 PARTNER role: a user the customer may assign).
 */
export const tenantSignedUp: HandlerOf<'channelgraph.enrollment.TenantSignedUp.v1'> = async (event, { manager }) => {
  const data = event.data;
  await saveTenant(manager, { tenantId: data.tenantId, domain: data.domain, displayName: data.displayName, updatedAt: new Date(event.time) });
  await copyCustomerName(manager, data.tenantId, data.displayName, data.domain);
  const admin = { userId: data.admin.userId, tenantId: data.tenantId, fullName: data.admin.fullName, email: data.admin.email };
  await saveUser(manager, admin, new Date(data.signedUpAt));
};
