import { describe, expect, it } from 'vitest';
import { detectLocale, format } from './i18n';

describe('the console language', () => {
  it('takes the saved choice, else the browser’s first language it speaks, else English', () => {
    expect(detectLocale('it', ['en-US'])).toBe('it');
    expect(detectLocale(null, ['de-DE', 'it-IT', 'en'])).toBe('it');
    expect(detectLocale('xx', ['fr-FR'])).toBe('en');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{shown} of {total}', { shown: 20, total: 41 })).toBe('20 of 41');
    expect(format('Hello {name}', {})).toBe('Hello {name}');
  });
});
