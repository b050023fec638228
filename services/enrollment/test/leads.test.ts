import { checkAnswerable, checkLeadMessage, convertedStatus } from '../src/domain/leads';

describe('a lead as each partner works it (R18)', () => {
  it('may be answered while NEW or ANSWERED, never once the partner invited from it', () => {
    expect(() => checkAnswerable('NEW')).not.toThrow();
    expect(() => checkAnswerable('ANSWERED')).not.toThrow();
    expect(() => checkAnswerable('CONVERTED')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('needs an answer of 10 to 4,000 characters, trimmed', () => {
    expect(checkLeadMessage('  We can help you with this.  ')).toBe('We can help you with this.');
    expect(() => checkLeadMessage('   Yes     ')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'message' }));
    expect(() => checkLeadMessage('x'.repeat(4001))).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'message' }));
  });

  it('becomes CONVERTED from any status when the partner invites from it', () => {
    expect(convertedStatus('NEW')).toBe('CONVERTED');
    expect(convertedStatus('ANSWERED')).toBe('CONVERTED');
    expect(convertedStatus('CONVERTED')).toBe('CONVERTED');
  });
});
