import { checkEmail, checkName, invalid } from '@channelgraph/common/domain';

export { checkEmail, checkName, normalizeEmail } from '@channelgraph/common/domain';

export interface SignUpRequest {
  domain: string;
  displayName: string;
  country: string;
  admin: { fullName: string; email: string; password: string };
}

const DOMAIN = /^(?=.{3,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
/** Region codes that CLDR knows but that are not countries. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ']);

/** ISO 3166-1 alpha-2, upper case. */
export function checkCountry(field: string, country: string): string {
  const code = country.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code) || regionNames.of(code) === code) {
    throw invalid(field, `"${country}" is not a known ISO 3166-1 alpha-2 country code (e.g. US, DE, FR).`);
  }
  return code;
}

/** Minimum strength: long enough, not one kind of character, not the address itself. */
export function checkPasswordStrength(field: string, password: string, email?: string): void {
  if (password.length < 12) throw invalid(field, 'The password must have at least 12 characters.');
  if (password.length > 128) throw invalid(field, 'The password must have at most 128 characters.');
  if (!/[A-Za-z]/.test(password) || !/[^A-Za-z]/.test(password)) {
    throw invalid(field, 'The password must mix letters with digits or symbols.');
  }
  const localPart = email?.split('@')[0];
  if (localPart && localPart.length >= 4 && password.toLowerCase().includes(localPart.toLowerCase())) {
    throw invalid(field, 'The password must not contain your email address.');
  }
}

/** Validates and normalizes a sign-up, naming the first field that is wrong. */
export function validateSignUp(request: SignUpRequest): SignUpRequest {
  const domain = request.domain.trim().toLowerCase();
  if (!DOMAIN.test(domain)) throw invalid('domain', `"${request.domain}" is not a valid domain name (e.g. contoso.com).`);
  const displayName = checkName('displayName', request.displayName);
  const country = checkCountry('country', request.country);
  const fullName = checkName('admin.fullName', request.admin.fullName);
  const email = checkEmail('admin.email', request.admin.email);
  checkPasswordStrength('admin.password', request.admin.password, email);
  return { domain, displayName, country, admin: { fullName, email, password: request.admin.password } };
}
