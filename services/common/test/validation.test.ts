import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { checkEmail, checkMpnId, checkPhone } from '../src/validation';

/** The check every event that carries an address makes (schema/events: `format: email`, ajv-formats as in the catalog). */
const ajv = new Ajv();
addFormats(ajv);
const eventAccepts = ajv.compile({ type: 'string', format: 'email' });

describe('checkEmail', () => {
  it.each(['a..b@example.com', '.a@example.com', 'ä@example.com', 'a"b@example.com', 'a b@example.com', 'a@example', 'a@-x.com'])('refuses %s', (email) => {
    expect(eventAccepts(email.toLowerCase()) && /\.[a-z]{2,}$/.test(email)).toBe(false);
    expect(() => checkEmail('email', email)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'email' }));
  });

  it.each(['Pat.Lee+sales@Contoso.example.COM', "o'brien@fabrikam.example"])('accepts %s, lower-cased, as the event schemas do', (email) => {
    const normalized = checkEmail('email', email);
    expect(normalized).toBe(email.toLowerCase());
    expect(eventAccepts(normalized)).toBe(true);
  });
});

describe('checkMpnId', () => {
  it('takes 6 to 10 digits, trimmed, as the event schemas do', () => {
    expect(checkMpnId('mpnId', ' 1234567 ')).toBe('1234567');
    expect(new RegExp('^[0-9]{6,10}$').test(checkMpnId('mpnId', '123456'))).toBe(true);
  });

  it.each(['12345', '12345678901', '12a456', ''])('refuses %j on its field', (mpnId) => {
    expect(() => checkMpnId('relationships.0.mpnId', mpnId)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'relationships.0.mpnId' }));
  });
});

describe('checkPhone', () => {
  it.each([
    ['+1 206 555 0100', '+1 206 555 0100'],
    ['  (425)   555-0199 ', '(425) 555-0199'],
    ['0049 30/123.4567', '0049 30/123.4567'],
  ])('takes %j as %j', (phone, folded) => {
    expect(checkPhone('contact.phone', phone)).toBe(folded);
  });

  it.each(['12345', '+1 (2) 3-4', 'call me', '+1 206 555 0100 ext. 7', '1'.repeat(33)])('refuses %j, saying what a phone number is', (phone) => {
    expect(() => checkPhone('primaryContact.phone', phone)).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        field: 'primaryContact.phone',
        message: expect.stringContaining('give 6 to 32 characters, at least 6 of them digits'),
      }),
    );
  });
});
