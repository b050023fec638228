import { DomainError } from '@channelgraph/common';
import { checkCustomerAcceptance, TemplateFacts, wasCurrentAt } from '../src/domain/acceptance';
import { CurrentVersion, inLanguage, publicationOf, validateTemplate as validateNow } from '../src/domain/templates';
import { reacceptanceDeadlineOf } from '../src/domain/acceptance';

function failure(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return `${error.code}${error.field ? `:${error.field}` : ''}`;
    throw error;
  }
  return 'no error';
}

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

const NOW = new Date('2026-12-01T12:00:00Z');
const days = (n: number) => new Date(NOW.getTime() + n * 24 * 60 * 60 * 1000);

describe('publishing an agreement version', () => {
  const validateTemplate = (given: Parameters<typeof validateNow>[0]) => validateNow(given, NOW);
  const input = { type: 'CUSTOMER_AGREEMENT', version: ' 2 ', documentUrl: 'https://channelgraph.example/agreements/customer-agreement/v2/en' };

  it('normalizes a version, defaulting the language to English', () => {
    expect(validateTemplate(input)).toEqual({
      type: 'CUSTOMER_AGREEMENT',
      version: '2',
      documentUrl: input.documentUrl,
      language: 'en',
      reacceptanceDeadline: null,
    });
  });

  it('keeps a language tag in its canonical form', () => {
    expect(validateTemplate({ ...input, language: 'pt-br' }).language).toBe('pt-BR');
    expect(validateTemplate({ ...input, language: ' ' }).language).toBe('en');
  });

  it.each([
    ['an unknown type', { type: 'RESELLER_AGREEMENT' }, 'BAD_USER_INPUT:type'],
    ['an empty version', { version: '  ' }, 'BAD_USER_INPUT:version'],
    ['a version with spaces', { version: 'version 2' }, 'BAD_USER_INPUT:version'],
    ['a version longer than 32 characters', { version: '1'.repeat(33) }, 'BAD_USER_INPUT:version'],
    ['a document address that is not one', { documentUrl: 'customer agreement.pdf' }, 'BAD_USER_INPUT:documentUrl'],
    ['a plain http document address', { documentUrl: 'http://channelgraph.example/agreements/ca.pdf' }, 'BAD_USER_INPUT:documentUrl'],
    ['an ftp document address', { documentUrl: 'ftp://channelgraph.example/ca.pdf' }, 'BAD_USER_INPUT:documentUrl'],
    ['a document address with credentials', { documentUrl: 'https://user:secret@channelgraph.example/ca.pdf' }, 'BAD_USER_INPUT:documentUrl'],
    ['a document address over 2,000 characters', { documentUrl: `https://channelgraph.example/${'a'.repeat(2000)}` }, 'BAD_USER_INPUT:documentUrl'],
    ['a language that is not a tag', { language: 'english please' }, 'BAD_USER_INPUT:language'],
    ['an unknown language', { language: 'xx' }, 'BAD_USER_INPUT:language'],
    ['a reacceptance deadline in the past', { reacceptanceDeadline: days(-1) }, 'BAD_USER_INPUT:reacceptanceDeadline'],
    ['a reacceptance deadline now', { reacceptanceDeadline: NOW }, 'BAD_USER_INPUT:reacceptanceDeadline'],
    ['a reacceptance deadline more than 366 days away', { reacceptanceDeadline: days(367) }, 'BAD_USER_INPUT:reacceptanceDeadline'],
  ])('refuses %s', (_what, change, expected) => {
    expect(failure(() => validateTemplate({ ...input, ...change }))).toBe(expected);
  });

  it('keeps a reacceptance deadline within a year and a day', () => {
    expect(validateTemplate({ ...input, reacceptanceDeadline: days(366) }).reacceptanceDeadline).toEqual(days(366));
  });

  it('says why an http address is refused', () => {
    expect(messageOf(() => validateTemplate({ ...input, documentUrl: 'http://channelgraph.example/ca.pdf' }))).toMatch(/https/);
  });
});

describe('what publishing does (R4): a new version, or a translation of the current one', () => {
  const valid = (version: string, reacceptanceDeadline: Date | null = null) =>
    ({ type: 'CUSTOMER_AGREEMENT', version, documentUrl: 'https://channelgraph.example/ca', language: 'it', reacceptanceDeadline }) as const;
  const v2: CurrentVersion = { id: 'tpl-2', version: '2', reacceptanceDeadline: null, versionsAcceptedUntilDeadline: [] };

  it('a new label is a new version: without a deadline no earlier acceptance counts', () => {
    expect(publicationOf(valid('3'), v2, false, NOW)).toEqual({ kind: 'NEW_VERSION', reacceptanceDeadline: null, versionsAcceptedUntilDeadline: [] });
  });

  it('with a deadline the version it replaces counts until then', () => {
    expect(publicationOf(valid('3', days(30)), v2, false, NOW)).toEqual({
      kind: 'NEW_VERSION',
      reacceptanceDeadline: days(30),
      versionsAcceptedUntilDeadline: ['2'],
    });
  });

  it('keeps honouring versions whose own deadline has not passed, and drops those whose has', () => {
    const inGrace = { ...v2, reacceptanceDeadline: days(10), versionsAcceptedUntilDeadline: ['1'] };
    expect(publicationOf(valid('3', days(30)), inGrace, false, NOW)).toMatchObject({ versionsAcceptedUntilDeadline: ['2', '1'] });
    const lapsed = { ...inGrace, reacceptanceDeadline: days(-1) };
    expect(publicationOf(valid('3', days(30)), lapsed, false, NOW)).toMatchObject({ versionsAcceptedUntilDeadline: ['2'] });
  });

  it('the first version of a type honours nothing', () => {
    expect(publicationOf(valid('1', days(30)), null, false, NOW)).toEqual({
      kind: 'NEW_VERSION',
      reacceptanceDeadline: null,
      versionsAcceptedUntilDeadline: [],
    });
  });

  it("the current version's label again is a translation, keeping the version's deadline, and takes none of its own", () => {
    expect(publicationOf(valid('2'), v2, true, NOW)).toEqual({ kind: 'TRANSLATION', of: v2 });
    expect(failure(() => publicationOf(valid('2', days(30)), v2, true, NOW))).toBe('BAD_USER_INPUT:reacceptanceDeadline');
  });

  it('a replaced version cannot be published again in another language', () => {
    expect(failure(() => publicationOf(valid('1'), v2, true, NOW))).toBe('CONFLICT:version');
  });
});

