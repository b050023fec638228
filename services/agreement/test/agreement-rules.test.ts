import { DomainError } from '@channelgraph/common';
import { checkCustomerAcceptance, TemplateFacts, wasCurrentAt } from '../src/domain/acceptance';
import { validateTemplate } from '../src/domain/templates';

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

describe('publishing an agreement version', () => {
  const input = { type: 'CUSTOMER_AGREEMENT', version: ' 2 ', documentUrl: 'https://channelgraph.example/agreements/customer-agreement/v2/en' };

  it('normalizes a version, defaulting the language to English', () => {
    expect(validateTemplate(input)).toEqual({ type: 'CUSTOMER_AGREEMENT', version: '2', documentUrl: input.documentUrl, language: 'en' });
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
  ])('refuses %s', (_what, change, expected) => {
    expect(failure(() => validateTemplate({ ...input, ...change }))).toBe(expected);
  });

  it('says why an http address is refused', () => {
    expect(messageOf(() => validateTemplate({ ...input, documentUrl: 'http://channelgraph.example/ca.pdf' }))).toMatch(/https/);
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
