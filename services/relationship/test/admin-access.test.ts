import { failure } from '../../../test/support/domain';
import { adminAccessStatus, checkAdminAccessAsk, durationDays, nextWarningAt, rolesInForce, warningNow } from '../src/domain/admin-access';
import { checkAssignableRoles, checkAssignees, fitToGrant, MAX_ASSIGNED_USERS } from '../src/domain/admin-assignment';
import { ADMIN_ROLES, ADMIN_ROLES_BY_PERMISSION, checkApprovedAdminRoles } from '../src/domain/admin-roles';
import { decide } from '../src/domain/authorize';
import { PERMISSIONS, PERMISSIONS_BY_ROLE } from '../src/domain/roles';

const ACCEPTED = { acceptedCurrent: true, honouredUntil: null };
const DAY = 86400000;
const CLOCK = { dayMs: DAY, warningDays: [30, 7, 1] };
const now = new Date('2027-01-01T00:00:00Z');
const inDays = (days: number) => new Date(now.getTime() + days * DAY);
const delegated = (adminRoles: string[], expiresInDays = 100, roles = ['DELEGATED_ADMIN']) => ({
  relationship: { status: 'ACTIVE', roles, adminRoles, adminAccessExpiresAt: inDays(expiresInDays) },
  partnerActive: true,
  customerAgreement: ACCEPTED,
});
const allowedBy = (adminRoles: string[]) => PERMISSIONS.filter((permission) => decide(permission, delegated(adminRoles), now).allowed);

