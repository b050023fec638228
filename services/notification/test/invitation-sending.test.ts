import { DomainError } from '@channelgraph/common';
import { checkInvitationSendable, dayOf, endingOf } from '../src/domain/invitation-sending';

const now = new Date('2026-12-10T12:00:00Z');
const later = new Date('2026-12-20T12:00:00Z');
const endedOn = new Date('2026-12-03T09:30:00Z');

function refusal(run: () => void): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return { code: (error as DomainError).code, message: (error as DomainError).message };
  }
  throw new Error('expected a refusal');
}

describe('R17: only a live invitation can be emailed', () => {
  it('lets a PENDING invitation before its expiry be emailed', () => {
    expect(() => checkInvitationSendable({ expiresAt: later, ended: null }, now)).not.toThrow();
  });

  it('refuses an accepted invitation: there is nothing to send', () => {
    expect(refusal(() => checkInvitationSendable({ expiresAt: later, ended: { status: 'ACCEPTED', at: endedOn } }, now))).toEqual({
      code: 'CONFLICT',
      message: 'This invitation was accepted on 3 Dec 2026; there is nothing to send.',
    });
  });

  it('refuses a declined invitation and says to create a new one to ask again', () => {
    expect(refusal(() => checkInvitationSendable({ expiresAt: later, ended: { status: 'DECLINED', at: endedOn } }, now))).toEqual({
      code: 'CONFLICT',
      message: 'This invitation was declined on 3 Dec 2026; create a new invitation to ask again.',
    });
  });

  it('refuses a cancelled invitation', () => {
    expect(refusal(() => checkInvitationSendable({ expiresAt: later, ended: { status: 'CANCELLED', at: endedOn } }, now))).toEqual({
      code: 'CONFLICT',
      message: 'This invitation was cancelled on 3 Dec 2026; create a new invitation if you still want to ask.',
    });
  });

  it('refuses an invitation relationship marked EXPIRED', () => {
    expect(refusal(() => checkInvitationSendable({ expiresAt: endedOn, ended: { status: 'EXPIRED', at: endedOn } }, now))).toEqual({
      code: 'CONFLICT',
      message: 'This invitation expired on 3 Dec 2026; create a new one.',
    });
  });

  it('refuses a PENDING invitation past its expiry, before relationship has marked it EXPIRED', () => {
    expect(refusal(() => checkInvitationSendable({ expiresAt: endedOn, ended: null }, now)).message).toBe(
      'This invitation expired on 3 Dec 2026; create a new one.',
    );
    // At the very moment of expiry the link no longer works.
    expect(refusal(() => checkInvitationSendable({ expiresAt: now, ended: null }, now)).code).toBe('CONFLICT');
  });

  it('names how the invitation ended, whatever its date says', () => {
    const acceptedThenPastExpiry = { expiresAt: new Date('2026-12-05T00:00:00Z'), ended: { status: 'ACCEPTED' as const, at: endedOn } };
    expect(refusal(() => checkInvitationSendable(acceptedThenPastExpiry, now)).message).toMatch(/^This invitation was accepted/);
  });

  it('writes days in UTC, as a person reads them', () => {
    expect(dayOf(new Date('2026-01-31T23:59:59Z'))).toBe('31 Jan 2026');
    expect(dayOf(new Date('2027-09-01T00:00:00Z'))).toBe('1 Sep 2027');
  });

  it("reads each request event's ending and its time", () => {
    const facts = {
      requestId: 'r',
      kind: 'CUSTOMER' as const,
      partnerId: 'p',
      partnerTenantId: 't',
      partnerName: 'Fabrikam',
      indirectProviderId: null,
      indirectProviderName: null,
      roles: ['RESELLER' as const],
      inviteeEmail: 'a@b.example',
    };
    const at = '2026-12-03T09:30:00.000Z';
    expect(endingOf({ ...facts, declinedByTenantId: 'c', declinedAt: at })).toEqual({ status: 'DECLINED', at: endedOn });
    expect(endingOf({ ...facts, cancelledAt: at })).toEqual({ status: 'CANCELLED', at: endedOn });
    expect(endingOf({ ...facts, expiredAt: at })).toEqual({ status: 'EXPIRED', at: endedOn });
    expect(
      endingOf({
        requestId: 'r',
        kind: 'CUSTOMER',
        partnerId: 'p',
        indirectProviderId: null,
        customerTenantId: 'c',
        roles: ['RESELLER'],
        acceptedByUserId: 'u',
        acceptedAt: at,
        agreementAcceptance: null,
      }),
    ).toEqual({ status: 'ACCEPTED', at: endedOn });
  });
});
