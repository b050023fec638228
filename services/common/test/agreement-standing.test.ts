import { agreementStandingOf } from '../src/domain';

describe('where a customer stands with the Customer Agreement (R4)', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  const until = new Date('2027-01-01T00:00:00Z');
  const current = { version: '3', reacceptanceDeadline: until, versionsAcceptedUntilDeadline: ['2', '1'] };

  it.each([
    ['the current version', ['3', '2'], { acceptedCurrent: true, honouredUntil: null }],
    ['an honoured version', ['2'], { acceptedCurrent: false, honouredUntil: until }],
    ['a version no longer honoured', ['0'], { acceptedCurrent: false, honouredUntil: null }],
    ['a version not known (recorded before versions were kept)', [null], { acceptedCurrent: false, honouredUntil: null }],
    ['nothing', [], { acceptedCurrent: false, honouredUntil: null }],
  ])('accepted %s', (_what, accepted, expected) => {
    expect(agreementStandingOf(current, accepted, now)).toEqual(expected);
  });

  it('honours nothing once the deadline passed, or without one', () => {
    expect(agreementStandingOf({ ...current, reacceptanceDeadline: now }, ['2'], now).honouredUntil).toBeNull();
    expect(agreementStandingOf({ ...current, reacceptanceDeadline: null }, ['2'], now).honouredUntil).toBeNull();
  });
});
