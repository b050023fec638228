import { DomainError, invalid } from '@channelgraph/common/domain';
import { AdminRole, checkAdminRoles, DEFAULT_ADMIN_ROLES } from './admin-roles';

/**
 * B1: delegated admin access is time-bound. Durations are ISO 8601 and counted in days (a year is 365, a month
 * 30, as GDAP counts its 730-day maximum); the length of a day is a setting (ADMIN_ACCESS_DAY_MS), so tests and
 * demos run expiry, warnings and auto-extension on a compressed clock instead of waiting for days.
 */
export interface AdminClock {
  dayMs: number;
  /** Days before expiry at which the partner's admin agents and the customer's admins are warned (30, 7, 1). */
  warningDays: readonly number[];
}

export const DAY_MS = 24 * 3600 * 1000;
export const MIN_DURATION_DAYS = 1;
export const MAX_DURATION_DAYS = 730;
export const DEFAULT_DURATION = 'P2Y';
/** GDAP's auto-extension: 180 days at each expiry. */
export const AUTO_EXTEND_DAYS = 180;
/** Admin access reads EXPIRING this close to its end. */
export const EXPIRING_WITHIN_DAYS = 30;

export type AdminAccessStatus = 'NONE' | 'ACTIVE' | 'EXPIRING' | 'EXPIRED';

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/** The days of an ISO 8601 duration between P1D and P2Y; a clear error otherwise. */
export function durationDays(field: string, value: string): number {
  const match = DURATION.exec(value.trim().toUpperCase());
  const days =
    match && value.trim().length > 1 ? Number(match[1] ?? 0) * 365 + Number(match[2] ?? 0) * 30 + Number(match[3] ?? 0) * 7 + Number(match[4] ?? 0) : NaN;
  if (!Number.isFinite(days)) throw invalid(field, 'Give the duration in ISO 8601 days, weeks, months or years, e.g. P90D, P6M or P2Y.');
  if (days < MIN_DURATION_DAYS || days > MAX_DURATION_DAYS) {
    throw invalid(field, `Admin access lasts from 1 day (P1D) to 2 years (P2Y, 730 days); ${value} is ${days} days.`);
  }
  return days;
}

/** GDAP refuses auto-extension with global admin: a partner holding everything must be re-approved. */
export function checkAutoExtendAllowed(field: string, adminRoles: readonly string[], autoExtend: boolean): void {
  if (autoExtend && adminRoles.includes('GLOBAL_ADMINISTRATOR')) {
    throw invalid(
      field,
      'Auto-extend is not available while Global administrator (GLOBAL_ADMINISTRATOR) is granted: ask for narrower roles to have the access extend itself.',
    );
  }
}

/** What an invitation asks for with DELEGATED_ADMIN, checked; nothing without it. */
export interface AdminAccessAsk {
  adminRoles: AdminRole[];
  adminAccessDuration: string | null;
  autoExtend: boolean;
}

/** What an invitation without DELEGATED_ADMIN asks for. */
export const NO_ADMIN_ASK: AdminAccessAsk = { adminRoles: [], adminAccessDuration: null, autoExtend: false };

export function checkAdminAccessAsk(
  roles: readonly string[],
  input: { adminRoles?: readonly string[] | null; adminAccessDuration?: string | null; autoExtend?: boolean | null },
): AdminAccessAsk {
  if (!roles.includes('DELEGATED_ADMIN')) {
    const field = input.adminRoles?.length ? 'adminRoles' : input.adminAccessDuration ? 'adminAccessDuration' : input.autoExtend ? 'autoExtend' : null;
    if (field) throw invalid(field, 'Admin roles, their duration and auto-extend come with the DELEGATED_ADMIN role: add it, or leave them out.');
    return NO_ADMIN_ASK;
  }
  const adminRoles = input.adminRoles ? checkAdminRoles('adminRoles', input.adminRoles) : [...DEFAULT_ADMIN_ROLES];
  const adminAccessDuration = (input.adminAccessDuration ?? DEFAULT_DURATION).trim().toUpperCase();
  durationDays('adminAccessDuration', adminAccessDuration);
  const autoExtend = input.autoExtend ?? false;
  checkAutoExtendAllowed('autoExtend', adminRoles, autoExtend);
  return { adminRoles, adminAccessDuration, autoExtend };
}

/** The admin access facts of a relationship. */
export interface AdminAccessFacts {
  roles: readonly string[];
  adminRoles: readonly string[];
  adminAccessExpiresAt: Date | null;
}

/** Whether the partner holds admin access now: granted and not past its expiry, swept or not (authorize never waits for the sweep). */
export function hasLiveAdminAccess(facts: AdminAccessFacts, now = new Date()): boolean {
  return (
    facts.roles.includes('DELEGATED_ADMIN') &&
    facts.adminRoles.length > 0 &&
    facts.adminAccessExpiresAt !== null &&
    facts.adminAccessExpiresAt.getTime() > now.getTime()
  );
}

