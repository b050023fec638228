import { hasRole, Principal, Role } from '@channelgraph/common';
import type { EntityManager } from 'typeorm';
import type { NotificationRow } from '../store/entities';

/** Emails whose text carries a single-use link token: reading the body is as good as holding the link. */
export const LINK_KINDS: ReadonlySet<string> = new Set(['PRIMARY_CONTACT_VERIFICATION', 'RELATIONSHIP_INVITATION', 'INDIRECT_RESELLER_INVITATION']);

/**
 * Whether the caller may read an email's text. Operators may; others only
 * for their own tenant's emails, and for emails with a link only when the
 * recipient's address belongs to a user of their tenant. A sender may not
 * read its invitation's link back, nor may an enrolling admin read the
 * verification link meant for a primary contact who is somebody else (R10:
 * the link proves the address belongs to the organisation).
 */
export async function canReadBody(manager: EntityManager, principal: Principal, row: NotificationRow): Promise<boolean> {
  if (hasRole(principal, Role.PLATFORM_OPERATOR)) return true;
  if (row.tenantId !== principal.tenantId) return false;
  if (!LINK_KINDS.has(row.kind)) return true;
  const [match] = await manager.query('SELECT 1 AS yes FROM tenant_user WHERE email = ? AND tenant_id = ? AND removed_at IS NULL LIMIT 1', [row.toAddress, principal.tenantId]);
  return match !== undefined;
}