describe('the document a reader gets of the current version', () => {
  const languages = [{ language: 'de' }, { language: 'en' }, { language: 'pt-BR' }, { language: 'it' }];
  it.each([
    ['it', 'it'],
    ['IT', 'it'],
    ['pt-PT', 'pt-BR'],
    ['de-CH', 'de'],
    ['fr', 'en'],
    [null, 'en'],
  ])('asked for %s, gives %s', (asked, given) => {
    expect(inLanguage(languages, asked)?.language).toBe(given);
  });

  it('without English, the language it was first published in', () => {
    expect(inLanguage([{ language: 'de' }, { language: 'it' }], 'fr')?.language).toBe('de');
  });
});

describe('until when an earlier acceptance counts (R4)', () => {
  const current = { version: '3', reacceptanceDeadline: days(30), versionsAcceptedUntilDeadline: ['2'] };
  it.each([
    ['accepted the current version', ['3'], null],
    ['accepted an honoured version', ['2'], days(30)],
    ['accepted only a version no longer honoured', ['1'], null],
    ['accepted nothing', [], null],
  ])('%s', (_what, accepted, expected) => {
    expect(reacceptanceDeadlineOf(current, accepted, NOW)).toEqual(expected);
  });

  it('not once the deadline passed', () => {
    expect(reacceptanceDeadlineOf({ ...current, reacceptanceDeadline: days(-1) }, ['2'], NOW)).toBeNull();
  });
});

describe('a customer accepting the Customer Agreement (R3, R4)', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  const current: TemplateFacts = {
    id: 'current-id',
    type: 'CUSTOMER_AGREEMENT',
    version: '3',
    isCurrent: true,
    publishedAt: new Date('2026-11-23T11:00:00Z'),
    supersededAt: null,
  };
  const replaced: TemplateFacts = {
    id: 'old-id',
    type: 'CUSTOMER_AGREEMENT',
    version: '2',
    isCurrent: false,
    publishedAt: new Date('2026-06-01T00:00:00Z'),
    supersededAt: new Date('2026-11-23T11:00:00Z'),
  };
  const partnerAgreement: TemplateFacts = {
    id: 'partner-id',
    type: 'PARTNER_AGREEMENT',
    version: '1',
    isCurrent: true,
    publishedAt: new Date('2026-01-01T00:00:00Z'),
    supersededAt: null,
  };
  const accept =
    (template: TemplateFacts | null, confirmRead = true, acceptedAt = now) =>
    () =>
      checkCustomerAcceptance(template, current, { confirmRead, acceptedAt });

  it('accepts the current version once its document is confirmed read', () => {
    expect(failure(accept(current))).toBe('no error');
  });

  it('refuses an unknown template, naming the current version', () => {
    expect(failure(accept(null))).toBe('BAD_USER_INPUT:templateId');
    expect(messageOf(accept(null))).toMatch(/current Customer Agreement is version 3 \(templateId current-id\)/);
  });

  it('refuses a version that was replaced, naming the current one', () => {
    expect(failure(accept(replaced))).toBe('BAD_USER_INPUT:templateId');
    expect(messageOf(accept(replaced))).toMatch(/Version 2 .* has been replaced.*version 3/);
  });

  it('refuses the Partner Agreement', () => {
    expect(failure(accept(partnerAgreement))).toBe('BAD_USER_INPUT:templateId');
    expect(messageOf(accept(partnerAgreement))).toMatch(/Partner Agreement/);
  });

  it('refuses an acceptance whose document was not confirmed read', () => {
    expect(failure(accept(current, false))).toBe('BAD_USER_INPUT:confirmRead');
    expect(messageOf(accept(current, false))).toMatch(/read/);
  });

  it('judges the template before the checkbox', () => {
    expect(failure(accept(replaced, false))).toBe('BAD_USER_INPUT:templateId');
  });

  it('counts an acceptance made before the version was replaced (an event still on its way)', () => {
    expect(failure(accept(replaced, true, new Date('2026-11-23T10:59:59Z')))).toBe('no error');
    expect(failure(accept(replaced, true, new Date('2026-11-23T11:00:00Z')))).toBe('BAD_USER_INPUT:templateId');
  });

  it('says so when no Customer Agreement is published at all', () => {
    expect(messageOf(() => checkCustomerAcceptance(null, null, { confirmRead: true, acceptedAt: now }))).toMatch(/No Customer Agreement is published yet/);
  });

  it('knows which version was current at a moment', () => {
    expect(wasCurrentAt(current, now)).toBe(true);
    expect(wasCurrentAt(replaced, now)).toBe(false);
    expect(wasCurrentAt(replaced, new Date('2026-11-01T00:00:00Z'))).toBe(true);
  });
});
