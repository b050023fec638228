import { MemoryAbuseCounters } from '@channelgraph/common';
import { failure } from '../../../test/support/domain';
import {
  applyChanges,
  checkApproval,
  checkEditable,
  checkMpnProfile,
  checkRejection,
  checkRejectionReason,
  checkVerificationResendable,
  contactMustVerify,
  isWebmail,
  nextStatus,
  rejectionReasons,
  statusAfterChange,
  validateApplication,
} from '../src/domain/enrollment';
import {
  checkAssignableRoles,
  checkCallerMayGrant,
  checkCallerMayManage,
  checkKeepsAdminAgent,
  checkMayManageUsers,
  temporaryPassword,
} from '../src/domain/roles';
import { SignInLimiter } from '../src/domain/sign-in-limits';

const WEBMAIL = ['gmail.com', 'yahoo.*', 'hotmail.*', 'outlook.com'];
const application = {
  program: 'INDIRECT_RESELLER' as const,
  mpnId: ' 1234567 ',
  legalName: 'Fabrikam Ltd',
  address: { line1: '1 Way', city: 'Lyon', postalCode: '69001', country: 'fr' },
  primaryContact: { firstName: 'Pat', lastName: 'Primary', email: 'Pat@Fabrikam.com', phone: '+33 4 00 00 00 00' },
  supportContact: { email: 'help@fabrikam.com', phone: '+33 4 11 11 11 11', website: 'https://fabrikam.com/help' },
};

