import { MemoryAbuseCounters } from '@channelgraph/common';
import { failure } from '../../../test/support/domain';
import { checkMpnProfile, checkRejectionReason, isWebmail, nextStatus, validateApplication } from '../src/domain/enrollment';
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
