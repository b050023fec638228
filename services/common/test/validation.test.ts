import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { checkEmail } from '../src/validation';

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