describe('enrolment rules (R9, R10)', () => {
  it('normalizes a complete first application', () => {
    const valid = validateApplication(application, WEBMAIL);
    expect(valid).toMatchObject({ mpnId: '1234567', address: { country: 'FR', line2: null }, primaryContact: { email: 'pat@fabrikam.com' } });
  });

  it.each([
    ['gmail.com', 'ann@gmail.com', true],
    ['a yahoo country domain', 'ann@yahoo.co.uk', true],
    ['hotmail.fr', 'ann@hotmail.fr', true],
    ['a sub-domain of outlook.com', 'ann@eu.outlook.com', true],
    ['a company domain', 'ann@fabrikam.com', false],
    ['a company domain containing a web-mail name', 'ann@notgmail.com', false],
  ])('recognises web-mail: %s', (_what, email, expected) => {
    expect(isWebmail(email, WEBMAIL)).toBe(expected);
  });

  it.each([
    ['a web-mail primary contact', { primaryContact: { ...application.primaryContact, email: 'pat@gmail.com' } }, 'BAD_USER_INPUT:primaryContact.email'],
    ['a malformed MPN id', { mpnId: 'MPN-12' }, 'BAD_USER_INPUT:mpnId'],
    ['a missing legal name on a first enrolment', { legalName: null }, 'BAD_USER_INPUT:legalName'],
    ['a missing address on a first enrolment', { address: null }, 'BAD_USER_INPUT:address'],
    ['a missing primary contact on a first enrolment', { primaryContact: null }, 'BAD_USER_INPUT:primaryContact'],
    ['a bad phone', { primaryContact: { ...application.primaryContact, phone: 'call me' } }, 'BAD_USER_INPUT:primaryContact.phone'],
    ['a support site that is not a URL', { supportContact: { ...application.supportContact, website: 'fabrikam' } }, 'BAD_USER_INPUT:supportContact.website'],
    ['a support email that is not one', { supportContact: { ...application.supportContact, email: 'help' } }, 'BAD_USER_INPUT:supportContact.email'],
    ['an unknown address country', { address: { ...application.address, country: 'ZZ' } }, 'BAD_USER_INPUT:address.country'],
    ['an unknown programme', { program: 'GOLD' }, 'BAD_USER_INPUT:program'],
  ])('refuses %s', (_what, change, expected) => {
    expect(failure(() => validateApplication({ ...application, ...change } as never, WEBMAIL))).toBe(expected);
  });

  it('takes everything but the support contact from an existing enrolment (R9)', () => {
    const existing = validateApplication(application, WEBMAIL);
    const second = validateApplication(
      { program: 'INDIRECT_PROVIDER', supportContact: { email: 'p@fabrikam.com', phone: '+33 4 22 22 22 22', website: 'https://fabrikam.com/p' } },
      WEBMAIL,
      existing,
    );
    expect(second).toMatchObject({ program: 'INDIRECT_PROVIDER', mpnId: '1234567', legalName: 'Fabrikam Ltd', supportContact: { email: 'p@fabrikam.com' } });
  });

  it.each([
    ['no profile', null, 'BAD_USER_INPUT:mpnId'],
    ['an inactive profile', { mpnId: '1234567', country: 'FR', status: 'INACTIVE' }, 'BAD_USER_INPUT:mpnId'],
    ['a profile in another country', { mpnId: '1234567', country: 'DE', status: 'ACTIVE' }, 'BAD_USER_INPUT:mpnId'],
    ['an active profile in the same country', { mpnId: '1234567', country: 'FR', status: 'ACTIVE' }, 'no error'],
  ])('checks the MPN profile: %s', (_what, profile, expected) => {
    expect(failure(() => checkMpnProfile('1234567', profile, 'FR'))).toBe(expected);
  });

  it('moves through verification and review only in order', () => {
    expect(nextStatus('EMAIL_VERIFICATION_PENDING', 'VERIFY')).toBe('IN_REVIEW');
    expect(nextStatus('IN_REVIEW', 'APPROVE')).toBe('ACTIVE');
    expect(nextStatus('IN_REVIEW', 'REJECT')).toBe('REJECTED');
    expect(failure(() => nextStatus('IN_REVIEW', 'VERIFY'))).toBe('CONFLICT');
    expect(failure(() => nextStatus('EMAIL_VERIFICATION_PENDING', 'APPROVE'))).toBe('CONFLICT');
    expect(failure(() => nextStatus('ACTIVE', 'REJECT'))).toBe('CONFLICT');
  });

  it('needs a reason to reject', () => {
    expect(failure(() => checkRejectionReason(undefined))).toBe('BAD_USER_INPUT:reason');
    expect(checkRejectionReason('  Incomplete documents. ')).toBe('Incomplete documents.');
  });

  it('rejects with at least one reason code, OTHER with the reviewer’s words, and approves with none', () => {
    expect(failure(() => checkRejection([], 'Some words here'))).toBe('BAD_USER_INPUT:reasonCodes');
    expect(failure(() => checkRejection(null, null))).toBe('BAD_USER_INPUT:reasonCodes');
    expect(failure(() => checkRejection(['NOT_A_CODE'], null))).toBe('BAD_USER_INPUT:reasonCodes');
    expect(failure(() => checkRejection(['OTHER'], '  '))).toBe('BAD_USER_INPUT:reason');
    expect(failure(() => checkRejection(['MPN_INACTIVE'], 'abc'))).toBe('BAD_USER_INPUT:reason');
    expect(checkRejection(['MPN_INACTIVE', 'MPN_INACTIVE', 'DOCUMENTS_REQUIRED'], null)).toEqual({ codes: ['MPN_INACTIVE', 'DOCUMENTS_REQUIRED'], note: null });
    expect(checkRejection(['OTHER'], ' Add the office address. ')).toEqual({ codes: ['OTHER'], note: 'Add the office address.' });
    expect(failure(() => checkApproval(['OTHER']))).toBe('BAD_USER_INPUT:reasonCodes');
    expect(failure(() => checkApproval([]))).toBe('no error');
  });

  it('says what to fix for each reason, OTHER in the reviewer’s words', () => {
    const reasons = rejectionReasons(['LEGAL_NAME_MISMATCH', 'OTHER'], 'Add the office address.');
    expect(reasons.map((reason) => reason.code)).toEqual(['LEGAL_NAME_MISMATCH', 'OTHER']);
    expect(reasons[0].message).toMatch(/legal name .* registry/);
    expect(reasons[1].message).toBe('Add the office address.');
  });

  it('resubmits only a rejected application: to review, or to verification when the contact must verify', () => {
    expect(nextStatus('REJECTED', 'RESUBMIT', false)).toBe('IN_REVIEW');
    expect(nextStatus('REJECTED', 'RESUBMIT', true)).toBe('EMAIL_VERIFICATION_PENDING');
    for (const status of ['EMAIL_VERIFICATION_PENDING', 'IN_REVIEW', 'ACTIVE']) expect(failure(() => nextStatus(status, 'RESUBMIT'))).toBe('CONFLICT');
    expect(failure(() => nextStatus('REJECTED', 'VERIFY'))).toBe('CONFLICT');
    expect(contactMustVerify(new Date(), ['LEGAL_NAME_MISMATCH'])).toBe(false);
    expect(contactMustVerify(null, ['LEGAL_NAME_MISMATCH'])).toBe(true);
    expect(contactMustVerify(new Date(), ['CONTACT_NOT_VERIFIED'])).toBe(true);
  });

  it('changes an application until it is ACTIVE, checked as an enrolment, a changed contact verifying again', () => {
    const current = validateApplication(application, WEBMAIL);
    expect(failure(() => checkEditable('ACTIVE'))).toBe('CONFLICT');
    for (const status of ['EMAIL_VERIFICATION_PENDING', 'IN_REVIEW', 'REJECTED']) expect(failure(() => checkEditable(status))).toBe('no error');
    expect(applyChanges(current, { legalName: ' Fabrikam SAS ' }, WEBMAIL)).toEqual({ ...current, legalName: 'Fabrikam SAS' });
    const webmail = { ...application.primaryContact, email: 'pat@gmail.com' };
    expect(failure(() => applyChanges(current, { primaryContact: webmail }, WEBMAIL))).toBe('BAD_USER_INPUT:primaryContact.email');
    expect(failure(() => applyChanges(current, { mpnId: '12' }, WEBMAIL))).toBe('BAD_USER_INPUT:mpnId');
    expect(statusAfterChange('IN_REVIEW', true)).toBe('EMAIL_VERIFICATION_PENDING');
    expect(statusAfterChange('IN_REVIEW', false)).toBe('IN_REVIEW');
    expect(statusAfterChange('REJECTED', true)).toBe('REJECTED');
  });

  it('resends a verification email only while the application waits for it', () => {
    expect(failure(() => checkVerificationResendable('EMAIL_VERIFICATION_PENDING'))).toBe('no error');
    for (const status of ['IN_REVIEW', 'ACTIVE', 'REJECTED']) expect(failure(() => checkVerificationResendable(status))).toBe('CONFLICT');
  });
});