describe('admin roles and what they grant (B1)', () => {
  it('grants through DELEGATED_ADMIN exactly the permissions its admin roles give, and nothing else', () => {
    expect(Object.keys(ADMIN_ROLES_BY_PERMISSION).sort()).toEqual([...PERMISSIONS_BY_ROLE.DELEGATED_ADMIN].sort());
    for (const role of ADMIN_ROLES) {
      const expected = PERMISSIONS.filter((permission) => (ADMIN_ROLES_BY_PERMISSION[permission] ?? []).includes(role));
      expect([role, allowedBy([role])]).toEqual([role, expected]);
    }
    expect(allowedBy(['GLOBAL_ADMINISTRATOR'])).toEqual(PERMISSIONS_BY_ROLE.DELEGATED_ADMIN.filter((p) => PERMISSIONS.includes(p)));
    expect(allowedBy(['LICENSE_ADMINISTRATOR'])).toEqual(['MANAGE_LICENSES']);
    expect(allowedBy(['HELPDESK_ADMINISTRATOR'])).toEqual(['RESET_PASSWORDS', 'MANAGE_SUPPORT_INCIDENTS', 'READ_DIRECTORY']);
  });

  it('names the admin roles missing, and the other role that would do', () => {
    expect(decide('MANAGE_LICENSES', delegated(['USER_ADMINISTRATOR']), now).reasons).toEqual([
      'MANAGE_LICENSES needs the admin role LICENSE_ADMINISTRATOR or GLOBAL_ADMINISTRATOR, which the customer has not granted.',
    ]);
    expect(decide('RESET_PASSWORDS', delegated(['LICENSE_ADMINISTRATOR']), now).reasons[0]).toBe(
      'RESET_PASSWORDS needs the admin role HELPDESK_ADMINISTRATOR or USER_ADMINISTRATOR or GLOBAL_ADMINISTRATOR (or the role ADVISOR), which the customer has not granted.',
    );
    expect(decide('RESET_PASSWORDS', delegated(['LICENSE_ADMINISTRATOR'], 100, ['DELEGATED_ADMIN', 'ADVISOR']), now)).toEqual({
      allowed: true,
      reasons: ['Granted by the ADVISOR role.'],
    });
  });

  it('grants nothing once the access is past its expiry, before any sweep, and says when it ended', () => {
    const expired = decide('MANAGE_USERS', delegated(['GLOBAL_ADMINISTRATOR'], -1), now);
    expect(expired.allowed).toBe(false);
    expect(expired.reasons[0]).toMatch(/^The partner's delegated admin access ended at 2026-12-31T00:00:00.000Z/);
    expect(rolesInForce({ roles: ['RESELLER', 'DELEGATED_ADMIN'], adminRoles: ['GLOBAL_ADMINISTRATOR'], adminAccessExpiresAt: inDays(-1) }, now)).toEqual([
      'RESELLER',
    ]);
  });

  it('for a partner user, grants only through the admin roles assigned to them (B3)', () => {
    const facts = delegated(['USER_ADMINISTRATOR', 'LICENSE_ADMINISTRATOR']);
    const user = { userId: 'u1', ofPartner: true, assignedAdminRoles: ['LICENSE_ADMINISTRATOR'] };
    expect(decide('MANAGE_LICENSES', { ...facts, user }, now).allowed).toBe(true);
    expect(decide('MANAGE_USERS', { ...facts, user }, now).reasons).toEqual([
      'MANAGE_USERS needs an admin access assignment with USER_ADMINISTRATOR for this user, who holds none that covers it.',
    ]);
    // An assignment never counts for more than the grant.
    expect(decide('MANAGE_BILLING', { ...facts, user: { ...user, assignedAdminRoles: ['BILLING_ADMINISTRATOR'] } }, now).allowed).toBe(false);
    expect(decide('MANAGE_LICENSES', { ...facts, user: { ...user, ofPartner: false } }, now).reasons[0]).toBe(
      'The user u1 is not a user of this partner, or was removed.',
    );
  });
});

describe('time-bound access (B1)', () => {
  it('reads durations in days, weeks, 30-day months and 365-day years, from P1D to P2Y', () => {
    expect([durationDays('d', 'P1D'), durationDays('d', 'P2W'), durationDays('d', 'P6M'), durationDays('d', 'P2Y'), durationDays('d', 'p1y10d')]).toEqual([
      1, 14, 180, 730, 375,
    ]);
    for (const wrong of ['P0D', 'P731D', 'PT12H', 'P', '2Y', 'P1.5Y'])
      expect(failure(() => durationDays('adminAccessDuration', wrong))).toBe('BAD_USER_INPUT:adminAccessDuration');
  });

  it('asks for the seed’s global administrator for two years by default, and refuses auto-extend with it', () => {
    expect(checkAdminAccessAsk(['DELEGATED_ADMIN'], {})).toEqual({ adminRoles: ['GLOBAL_ADMINISTRATOR'], adminAccessDuration: 'P2Y', autoExtend: false });
    expect(failure(() => checkAdminAccessAsk(['DELEGATED_ADMIN'], { autoExtend: true }))).toBe('BAD_USER_INPUT:autoExtend');
    expect(failure(() => checkAdminAccessAsk(['RESELLER'], { adminRoles: ['GLOBAL_READER'] }))).toBe('BAD_USER_INPUT:adminRoles');
    expect(checkAdminAccessAsk(['DELEGATED_ADMIN'], { adminRoles: ['GLOBAL_READER', 'USER_ADMINISTRATOR'], autoExtend: true }).adminRoles).toEqual([
      'USER_ADMINISTRATOR',
      'GLOBAL_READER',
    ]);
  });

  it('reads ACTIVE, EXPIRING within 30 days, EXPIRED past the expiry, NONE without one', () => {
    const status = (days: number | null) =>
      adminAccessStatus({ roles: ['DELEGATED_ADMIN'], adminRoles: ['GLOBAL_READER'], adminAccessExpiresAt: days === null ? null : inDays(days) }, CLOCK, now);
    expect([status(31), status(30), status(1), status(0), status(-5), status(null)]).toEqual(['ACTIVE', 'EXPIRING', 'EXPIRING', 'EXPIRED', 'EXPIRED', 'NONE']);
  });

  it('schedules warnings 30, 7 and 1 days before expiry, skipping those already passed; after a pause only the nearest goes', () => {
    expect(nextWarningAt(inDays(100), CLOCK, now)).toEqual(inDays(70));
    expect(nextWarningAt(inDays(10), CLOCK, now)).toEqual(inDays(3));
    expect(nextWarningAt(inDays(0.5), CLOCK, now)).toBeNull();
    expect(warningNow(inDays(0.5), CLOCK, now)).toEqual({ daysLeft: 1, nextWarningAt: null });
    expect(warningNow(inDays(20), CLOCK, now)).toEqual({ daysLeft: 30, nextWarningAt: inDays(13) });
  });
});

describe('partial consent (B2) and assignments (B3)', () => {
  it('approves a subset of what was asked, all by default, never a role not asked', () => {
    expect(checkApprovedAdminRoles(['USER_ADMINISTRATOR', 'GLOBAL_READER'], undefined)).toEqual(['USER_ADMINISTRATOR', 'GLOBAL_READER']);
    expect(checkApprovedAdminRoles(['USER_ADMINISTRATOR', 'GLOBAL_READER'], ['GLOBAL_READER'])).toEqual(['GLOBAL_READER']);
    expect(failure(() => checkApprovedAdminRoles(['USER_ADMINISTRATOR'], ['GLOBAL_ADMINISTRATOR']))).toBe('BAD_USER_INPUT:approvedAdminRoles');
    expect(failure(() => checkApprovedAdminRoles(['USER_ADMINISTRATOR'], []))).toBe('BAD_USER_INPUT:approvedAdminRoles');
  });

  it('assigns only granted roles to the partner’s own users, at most 50, and fits assignments to a smaller grant', () => {
    expect(checkAssignableRoles(['GLOBAL_READER'], ['USER_ADMINISTRATOR', 'GLOBAL_READER'])).toEqual(['GLOBAL_READER']);
    expect(failure(() => checkAssignableRoles(['BILLING_ADMINISTRATOR'], ['GLOBAL_READER']))).toBe('BAD_USER_INPUT:adminRoles');
    const users = [
      { userId: 'a', tenantId: 'partner', removedAt: null },
      { userId: 'b', tenantId: 'partner', removedAt: now },
      { userId: 'c', tenantId: 'customer', removedAt: null },
    ];
    expect(checkAssignees(['a', 'a'], users, 'partner')).toEqual(['a']);
    for (const ids of [['b'], ['c'], ['missing'], [], Array.from({ length: MAX_ASSIGNED_USERS + 1 }, (_, i) => `u${i}`)]) {
      expect(failure(() => checkAssignees(ids, users, 'partner'))).toBe('BAD_USER_INPUT:userIds');
    }
    expect(fitToGrant(['USER_ADMINISTRATOR', 'GLOBAL_READER'], ['GLOBAL_READER'])).toEqual(['GLOBAL_READER']);
    expect(fitToGrant(['USER_ADMINISTRATOR'], [])).toEqual([]);
  });
});
