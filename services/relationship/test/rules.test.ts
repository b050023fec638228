import { failure } from '../../../test/support/domain';
import { canTransact, decide } from '../src/domain/authorize';
import { checkAssignableUser, checkHasAssignedUser, checkPartnerRole, keepsAssignment } from '../src/domain/partner-assignment';
import { checkActingPartner } from '../src/domain/partners';
import { checkAgreementForAcceptance, checkCancellable, checkOpenForInvitee, effectiveStatus, isExpired } from '../src/domain/requests';
import { emailDraftFor } from '../src/domain/invitation-email';
import {
  checkCustomerMayDelete,
  checkRoles,
  COMBINED_INVITATION_ROLES,
  mergeRoles,
  PERMISSIONS,
  providerRolesOf,
  withoutAdminPrivileges,
} from '../src/domain/roles';

const ACCEPTED = { acceptedCurrent: true, honouredUntil: null };
const NOT_ACCEPTED = { acceptedCurrent: false, honouredUntil: null };
const standing = (accepted: boolean) => (accepted ? ACCEPTED : NOT_ACCEPTED);
const IN_A_YEAR = new Date(Date.now() + 365 * 86400000);
/** An ACTIVE relationship with these roles; DELEGATED_ADMIN with the seed's global administrator, for a year. */
const active = (roles: string[], adminRoles = ['GLOBAL_ADMINISTRATOR']) => ({
  relationship: { status: 'ACTIVE', roles, adminRoles: roles.includes('DELEGATED_ADMIN') ? adminRoles : [], adminAccessExpiresAt: IN_A_YEAR },
  partnerActive: true,
  customerAgreement: ACCEPTED,
});

describe('relationship roles (R2, R6, R7)', () => {
  it('accepts R2 roles in canonical order and refuses none or unknown ones', () => {
    expect(checkRoles('roles', ['ADVISOR', 'RESELLER', 'ADVISOR'])).toEqual(['RESELLER', 'ADVISOR']);
    expect(failure(() => checkRoles('roles', []))).toBe('BAD_USER_INPUT:roles');
    expect(failure(() => checkRoles('roles', ['OWNER']))).toBe('BAD_USER_INPUT:roles');
  });

  it('adds roles on a second acceptance', () => {
    expect(mergeRoles(['ADVISOR'], ['RESELLER', 'ADVISOR'])).toEqual(['RESELLER', 'ADVISOR']);
  });

  it('removes delegated admin and keeps the rest (R6)', () => {
    expect(withoutAdminPrivileges(['RESELLER', 'DELEGATED_ADMIN'])).toEqual(['RESELLER']);
    expect(failure(() => withoutAdminPrivileges(['RESELLER']))).toBe('CONFLICT');
  });

  it('keeps a relationship whose only role was delegated admin, with no roles, which grants nothing and the customer may delete (R6, R7)', () => {
    expect(withoutAdminPrivileges(['DELEGATED_ADMIN'])).toEqual([]);
    for (const permission of PERMISSIONS) {
      const decision = decide(permission, { ...active([]), customerAgreement: ACCEPTED });
      expect(decision.allowed).toBe(false);
      expect(decision.reasons[0]).toMatch(/^The relationship has no roles, so it grants no permission/);
    }
    expect(decide('MANAGE_USERS', active([])).reasons).toEqual([
      'The relationship has no roles, so it grants no permission: MANAGE_USERS needs the role DELEGATED_ADMIN with the admin role USER_ADMINISTRATOR or GLOBAL_ADMINISTRATOR.',
    ]);
    expect(failure(() => checkCustomerMayDelete([]))).toBe('no error');
  });

  it.each([
    [['DELEGATED_ADMIN'], 'no error'],
    [['ADVISOR'], 'no error'],
    [['DELEGATED_ADMIN', 'ADVISOR'], 'no error'],
    [['RESELLER', 'DELEGATED_ADMIN'], 'FORBIDDEN'],
    [['MPSA'], 'FORBIDDEN'],
    [['LINE_OF_BUSINESS', 'ADVISOR'], 'FORBIDDEN'],
  ])('lets the customer delete %j: %s (R7)', (roles, expected) => {
    expect(failure(() => checkCustomerMayDelete(roles))).toBe(expected);
  });

  it('tells the customer to contact the partner when it may not delete', () => {
    expect(() => checkCustomerMayDelete(['RESELLER'])).toThrow(/Contact the partner to end it/);
  });

  it('names the roles that keep the relationship in the words of every other message', () => {
    expect(() => checkCustomerMayDelete(['RESELLER', 'DELEGATED_ADMIN', 'LINE_OF_BUSINESS'])).toThrow(
      'You cannot delete this relationship because the partner is also your reseller and line-of-business apps partner. Contact the partner to end it.',
    );
  });
});