describe('roles (R11, R12)', () => {
  it.each([
    [[], 'BAD_USER_INPUT:roles'],
    [['PLATFORM_OPERATOR'], 'BAD_USER_INPUT:roles'],
    [['ADMIN_AGENT', 'SALES_AGENT'], 'BAD_USER_INPUT:roles'],
    [['HELPDESK_AGENT', 'BILLING_ADMIN', 'USER_MANAGEMENT_ADMIN'], 'no error'],
  ])('checks assignable roles %j', (roles, expected) => {
    expect(failure(() => checkAssignableRoles(roles))).toBe(expected);
  });

  it('keeps the last admin agent of a partner', () => {
    expect(failure(() => checkKeepsAdminAgent(true, 0))).toBe('CONFLICT');
    expect(failure(() => checkKeepsAdminAgent(true, 1))).toBe('no error');
    expect(failure(() => checkKeepsAdminAgent(false, 0))).toBe('no error');
  });

  it('lets a user-management admin give every role but admin agent and global admin', () => {
    expect(failure(() => checkCallerMayGrant(['USER_MANAGEMENT_ADMIN'], ['SALES_AGENT', 'BILLING_ADMIN']))).toBe('no error');
    expect(failure(() => checkCallerMayGrant(['USER_MANAGEMENT_ADMIN'], ['ADMIN_AGENT']))).toBe('FORBIDDEN:roles');
    expect(failure(() => checkCallerMayGrant(['ADMIN_AGENT'], ['ADMIN_AGENT', 'SALES_AGENT']))).toBe('no error');
  });

  it('never lets anyone give more power than they hold', () => {
    expect(failure(() => checkCallerMayGrant(['ADMIN_AGENT'], ['GLOBAL_ADMIN']))).toBe('FORBIDDEN:roles');
    expect(failure(() => checkCallerMayGrant(['USER_MANAGEMENT_ADMIN'], ['GLOBAL_ADMIN']))).toBe('FORBIDDEN:roles');
    expect(failure(() => checkCallerMayGrant(['GLOBAL_ADMIN', 'ADMIN_AGENT'], ['GLOBAL_ADMIN']))).toBe('no error');
  });

  it('never lets a user change or remove someone with more power', () => {
    expect(failure(() => checkCallerMayManage(['USER_MANAGEMENT_ADMIN'], ['GLOBAL_ADMIN']))).toBe('FORBIDDEN:userId');
    expect(failure(() => checkCallerMayManage(['USER_MANAGEMENT_ADMIN'], ['ADMIN_AGENT']))).toBe('FORBIDDEN:userId');
    expect(failure(() => checkCallerMayManage(['ADMIN_AGENT'], ['GLOBAL_ADMIN', 'ADMIN_AGENT']))).toBe('FORBIDDEN:userId');
    expect(failure(() => checkCallerMayManage(['USER_MANAGEMENT_ADMIN'], ['SALES_AGENT', 'BILLING_ADMIN']))).toBe('no error');
    expect(failure(() => checkCallerMayManage(['ADMIN_AGENT'], ['ADMIN_AGENT']))).toBe('no error');
  });

  it("lets a customer's global admin manage its users, and leaves a partner's to its admin agents (R11)", () => {
    expect(failure(() => checkMayManageUsers(['GLOBAL_ADMIN'], false))).toBe('no error');
    expect(failure(() => checkMayManageUsers(['GLOBAL_ADMIN'], true))).toBe('FORBIDDEN');
    expect(failure(() => checkMayManageUsers(['GLOBAL_ADMIN', 'ADMIN_AGENT'], true))).toBe('no error');
    expect(failure(() => checkMayManageUsers(['USER_MANAGEMENT_ADMIN'], true))).toBe('no error');
    expect(failure(() => checkMayManageUsers(['BILLING_ADMIN'], false))).toBe('FORBIDDEN');
  });

  it('makes temporary passwords of three readable groups', () => {
    let i = 0;
    expect(temporaryPassword((max) => i++ % max)).toMatch(/^[A-Za-z2-9]{6}-[A-Za-z2-9]{6}-[A-Za-z2-9]{6}$/);
  });
});

