import type { ReceivedEvent, TenantSignedUpV1, Transaction, UserAddedV1, UserAddedV2 } from '@channelgraph/common';
import { copyCustomerName } from '../store/relationships.repository';
import { saveTenant } from '../store/tenants.repository';
import { saveUser } from '../store/users.repository';

// What relationship keeps of enrollment's tenants and users, in the event's inbox transaction.

/**
 * Tenants' names and domains, for the partner's customer list (R17) — also on relationships made before this event arrived;
 * and the sign-up's global admin, the tenant's first user (R2 PARTNER role: a user the customer may assign).
 */
export async function projectSignedUpTenant(tx: Transaction, event: ReceivedEvent<TenantSignedUpV1>): Promise<void> {
  const { manager } = tx;
  const data = event.data;
  await saveTenant(manager, { tenantId: data.tenantId, domain: data.domain, displayName: data.displayName, updatedAt: new Date(event.time) });
  await copyCustomerName(manager, data.tenantId, data.displayName, data.domain);
  const admin = { userId: data.admin.userId, tenantId: data.tenantId, fullName: data.admin.fullName, email: data.admin.email };
  await saveUser(manager, admin, new Date(data.signedUpAt));
}

/** A tenant's new user: one the customer may assign to a partner (R2 PARTNER role). */
export async function projectAddedUser(tx: Transaction, event: ReceivedEvent<UserAddedV1 | UserAddedV2>): Promise<void> {
  const data = event.data;
  await saveUser(tx.manager, { userId: data.userId, tenantId: data.tenantId, fullName: data.fullName, email: data.email }, new Date(data.addedAt));
}