describe('authorize (R15)', () => {
  it.each([
    ['RESELLER', 'SUBMIT_ORDERS', true],
    ['RESELLER', 'MANAGE_SUBSCRIPTIONS', true],
    ['RESELLER', 'MANAGE_USERS', false],
    ['DELEGATED_ADMIN', 'MANAGE_USERS', true],
    ['DELEGATED_ADMIN', 'MANAGE_LICENSES', true],
    ['DELEGATED_ADMIN', 'RESET_PASSWORDS', true],
    ['DELEGATED_ADMIN', 'SUBMIT_ORDERS', false],
    ['ADVISOR', 'RESET_PASSWORDS', true],
    ['ADVISOR', 'MANAGE_SUPPORT_INCIDENTS', true],
    ['ADVISOR', 'MANAGE_USERS', false],
    ['MPSA', 'VIEW_PURCHASES', true],
    ['OEM_PC', 'UPLOAD_DEVICE_IDS', true],
    ['LINE_OF_BUSINESS', 'MANAGE_LOB_APPS', true],
    ['PARTNER', 'VIEW_PURCHASES', false],
  ])('%s grants %s: %s', (role, permission, allowed) => {
    expect(decide(permission as (typeof PERMISSIONS)[number], active([role])).allowed).toBe(allowed);
  });

  it('denies reseller rights without the current agreement, naming it (R4)', () => {
    const decision = decide('SUBMIT_ORDERS', { ...active(['RESELLER']), customerAgreement: NOT_ACCEPTED });
    expect(decision).toEqual({ allowed: false, reasons: ['The customer has not accepted the current Customer Agreement.'] });
    expect(decide('MANAGE_USERS', { ...active(['DELEGATED_ADMIN']), customerAgreement: NOT_ACCEPTED }).allowed).toBe(true);
  });

  it('names every missing condition', () => {
    const none = decide('SUBMIT_ORDERS', { relationship: null, partnerActive: false, customerAgreement: NOT_ACCEPTED });
    expect(none.reasons).toEqual([
      'The partner is not an active member of the partner programme.',
      'The partner has no active relationship with this customer.',
    ]);
    const ended = decide('SUBMIT_ORDERS', { ...active(['RESELLER']), relationship: { status: 'TERMINATED', roles: ['RESELLER'] } });
    expect(ended.allowed).toBe(false);
    const wrongRole = decide('SUBMIT_ORDERS', { ...active(['ADVISOR']), customerAgreement: NOT_ACCEPTED });
    expect(wrongRole.reasons).toEqual([
      'SUBMIT_ORDERS needs the role RESELLER, which this relationship does not have.',
      'The customer has not accepted the current Customer Agreement.',
    ]);
  });

  it('can transact only as an active reseller with the agreement accepted', () => {
    expect(canTransact(['RESELLER'], 'ACTIVE', ACCEPTED)).toBe(true);
    expect(canTransact(['RESELLER'], 'ACTIVE', NOT_ACCEPTED)).toBe(false);
    expect(canTransact(['DELEGATED_ADMIN'], 'ACTIVE', ACCEPTED)).toBe(false);
    expect(canTransact(['RESELLER'], 'TERMINATED', ACCEPTED)).toBe(false);
  });

  it('can transact exactly when authorize allows SUBMIT_ORDERS on the relationship', () => {
    for (const roles of [['RESELLER'], ['ADVISOR'], ['RESELLER', 'DELEGATED_ADMIN'], []]) {
      for (const status of ['ACTIVE', 'TERMINATED']) {
        for (const accepted of [true, false]) {
          const decision = decide('SUBMIT_ORDERS', { relationship: { status, roles }, partnerActive: true, customerAgreement: standing(accepted) });
          expect(canTransact(roles, status, standing(accepted))).toBe(decision.allowed);
        }
      }
    }
  });
});

describe('acting as a partner (only ACTIVE partners invite)', () => {
  const enrolment = (program: string, status: string) => ({ program, status });

  it('acts through the ACTIVE enrolment of a programme asked for', () => {
    const active = enrolment('INDIRECT_PROVIDER', 'ACTIVE');
    expect(checkActingPartner([enrolment('DIRECT', 'IN_REVIEW'), active], ['INDIRECT_PROVIDER'])).toBe(active);
  });

  it('refuses an enrolment that is not ACTIVE, naming its status, and a tenant without one', () => {
    expect(failure(() => checkActingPartner([enrolment('INDIRECT_RESELLER', 'IN_REVIEW')], ['INDIRECT_RESELLER']))).toBe('FORBIDDEN');
    expect(() => checkActingPartner([enrolment('INDIRECT_RESELLER', 'IN_REVIEW')], ['INDIRECT_RESELLER'])).toThrow(
      'Your indirect reseller enrolment is IN_REVIEW; this needs an ACTIVE one.',
    );
    expect(() => checkActingPartner([enrolment('DIRECT', 'ACTIVE')], ['INDIRECT_PROVIDER'])).toThrow(
      'This needs your organisation to be an active indirect provider in the partner programme.',
    );
  });
});

