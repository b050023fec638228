import { DomainError } from '@channelgraph/common';
import {
  BusinessProfileInput,
  checkLeadLimit,
  ContactPartnersInput,
  searchTextOf,
  splitTerms,
  validateBusinessProfile,
  validateContactPartners,
  validateSearchFilter,
} from '../src/domain/directory';

const profile: BusinessProfileInput = {
  description: '  We migrate small and mid-sized businesses to the cloud.  ',
  city: '  Lyon ',
  country: 'fr',
  organizationSizes: ['MEDIUM', 'SMALL', 'SMALL'],
  keywords: [' Azure migration ', 'Security', 'azure MIGRATION', 'AI'],
};

const lead: ContactPartnersInput = {
  partnerIds: ['0B9B5E0C-3C1A-4E5B-9A51-0F6C2E3B8D11', '7f3e2b1a-6c5d-4e4f-8a9b-1c2d3e4f5a6b'],
  need: '  We need 40 laptops set up with Intune, and someone to run our licences. ',
  contactEmail: ' Buyer@Contoso.COM ',
};

/** "CODE:field" of the DomainError the call throws, or undefined when it passes. */
function failure(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) {
      expect(error.message.length).toBeGreaterThan(15);
      return `${error.code}:${error.field}`;
    }
    throw error;
  }
  return undefined;
}

const words = (count: number) => Array.from({ length: count }, (_, i) => `keyword ${i}`);

describe('business profile rules (R1)', () => {
  it('normalizes a valid profile: trimmed, sizes in order, keywords de-duplicated case-insensitively', () => {
    expect(validateBusinessProfile(profile)).toEqual({
      description: 'We migrate small and mid-sized businesses to the cloud.',
      city: 'Lyon',
      country: 'FR',
      organizationSizes: ['SMALL', 'MEDIUM'],
      keywords: ['Azure migration', 'Security', 'AI'],
    });
  });

  it('accepts the bounds', () => {
    expect(() => validateBusinessProfile({ ...profile, description: 'x'.repeat(20) })).not.toThrow();
    expect(() => validateBusinessProfile({ ...profile, description: 'x'.repeat(2000) })).not.toThrow();
    expect(() => validateBusinessProfile({ ...profile, city: 'X' })).not.toThrow();
    expect(() => validateBusinessProfile({ ...profile, city: 'x'.repeat(100) })).not.toThrow();
    expect(() => validateBusinessProfile({ ...profile, keywords: words(20) })).not.toThrow();
    expect(() => validateBusinessProfile({ ...profile, keywords: ['ab', 'x'.repeat(40)] })).not.toThrow();
    expect(validateBusinessProfile({ ...profile, organizationSizes: ['LARGE', 'SMALL', 'MEDIUM'] }).organizationSizes).toEqual(['SMALL', 'MEDIUM', 'LARGE']);
  });

  it.each([
    ['a description of 19 characters', { description: 'x'.repeat(19) }, 'description'],
    ['a description that is blank but long', { description: ' '.repeat(30) }, 'description'],
    ['a description of 2,001 characters', { description: 'x'.repeat(2001) }, 'description'],
    ['an empty city', { city: '   ' }, 'city'],
    ['a city of 101 characters', { city: 'x'.repeat(101) }, 'city'],
    ['an unknown country', { country: 'QQ' }, 'country'],
    ['a country that is not a code', { country: 'France' }, 'country'],
    ['no organisation size', { organizationSizes: [] }, 'organizationSizes'],
    ['an unknown organisation size', { organizationSizes: ['SMALL', 'HUGE'] }, 'organizationSizes'],
    ['no keywords', { keywords: [] }, 'keywords'],
    ['21 different keywords', { keywords: words(21) }, 'keywords'],
    ['a keyword of 1 character', { keywords: ['Azure', 'x'] }, 'keywords'],
    ['a keyword that is blank', { keywords: ['   '] }, 'keywords'],
    ['a keyword of 41 characters', { keywords: ['x'.repeat(41)] }, 'keywords'],
    ['a keyword with a comma', { keywords: ['Azure, AWS'] }, 'keywords'],
  ])('refuses %s, naming the field', (_what, change, field) => {
    expect(failure(() => validateBusinessProfile({ ...profile, ...change }))).toBe(`BAD_USER_INPUT:${field}`);
  });

  it('counts keywords after removing duplicates', () => {
    expect(validateBusinessProfile({ ...profile, keywords: [...words(20), 'KEYWORD 0'] }).keywords).toHaveLength(20);
  });

  it('builds a lower-cased, space-padded search text of name, description and keywords', () => {
    const valid = validateBusinessProfile(profile);
    expect(searchTextOf('Contoso Cloud, S.A.', valid)).toBe(
      ' contoso cloud s a we migrate small and mid sized businesses to the cloud azure migration security ai ',
    );
  });
});

