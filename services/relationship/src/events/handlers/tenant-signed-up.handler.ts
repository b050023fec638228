import type { HandlerOf } from '@channelgraph/common';
import { copyCustomerName } from '../../store/relationships.repository';
import { saveTenant } from '../../store/tenants.repository';

/** Tenants' names and domains, for the partner's customer list (R17) — also on relationships made before this event arrived. */
export const tenantSignedUp: HandlerOf<'channelgraph.enrollment.TenantSignedUp.v1'> = async (event, { manager }) => {
  const data = event.data;
  await saveTenant(manager, { tenantId: data.tenantId, domain: data.domain, displayName: data.displayName, updatedAt: new Date(event.time) });
  await copyCustomerName(manager, data.tenantId, data.displayName, data.domain);
};