describe('invitations (R3, R5)', () => {
  const future = new Date(Date.now() + 60000);
  const past = new Date(Date.now() - 1);

  it('reads a pending request past its expiry as EXPIRED', () => {
    expect(effectiveStatus('PENDING', past)).toBe('EXPIRED');
    expect(effectiveStatus('PENDING', future)).toBe('PENDING');
    expect(effectiveStatus('ACCEPTED', past)).toBe('ACCEPTED');
  });

  it('counts a pending request as expired from its expiry instant on', () => {
    const at = new Date('2026-12-01T10:00:00.000Z');
    expect(isExpired('PENDING', at, new Date(at.getTime() - 1))).toBe(false);
    expect(isExpired('PENDING', at, at)).toBe(true);
    expect(isExpired('DECLINED', at, new Date(at.getTime() + 1))).toBe(false);
  });

  it.each([
    ['accepted', 'ACCEPTED', future, 'customer', 'CONFLICT:token'],
    ['declined', 'DECLINED', future, 'customer', 'CONFLICT:token'],
    ['cancelled', 'CANCELLED', future, 'customer', 'CONFLICT:token'],
    ['expired', 'PENDING', past, 'customer', 'CONFLICT:token'],
    ['opened by its sender', 'PENDING', future, 'partner', 'FORBIDDEN'],
    ['opened by its provider (R19)', 'PENDING', future, 'provider', 'FORBIDDEN'],
    ['pending, opened by the customer', 'PENDING', future, 'customer', 'no error'],
  ])('an invitation %s', (_what, status, expiresAt, who, expected) => {
    expect(failure(() => checkOpenForInvitee({ status, expiresAt, senderTenantIds: ['partner', 'provider'] }, who))).toBe(expected);
  });

  it('cancels only pending invitations', () => {
    expect(failure(() => checkCancellable('PENDING', future))).toBe('no error');
    expect(failure(() => checkCancellable('ACCEPTED', future))).toBe('CONFLICT');
    expect(failure(() => checkCancellable('PENDING', past))).toBe('CONFLICT');
  });

  describe('the agreement a reseller relationship needs (R3, R4)', () => {
    // Templates by version as relationship knows them: tpl-2 and tpl-2-it are version 2 in two languages.
    const versions: Record<string, string> = { 'tpl-1': '1', 'tpl-2': '2', 'tpl-2-it': '2' };
    const check = (roles: string[], accepted: boolean, given: { templateId: string; confirmRead: boolean } | undefined) =>
      checkAgreementForAcceptance(roles, accepted, '2', given, given ? (versions[given.templateId] ?? null) : null);
    it.each([
      ['no RESELLER role, nothing given', ['ADVISOR'], false, undefined, 'no error'],
      ['RESELLER, accepted before', ['RESELLER'], true, undefined, 'no error'],
      ['RESELLER, nothing given', ['RESELLER'], false, undefined, 'BAD_USER_INPUT:acceptAgreement'],
      ['RESELLER, an old template', ['RESELLER'], false, { templateId: 'tpl-1', confirmRead: true }, 'BAD_USER_INPUT:acceptAgreement.templateId'],
      ['RESELLER, an unknown template', ['RESELLER'], false, { templateId: 'tpl-9', confirmRead: true }, 'BAD_USER_INPUT:acceptAgreement.templateId'],
      ['RESELLER, not confirmed as read', ['RESELLER'], false, { templateId: 'tpl-2', confirmRead: false }, 'BAD_USER_INPUT:acceptAgreement.confirmRead'],
      ['RESELLER, the current template read', ['RESELLER'], false, { templateId: 'tpl-2', confirmRead: true }, 'no error'],
      ['RESELLER, a translation of the current version read', ['RESELLER'], false, { templateId: 'tpl-2-it', confirmRead: true }, 'no error'],
    ])('%s', (_what, roles, accepted, given, expected) => {
      expect(failure(() => check(roles, accepted, given))).toBe(expected);
    });

    it('records an acceptance given now, with its version, and none when nothing was given', () => {
      expect(check(['RESELLER'], false, { templateId: 'tpl-2-it', confirmRead: true })).toEqual({ templateId: 'tpl-2-it', version: '2' });
      expect(check(['RESELLER'], true, undefined)).toBeNull();
    });
  });

  describe('an earlier Customer Agreement honoured until a deadline (R4)', () => {
    const until = new Date('2027-01-15T00:00:00Z');
    it('lets a reseller go on transacting, saying until when', () => {
      const decision = decide('SUBMIT_ORDERS', { ...active(['RESELLER']), customerAgreement: { acceptedCurrent: false, honouredUntil: until } });
      expect(decision.allowed).toBe(true);
      expect(decision.reasons.join(' ')).toMatch(/earlier Customer Agreement, which counts until 2027-01-15T00:00:00.000Z/);
      expect(canTransact(['RESELLER'], 'ACTIVE', { acceptedCurrent: false, honouredUntil: until })).toBe(true);
    });
  });
});

