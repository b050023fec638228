import { fullFormats } from 'ajv-formats/dist/formats';
import { invalid } from './domain-error';

const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
/** What the event schemas' `format: email` accepts: an address the API takes must also pass the event check. */
const EVENT_EMAIL = fullFormats.email as RegExp;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs (DESIGN §2): anything else names nothing, and needs no database read to say so. */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The domain of an address, lower-cased; empty when it has no `@`. */
export function domainOfEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : email.slice(at + 1).toLowerCase();
}

/** A deliverable-looking address, lower-cased; BAD_USER_INPUT on `field` otherwise. */
export function checkEmail(field: string, email: string): string {
  const normalized = normalizeEmail(email);
  if (normalized.length > 254 || !EMAIL.test(normalized) || !EVENT_EMAIL.test(normalized)) throw invalid(field, `"${email}" is not a valid email address.`);
  return normalized;
}

/**
 * Characters as a MySQL column counts them (code points, so an emoji is one), and a value never
 * longer than its column: MySQL would refuse it with a 500 ("Data too long") or, in a lax mode,
 * cut it silently. Counting stops just past `max`, so a megabyte costs no more than the limit.
 */
export function checkLength(field: string, value: string, max: number): string {
  if (value.length <= max) return value;
  let characters = 0;
  for (const _ of value) if (++characters > max) throw invalid(field, `This may have at most ${max.toLocaleString('en-US')} characters.`);
  return value;
}

/** Trimmed, inner white space folded, not empty, not longer than `max`. */
export function checkName(field: string, value: string, max = 200): string {
  const trimmed = value.trim().replace(/\s+/g, ' ');
  if (trimmed.length === 0) throw invalid(field, 'This cannot be empty.');
  return checkLength(field, trimmed, max);
}

const MPN_ID = /^\d{6,10}$/;

/** A partner's MPN id: 6 to 10 digits, as the event schemas' `mpnId` pattern has it. */
export function checkMpnId(field: string, mpnId: string): string {
  const trimmed = mpnId.trim();
  if (!MPN_ID.test(trimmed)) throw invalid(field, 'An MPN id is 6 to 10 digits, as shown in the partner-membership registry.');
  return trimmed;
}

const PHONE = /^[0-9 +()./-]{6,32}$/;

/** A phone number as people write one: white space folded, 6 to 32 characters of digits, spaces and + ( ) - . /, at least 6 digits. */
export function checkPhone(field: string, phone: string): string {
  const folded = phone.trim().replace(/\s+/g, ' ');
  if (!PHONE.test(folded) || (folded.match(/[0-9]/g) ?? []).length < 6) {
    throw invalid(
      field,
      `"${phone}" is not a phone number: give 6 to 32 characters, at least 6 of them digits, using only digits, spaces and + ( ) - . / (e.g. +1 206 555 0100).`,
    );
  }
  return folded;
}