describe('sign-in limits', () => {
  it('stops an account after repeated failures from one address, says when to retry, and lets the owner in from another', async () => {
    let now = 0;
    const limiter = new SignInLimiter(new MemoryAbuseCounters(() => now), { maxFailures: 3, maxPerAddress: 100, windowMs: 60000 });
    for (let i = 0; i < 3; i += 1) {
      await limiter.check('ann@x.com', '10.0.0.1');
      await limiter.recordFailure('ann@x.com', '10.0.0.1');
      now += 1000;
    }
    await expect(limiter.check('ann@x.com', '10.0.0.1')).rejects.toThrow('Too many sign-in attempts. Try again in 59 seconds.');
    await expect(limiter.check('ann@x.com', '10.0.0.2')).resolves.toBeUndefined();
    now += 60000;
    await expect(limiter.check('ann@x.com', '10.0.0.1')).resolves.toBeUndefined();
  });

  it('locks a pair out twice as long each time within a day, and forgets it after a successful sign-in', async () => {
    let now = 0;
    const limiter = new SignInLimiter(new MemoryAbuseCounters(() => now), { maxFailures: 2, maxPerAddress: 100, windowMs: 60000 });
    const failTwice = async () => {
      await limiter.recordFailure('ann@x.com', '10.0.0.1');
      await limiter.recordFailure('ann@x.com', '10.0.0.1');
    };
    const refusal = async () =>
      limiter.check('ann@x.com', '10.0.0.1').then(
        () => 'signs in',
        (error: Error) => error.message,
      );
    await failTwice();
    expect(await refusal()).toBe('Too many sign-in attempts. Try again in 60 seconds.');
    now += 60000;
    await failTwice();
    expect(await refusal()).toBe('Too many sign-in attempts. Try again in about 2 minutes.');
    now += 120000;
    await failTwice();
    expect(await refusal()).toBe('Too many sign-in attempts. Try again in about 4 minutes.');
    now += 240000;
    expect(await refusal()).toBe('signs in');
    await limiter.recordSuccess('ann@x.com', '10.0.0.1');
    await failTwice();
    expect(await refusal()).toBe('Too many sign-in attempts. Try again in 60 seconds.');
  });

  it('stops an address trying many accounts', async () => {
    const limiter = new SignInLimiter(new MemoryAbuseCounters(() => 0), { maxFailures: 100, maxPerAddress: 2, windowMs: 60000 });
    await limiter.check('a@x.com', '10.0.0.9');
    await limiter.check('b@x.com', '10.0.0.9');
    await expect(limiter.check('c@x.com', '10.0.0.9')).rejects.toThrow(/Too many sign-in attempts/);
    await expect(limiter.check('c@x.com', '10.0.0.10')).resolves.toBeUndefined();
  });

  it('forgets a failure streak after a successful sign-in', async () => {
    const limiter = new SignInLimiter(new MemoryAbuseCounters(() => 0), { maxFailures: 2, maxPerAddress: 100, windowMs: 60000 });
    await limiter.recordFailure('ann@x.com', '10.0.0.1');
    await limiter.recordSuccess('ann@x.com', '10.0.0.1');
    await limiter.recordFailure('ann@x.com', '10.0.0.1');
    await expect(limiter.check('ann@x.com', '10.0.0.1')).resolves.toBeUndefined();
  });
});