describe('one invitation, two resellers (R19)', () => {
  const combined = { kind: 'CUSTOMER_WITH_PROVIDER', indirectProviderId: 'provider' };
  const grants = (roles: readonly string[]) => PERMISSIONS.filter((permission) => decide(permission, active([...roles])).allowed);

  it('asks reseller and delegated admin for the reseller, and reseller for its provider', () => {
    expect(COMBINED_INVITATION_ROLES).toEqual({ reseller: ['RESELLER', 'DELEGATED_ADMIN'], provider: ['RESELLER'] });
    expect(providerRolesOf(combined)).toEqual(['RESELLER']);
    expect(providerRolesOf({ kind: 'CUSTOMER', indirectProviderId: null })).toBeNull();
    expect(providerRolesOf({ kind: 'INDIRECT_RESELLER', indirectProviderId: null })).toBeNull();
  });

  it('gives the reseller admin permissions over subscriptions, licences and users, and the provider the right to submit orders', () => {
    expect(grants(COMBINED_INVITATION_ROLES.reseller)).toEqual(
      expect.arrayContaining(['SUBMIT_ORDERS', 'MANAGE_SUBSCRIPTIONS', 'MANAGE_LICENSES', 'MANAGE_USERS', 'RESET_PASSWORDS']),
    );
    expect(grants(COMBINED_INVITATION_ROLES.provider)).toEqual(['SUBMIT_ORDERS', 'MANAGE_SUBSCRIPTIONS']);
  });

  it("words each partner's roles in the draft email", () => {
    const draft = emailDraftFor(
      'CUSTOMER_WITH_PROVIDER',
      COMBINED_INVITATION_ROLES.reseller,
      'Contoso',
      { name: 'Fabrikam', roles: ['RESELLER'] },
      'https://x/?token=t',
    );
    expect(draft.body).toContain('Contoso would like to work with your organisation as your reseller and delegated admin, and Fabrikam as your reseller.');
    expect(emailDraftFor('CUSTOMER', ['RESELLER', 'ADVISOR'], 'Contoso', null, 'https://x/?token=t').body).toContain(
      'Contoso would like to work with your organisation as your reseller and advisor.',
    );
  });
});

describe('the user assigned to a partner (R2 PARTNER role)', () => {
  const user = (tenantId: string, removedAt: Date | null = null) => ({ tenantId, removedAt });

  it('needs the PARTNER role, and says which roles the partner has instead', () => {
    expect(failure(() => checkPartnerRole({ roles: ['RESELLER', 'PARTNER'] }))).toBe('no error');
    expect(failure(() => checkPartnerRole({ roles: ['ADVISOR'] }))).toBe('CONFLICT');
    expect(() => checkPartnerRole({ roles: ['ADVISOR'] })).toThrow(/your advisor/);
    expect(() => checkPartnerRole({ roles: [] })).toThrow(/no roles/);
  });

  it("takes only a user of the customer's own tenant who was not removed", () => {
    expect(failure(() => checkAssignableUser(user('t-1'), 't-1'))).toBe('no error');
    expect(failure(() => checkAssignableUser(user('t-2'), 't-1'))).toBe('BAD_USER_INPUT:userId');
    expect(failure(() => checkAssignableUser(user('t-1', new Date()), 't-1'))).toBe('BAD_USER_INPUT:userId');
    expect(failure(() => checkAssignableUser(null, 't-1'))).toBe('BAD_USER_INPUT:userId');
  });

  it('ends with the relationship or the PARTNER role, and needs one to end', () => {
    expect(keepsAssignment({ status: 'ACTIVE', roles: ['PARTNER'] })).toBe(true);
    expect(keepsAssignment({ status: 'TERMINATED', roles: ['PARTNER'] })).toBe(false);
    expect(keepsAssignment({ status: 'ACTIVE', roles: ['ADVISOR'] })).toBe(false);
    expect(failure(() => checkHasAssignedUser({ assignedUserId: null }))).toBe('CONFLICT');
  });
});