describe('directory search filter', () => {
  it('treats no filter and blank values as "any"', () => {
    expect(validateSearchFilter(undefined)).toEqual({ terms: [] });
    expect(validateSearchFilter({ country: ' ', city: '', keywords: '  ' })).toEqual({ terms: [] });
  });

  it('normalizes the filter and splits keywords into words', () => {
    expect(validateSearchFilter({ country: 'de', city: ' Bad  Homburg ', organizationSize: 'LARGE', keywords: 'Azure-Migration, AI & the azure' })).toEqual({
      country: 'DE',
      city: 'Bad Homburg',
      organizationSize: 'LARGE',
      terms: ['azure', 'migration', 'ai', 'the'],
    });
  });

  it('sends short words and stopwords to a scan, the rest to the full-text index', () => {
    expect(splitTerms(['azure', 'ai', 'the', 'iot', 'x'])).toEqual({ indexed: ['azure', 'iot'], scanned: ['ai', 'the', 'x'] });
  });

  it.each([
    ['an unknown country', { country: 'XX' }, 'filter.country'],
    ['a city of 101 characters', { city: 'x'.repeat(101) }, 'filter.city'],
    ['an unknown size', { organizationSize: 'HUGE' }, 'filter.organizationSize'],
    ['keywords over 200 characters', { keywords: 'x'.repeat(201) }, 'filter.keywords'],
  ])('refuses %s, naming the field', (_what, filter, field) => {
    expect(failure(() => validateSearchFilter(filter))).toBe(`BAD_USER_INPUT:${field}`);
  });
});

describe('contacting partners (R1)', () => {
  it('normalizes a valid request', () => {
    expect(validateContactPartners(lead)).toEqual({
      partnerIds: ['0b9b5e0c-3c1a-4e5b-9a51-0f6c2e3b8d11', '7f3e2b1a-6c5d-4e4f-8a9b-1c2d3e4f5a6b'],
      need: 'We need 40 laptops set up with Intune, and someone to run our licences.',
      contactEmail: 'buyer@contoso.com',
    });
  });

  it('accepts the bounds', () => {
    const five = Array.from({ length: 5 }, (_, i) => `00000000-0000-4000-8000-00000000000${i}`);
    expect(() => validateContactPartners({ ...lead, partnerIds: five })).not.toThrow();
    expect(() => validateContactPartners({ ...lead, need: 'x'.repeat(20) })).not.toThrow();
    expect(() => validateContactPartners({ ...lead, need: 'x'.repeat(2000) })).not.toThrow();
  });

  const six = Array.from({ length: 6 }, (_, i) => `00000000-0000-4000-8000-00000000000${i}`);
  it.each([
    ['no partner', { partnerIds: [] }, 'partnerIds'],
    ['six partners', { partnerIds: six }, 'partnerIds'],
    ['a malformed partner id', { partnerIds: ['not-a-uuid'] }, 'partnerIds'],
    ['the same partner twice', { partnerIds: [lead.partnerIds[0], lead.partnerIds[0].toLowerCase()] }, 'partnerIds'],
    ['a need of 19 characters', { need: 'x'.repeat(19) }, 'need'],
    ['a need that is only spaces', { need: ' '.repeat(40) }, 'need'],
    ['a need of 2,001 characters', { need: 'x'.repeat(2001) }, 'need'],
    ['a malformed contact email', { contactEmail: 'buyer-at-contoso.com' }, 'contactEmail'],
    ['an empty contact email', { contactEmail: '' }, 'contactEmail'],
    ['a contact email partners could not answer', { contactEmail: 'josé..x@contoso.com' }, 'contactEmail'],
  ])('refuses %s, naming the field', (_what, change, field) => {
    expect(failure(() => validateContactPartners({ ...lead, ...change }))).toBe(`BAD_USER_INPUT:${field}`);
  });
});

describe('the per-tenant lead limit', () => {
  const hour = 3600 * 1000;
  const now = new Date('2026-03-01T12:00:00.000Z');
  const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60000);

  it('lets a tenant under the limit through', () => {
    expect(() => checkLeadLimit([], 3, hour, now)).not.toThrow();
    expect(() => checkLeadLimit([minutesAgo(5), minutesAgo(1)], 3, hour, now)).not.toThrow();
  });

  it('refuses the next lead at the limit and says when the oldest counted lead leaves the window', () => {
    const error = (() => {
      try {
        checkLeadLimit([minutesAgo(1), minutesAgo(45), minutesAgo(20)], 3, hour, now);
      } catch (caught) {
        return caught as DomainError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(DomainError);
    expect(error?.code).toBe('FORBIDDEN');
    expect(error?.message).toContain('2026-03-01T12:15:00.000Z');
    expect(error?.message).toContain('in about 15 minutes');
  });

  it('over the limit (e.g. after it was lowered), waits until enough leads have left the window', () => {
    expect(() => checkLeadLimit([minutesAgo(50), minutesAgo(40), minutesAgo(30)], 2, hour, now)).toThrow(/2026-03-01T12:20:00.000Z/);
    expect(failure(() => checkLeadLimit([minutesAgo(50), minutesAgo(40), minutesAgo(30)], 2, hour, now))).toBe('FORBIDDEN:undefined');
  });
});
