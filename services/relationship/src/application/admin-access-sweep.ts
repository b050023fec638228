import { UnitOfWork } from '@channelgraph/common';
import { AdminClock, AUTO_EXTEND_DAYS, expiryAfter, hasLiveAdminAccess, nextWarningAt, NO_ADMIN_ACCESS, warningNow } from '../domain/admin-access';
import { withoutAdminPrivileges } from '../domain/roles';
import { AdminAccessEvents } from '../events/published';
import { RelationshipRow } from '../store/entities';
import { partnerName } from '../store/partners.repository';
import { adminAccessDueForWarning, adminAccessDueToEnd, migratedAdminAccess, saveRelationship } from '../store/relationships.repository';
import { adminAccessChanged } from './admin-access-assignments';

/*
 * B1: the sweep of delegated admin access, run with the invitation expiry sweep (EXPIRY_SWEEP_MS). Reads never
 * wait for it: authorize and the graph treat access past its expiry as ended already. It makes the change
 * durable and announced: ends or extends access at its expiry, sends the warnings, announces the migration.
 * Each step takes one batch per run in one transaction; several instances share the work (locked rows are skipped).
 */

/** At its expiry, access set to auto-extend gets 180 more days (from the expiry, or from now after a long pause); other access ends. */
export async function endOrExtendAdminAccess(unitOfWork: UnitOfWork, clock: AdminClock, batch = 100): Promise<number> {
  return unitOfWork.run(async ({ manager, raise }) => {
    const now = new Date();
    const due = await adminAccessDueToEnd(manager, now, batch);
    for (const relationship of due) {
      const name = await partnerName(manager, relationship.partnerId);
      if (relationship.autoExtend && !relationship.adminRoles.includes('GLOBAL_ADMINISTRATOR')) {
        const from =
          expiryAfter(relationship.adminAccessExpiresAt as Date, AUTO_EXTEND_DAYS, clock).getTime() > now.getTime() ? relationship.adminAccessExpiresAt! : now;
        const adminAccessExpiresAt = expiryAfter(from, AUTO_EXTEND_DAYS, clock);
        const extended: RelationshipRow = {
          ...relationship,
          adminAccessExpiresAt,
          adminNextWarningAt: nextWarningAt(adminAccessExpiresAt, clock, now),
          updatedAt: now,
        };
        await saveRelationship(manager, extended);
        await adminAccessChanged({ manager, raise }, 'AUTO_EXTENDED', extended, name, relationship, { byUserId: null });
      } else {
        // The expiry stays, so the relationship reads EXPIRED; its other roles stay in force.
        const ended: RelationshipRow = {
          ...relationship,
          roles: withoutAdminPrivileges(relationship.roles),
          ...NO_ADMIN_ACCESS,
          adminAccessExpiresAt: relationship.adminAccessExpiresAt,
          updatedAt: now,
        };
        await saveRelationship(manager, ended);
        await adminAccessChanged({ manager, raise }, 'EXPIRED', ended, name, relationship, { byUserId: null });
      }
    }
    return due.length;
  });
}

/** The warnings before expiry (ADMIN_ACCESS_WARNING_DAYS): one event per warning, which notification emails to both sides. */
export async function warnOfAdminAccessExpiry(unitOfWork: UnitOfWork, clock: AdminClock, batch = 100): Promise<number> {
  return unitOfWork.run(async ({ manager, raise }) => {
    const now = new Date();
    const due = await adminAccessDueForWarning(manager, now, batch);
    for (const relationship of due) {
      const { daysLeft, nextWarningAt: next } = warningNow(relationship.adminAccessExpiresAt as Date, clock, now);
      const warned: RelationshipRow = { ...relationship, adminNextWarningAt: next };
      await saveRelationship(manager, warned);
      if (hasLiveAdminAccess(relationship, now)) raise(AdminAccessEvents.expiring(warned, await partnerName(manager, relationship.partnerId), daysLeft));
    }
    return due.length;
  });
}

/** The migration gave unlimited delegated admin an expiry (two years, GLOBAL_ADMINISTRATOR): each is announced once. */
export async function announceMigratedAdminAccess(unitOfWork: UnitOfWork, clock: AdminClock, batch = 100): Promise<number> {
  return unitOfWork.run(async ({ manager, raise }) => {
    const now = new Date();
    const migrated = await migratedAdminAccess(manager, batch);
    for (const relationship of migrated) {
      const announced: RelationshipRow = {
        ...relationship,
        adminAccessMigrated: false,
        adminNextWarningAt: relationship.adminAccessExpiresAt ? nextWarningAt(relationship.adminAccessExpiresAt, clock, now) : null,
        updatedAt: now,
      };
      await saveRelationship(manager, announced);
      const before = { adminRoles: [], adminAccessExpiresAt: null, autoExtend: false };
      await adminAccessChanged({ manager, raise }, 'MIGRATED', announced, await partnerName(manager, relationship.partnerId), before, { byUserId: null });
    }
    return migrated.length;
  });
}
