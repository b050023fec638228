import { DomainError } from '@channelgraph/common';
import { checkCountry, validateSignUp } from '../src/domain/sign-up';
import { hashPassword, verifyPassword } from '../src/domain/passwords';

const valid = {
  domain: 'Contoso.COM',
  displayName: '  Contoso   Ltd ',
  country: 'gb',
  admin: { fullName: 'Ann Admin', email: 'Ann@Contoso.com', password: 'Correct-Horse-42' },
};

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return `${error.code}:${error.field}`;
    throw error;
  }
  return undefined;
}

describe('sign-up rules', () => {
  it('normalizes a valid sign-up', () => {
    expect(validateSignUp(valid)).toEqual({
      domain: 'contoso.com',
      displayName: 'Contoso Ltd',
      country: 'GB',
      admin: { fullName: 'Ann Admin', email: 'ann@contoso.com', password: 'Correct-Horse-42' },
    });
  });

  it.each([
    ['a malformed domain', { ...valid, domain: 'not a domain' }, 'domain'],
    ['a domain without a dot', { ...valid, domain: 'localhost' }, 'domain'],
    ['an empty display name', { ...valid, displayName: '   ' }, 'displayName'],
    ['an unknown country', { ...valid, country: 'XX' }, 'country'],
    ['a country name instead of a code', { ...valid, country: 'Germany' }, 'country'],
    ['a malformed email', { ...valid, admin: { ...valid.admin, email: 'ann@' } }, 'admin.email'],
    ['a short password', { ...valid, admin: { ...valid.admin, password: 'Short-1' } }, 'admin.password'],
    ['a password of letters only', { ...valid, admin: { ...valid.admin, password: 'onlylettershere' } }, 'admin.password'],
    ['a password containing the address', { ...valid, admin: { ...valid.admin, email: 'annadmin@contoso.com', password: 'annadmin-2026!' } }, 'admin.password'],
  ])('refuses %s, naming the field', (_what, input, field) => {
    expect(fieldOf(() => validateSignUp(input))).toBe(`BAD_USER_INPUT:${field}`);
  });

  it('knows real countries and refuses region codes that are not countries', () => {
    expect(checkCountry('country', 'de')).toBe('DE');
    expect(fieldOf(() => checkCountry('country', 'EU'))).toBe('BAD_USER_INPUT:country');
  });
});

describe('password hashing', () => {
  it('verifies the right password only, with a different salt every time', async () => {
    const first = await hashPassword('Correct-Horse-42');
    const second = await hashPassword('Correct-Horse-42');
    expect(first).not.toEqual(second);
    expect(first).not.toContain('Correct-Horse-42');
    await expect(verifyPassword('Correct-Horse-42', first)).resolves.toBe(true);
    await expect(verifyPassword('correct-horse-42', first)).resolves.toBe(false);
  });
});
