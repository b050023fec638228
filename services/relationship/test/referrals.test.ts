import { loadRelationshipConfig } from '../src/config';
import {
  checkAnswerableReferral,
  checkConvertibleReferral,
  checkDeclineReason,
  checkInviteeOfReferral,
  checkReferralNeed,
  effectiveReferralStatus,
} from '../src/domain/referrals';

describe('a vendor referral’s transitions (R18)', () => {
  const past = new Date(Date.now() - 1000);
  const future = new Date(Date.now() + 3600_000);

  it('reads a PENDING referral past its expiry as EXPIRED; an answered one never expires', () => {
    expect(effectiveReferralStatus('PENDING', past)).toBe('EXPIRED');
    expect(effectiveReferralStatus('PENDING', future)).toBe('PENDING');
    expect(effectiveReferralStatus('ACCEPTED', past)).toBe('ACCEPTED');
  });

  it('is accepted or declined only while PENDING, with a sentence saying why not', () => {
    expect(() => checkAnswerableReferral('PENDING', 'accept')).not.toThrow();
    for (const status of ['ACCEPTED', 'DECLINED', 'CONVERTED', 'EXPIRED'] as const) {
      expect(() => checkAnswerableReferral(status, 'decline')).toThrow(
        expect.objectContaining({ code: 'CONFLICT', message: expect.stringMatching(/^This referral cannot be declined: /) }),
      );
    }
  });

  it('is invited from only once ACCEPTED, and only once', () => {
    expect(() => checkConvertibleReferral('ACCEPTED')).not.toThrow();
    for (const status of ['PENDING', 'DECLINED', 'CONVERTED', 'EXPIRED'] as const) {
      expect(() => checkConvertibleReferral(status)).toThrow(expect.objectContaining({ code: 'CONFLICT', field: 'referralId' }));
    }
  });

  it('is declined with a reason of 1 to 1,000 characters', () => {
    expect(checkDeclineReason('  Not our region.  ')).toBe('Not our region.');
    expect(() => checkDeclineReason('   ')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'reason' }));
    expect(() => checkDeclineReason('x'.repeat(1001))).toThrow(expect.objectContaining({ field: 'reason' }));
  });

  it('describes the need in 10 to 2,000 characters', () => {
    expect(() => checkReferralNeed('Too short')).toThrow(expect.objectContaining({ field: 'need' }));
    expect(checkReferralNeed(' Forty seats of the suite. ')).toBe('Forty seats of the suite.');
  });

  it('invites the referred customer: its address or another at its domain', () => {
    expect(() => checkInviteeOfReferral('IT@Acme.example.com', 'it@acme.example.com')).not.toThrow();
    expect(() => checkInviteeOfReferral('boss@acme.example.com', 'it@acme.example.com')).not.toThrow();
    expect(() => checkInviteeOfReferral('it@other.example.com', 'it@acme.example.com')).toThrow(expect.objectContaining({ field: 'customerEmail' }));
  });
});

describe('REFERRAL_TTL_DAYS (R18)', () => {
  it('is 30 days unless set, and a whole number of days from 1 to 365', () => {
    expect(loadRelationshipConfig({}).REFERRAL_TTL_DAYS).toBe(30);
    expect(loadRelationshipConfig({ REFERRAL_TTL_DAYS: '7' }).REFERRAL_TTL_DAYS).toBe(7);
    for (const wrong of ['0', '366', '1.5', 'soon']) expect(() => loadRelationshipConfig({ REFERRAL_TTL_DAYS: wrong })).toThrow(/REFERRAL_TTL_DAYS/);
  });
});
