import { Connection, invalid, PageRequest } from '@channelgraph/common';
import type { DataSource } from 'typeorm';
import { AdminAccessStatus, AdminClock, EXPIRING_WITHIN_DAYS, MAX_DURATION_DAYS } from '../domain/admin-access';
import type { RelationshipRow } from '../store/entities';
import { adminAccessOfPartner, countAdminAccess, ExpiryWindow } from '../store/relationships.repository';

type Deps = { dataSource: DataSource; adminClock: AdminClock };

/** The expiry window of a status, or of "ends within N days" (not yet ended). NONE has no expiry, so no rows. */
function windowOf(status: AdminAccessStatus | null | undefined, withinDays: number | null | undefined, clock: AdminClock, now: Date): ExpiryWindow | null {
  const inDays = (days: number) => new Date(now.getTime() + days * clock.dayMs);
  if (withinDays !== null && withinDays !== undefined) {
    if (!Number.isInteger(withinDays) || withinDays < 1 || withinDays > MAX_DURATION_DAYS) {
      throw invalid('expiresWithinDays', `Give a whole number of days from 1 to ${MAX_DURATION_DAYS}.`);
    }
    if (status && status !== 'ACTIVE' && status !== 'EXPIRING')
      throw invalid('status', 'Admin access that has ended does not end within days: leave out expiresWithinDays.');
  }
  let window: ExpiryWindow = {};
  if (status === 'NONE') return null;
  if (status === 'EXPIRED') window = { atOrBefore: now };
  if (status === 'EXPIRING') window = { after: now, atOrBefore: inDays(EXPIRING_WITHIN_DAYS) };
  if (status === 'ACTIVE') window = { after: inDays(EXPIRING_WITHIN_DAYS) };
  if (withinDays) {
    const end = inDays(withinDays);
    window = { after: window.after ?? now, atOrBefore: window.atOrBefore && window.atOrBefore < end ? window.atOrBefore : end };
  }
  return window;
}

/** B1: the Expiring admin access list of a partner, soonest expiry first. */
export async function adminAccessList(
  deps: Deps,
  partnerId: string,
  filter: { status?: AdminAccessStatus | null; expiresWithinDays?: number | null },
  page: PageRequest,
): Promise<Connection<RelationshipRow>> {
  const window = windowOf(filter.status, filter.expiresWithinDays, deps.adminClock, new Date());
  if (!window) return { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0 };
  return adminAccessOfPartner(deps.dataSource.manager, partnerId, window, page, `${filter.status ?? ''}/${filter.expiresWithinDays ?? ''}`);
}

/** B1: the tiles of the Expiring admin access page. */
export async function adminAccessExpiry(deps: Deps, partnerId: string) {
  const now = new Date();
  const within = (days: number) =>
    countAdminAccess(deps.dataSource.manager, partnerId, { after: now, atOrBefore: new Date(now.getTime() + days * deps.adminClock.dayMs) });
  const [within1Day, within7Days, within30Days, expired] = await Promise.all([
    within(1),
    within(7),
    within(30),
    countAdminAccess(deps.dataSource.manager, partnerId, { atOrBefore: now }),
  ]);
  return { within1Day, within7Days, within30Days, expired };
}