/** The admin roles in force now: none once expired. */
export const liveAdminRoles = (facts: AdminAccessFacts, now = new Date()): readonly string[] => (hasLiveAdminAccess(facts, now) ? facts.adminRoles : []);

/** NONE without an expiry (never granted, or removed); EXPIRED once past it; EXPIRING within 30 days of it. */
export function adminAccessStatus(facts: AdminAccessFacts, clock: AdminClock, now = new Date()): AdminAccessStatus {
  if (!facts.adminAccessExpiresAt) return 'NONE';
  const left = facts.adminAccessExpiresAt.getTime() - now.getTime();
  if (left <= 0) return 'EXPIRED';
  if (!hasLiveAdminAccess(facts, now)) return 'NONE';
  return left <= EXPIRING_WITHIN_DAYS * clock.dayMs ? 'EXPIRING' : 'ACTIVE';
}

export const expiryAfter = (from: Date, days: number, clock: AdminClock): Date => new Date(from.getTime() + days * clock.dayMs);

const warningInstant = (expiresAt: Date, days: number, clock: AdminClock) => new Date(expiresAt.getTime() - days * clock.dayMs);

/**
 * When the next warning before `expiresAt` is due: the farthest threshold still ahead. Thresholds already behind
 * are skipped, so a grant shorter than a warning's distance never sends that warning. Null when none is left.
 */
export function nextWarningAt(expiresAt: Date, clock: AdminClock, now = new Date()): Date | null {
  const ahead = clock.warningDays.map((days) => warningInstant(expiresAt, days, clock)).filter((at) => at.getTime() > now.getTime());
  return ahead.length === 0 ? null : new Date(Math.min(...ahead.map((at) => at.getTime())));
}

/**
 * The warning a due relationship gets now: the nearest threshold reached. After a pause of the sweep only that one
 * goes out (a "1 day left" email makes a late "7 days" one pointless).
 */
export function warningNow(expiresAt: Date, clock: AdminClock, now = new Date()): { daysLeft: number; nextWarningAt: Date | null } {
  const reached = clock.warningDays.filter((days) => warningInstant(expiresAt, days, clock).getTime() <= now.getTime());
  return { daysLeft: reached.length === 0 ? Math.max(...clock.warningDays) : Math.min(...reached), nextWarningAt: nextWarningAt(expiresAt, clock, now) };
}

/** B1: the partner must hold live delegated admin access on the relationship for this change. */
export function checkHasAdminAccess(facts: AdminAccessFacts & { status: string }, now = new Date()): void {
  if (facts.status !== 'ACTIVE') throw new DomainError('CONFLICT', 'This relationship has ended.');
  if (!hasLiveAdminAccess(facts, now)) {
    throw new DomainError('CONFLICT', 'This relationship has no delegated admin access now: invite the customer again to ask for admin roles.');
  }
}

/** Admin access as granted to a relationship. */
export interface AdminGrant {
  adminRoles: AdminRole[];
  adminAccessExpiresAt: Date;
  autoExtend: boolean;
  adminNextWarningAt: Date | null;
}

/** The grant of an approved ask, from now. */
export function grantOf(ask: { adminRoles: AdminRole[]; days: number; autoExtend: boolean }, clock: AdminClock, now = new Date()): AdminGrant {
  const adminAccessExpiresAt = expiryAfter(now, ask.days, clock);
  return { adminRoles: ask.adminRoles, adminAccessExpiresAt, autoExtend: ask.autoExtend, adminNextWarningAt: nextWarningAt(adminAccessExpiresAt, clock, now) };
}

/**
 * An import (R16) of a DELEGATED_ADMIN relationship carries no ask: it gets the seed's meaning, global admin, for
 * two calendar years (imports run from events, away from any compressed clock of a test).
 */
export const REAL_CLOCK: AdminClock = { dayMs: DAY_MS, warningDays: [30, 7, 1] };
export const importedGrant = (now = new Date()): AdminGrant =>
  grantOf({ adminRoles: ['GLOBAL_ADMINISTRATOR'], days: MAX_DURATION_DAYS, autoExtend: false }, REAL_CLOCK, now);

/** No admin access (kept expiry aside): what a relationship holds without DELEGATED_ADMIN. */
export const NO_ADMIN_ACCESS = { adminRoles: [] as AdminRole[], adminAccessExpiresAt: null, autoExtend: false, adminNextWarningAt: null };

/** The relationship's roles in force: DELEGATED_ADMIN past its expiry is gone already, swept or not. */
export function rolesInForce<R extends string>(facts: Omit<AdminAccessFacts, 'roles'> & { roles: readonly R[] }, now = new Date()): R[] {
  const live = hasLiveAdminAccess(facts, now);
  return facts.roles.filter((role) => role !== 'DELEGATED_ADMIN' || live);
}
