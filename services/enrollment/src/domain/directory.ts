import { DomainError, invalid, isUuid } from '@channelgraph/common/domain';
import { checkCountry, checkEmail } from './sign-up';

/** The partner directory (R1): business profiles, searches and leads, as pure rules. */

export const ORGANIZATION_SIZES = ['SMALL', 'MEDIUM', 'LARGE'] as const;
export type OrganizationSize = (typeof ORGANIZATION_SIZES)[number];

export interface BusinessProfileInput {
  description: string;
  city: string;
  country: string;
  organizationSizes: string[];
  keywords: string[];
}

/** A validated profile: sizes in canonical order, keywords trimmed and de-duplicated. */
export interface BusinessProfile {
  description: string;
  city: string;
  country: string;
  organizationSizes: OrganizationSize[];
  keywords: string[];
}

export interface ContactPartnersInput {
  partnerIds: string[];
  need: string;
  contactEmail: string;
}

export interface SearchFilterInput {
  country?: string | null;
  city?: string | null;
  organizationSize?: string | null;
  keywords?: string | null;
}

/** A validated search: absent or blank filters are undefined. */
export interface SearchFilter {
  country?: string;
  city?: string;
  organizationSize?: OrganizationSize;
  /** Free-text words, lower-cased, letters and digits only (as in search_text). */
  terms: string[];
}

export const DESCRIPTION_LENGTH = { min: 20, max: 2000 } as const;
export const CITY_MAX = 100;
export const KEYWORDS = { min: 1, max: 20, minLength: 2, maxLength: 40 } as const;
export const NEED_LENGTH = { min: 20, max: 2000 } as const;
export const MAX_PARTNERS_PER_LEAD = 5;
export const SEARCH_TEXT_MAX = 200;
/** The window of the per-tenant lead limit (LEADS_PER_HOUR). */
export const LEAD_WINDOW_MS = 3600 * 1000;
const MAX_SEARCH_TERMS = 20;

/** The address form the event contract accepts (RFC 5321 dot-atom, ASCII): stricter than a sign-up address. */
const DOT_ATOM_LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@/;

const collapse = (value: string) => value.trim().replace(/\s+/g, ' ');

function checkLength(field: string, value: string, min: number, max: number, what: string): string {
  if (value.length < min) throw invalid(field, `${what} must have at least ${min} characters (it has ${value.length}).`);
  if (value.length > max)
    throw invalid(field, `${what} must have at most ${max.toLocaleString('en-US')} characters (it has ${value.length.toLocaleString('en-US')}).`);
  return value;
}

function checkOrganizationSizes(field: string, sizes: string[]): OrganizationSize[] {
  if (sizes.length === 0) throw invalid(field, 'Pick at least one organisation size you serve: SMALL (1–50 seats), MEDIUM (51–1,000) or LARGE (over 1,000).');
  const unknown = sizes.find((size) => !(ORGANIZATION_SIZES as readonly string[]).includes(size));
  if (unknown !== undefined) throw invalid(field, `"${unknown}" is not an organisation size; use SMALL, MEDIUM or LARGE.`);
  return ORGANIZATION_SIZES.filter((size) => sizes.includes(size));
}

function checkKeywords(field: string, keywords: string[]): string[] {
  const kept: string[] = [];
  const seen = new Set<string>();
  for (const raw of keywords) {
    const keyword = collapse(raw);
    if (keyword.length < KEYWORDS.minLength || keyword.length > KEYWORDS.maxLength) {
      throw invalid(field, `Each keyword has ${KEYWORDS.minLength} to ${KEYWORDS.maxLength} characters; "${raw}" has ${keyword.length}.`);
    }
    if (keyword.includes(',')) throw invalid(field, `A keyword cannot contain a comma ("${raw}"): give each keyword as its own item.`);
    const key = keyword.toLocaleLowerCase('en-US');
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(keyword);
  }
  if (kept.length < KEYWORDS.min) throw invalid(field, 'Give at least one keyword for the services you offer (e.g. "Azure migration").');
  if (kept.length > KEYWORDS.max) throw invalid(field, `Give at most ${KEYWORDS.max} keywords (you gave ${kept.length} different ones).`);
  return kept;
}

/** Validates and normalizes a partner's directory entry, naming the first field that is wrong. */
export function validateBusinessProfile(input: BusinessProfileInput): BusinessProfile {
  const description = checkLength('description', input.description.trim(), DESCRIPTION_LENGTH.min, DESCRIPTION_LENGTH.max, 'The description');
  const city = checkLength('city', collapse(input.city), 1, CITY_MAX, 'The city');
  const country = checkCountry('country', input.country);
  const organizationSizes = checkOrganizationSizes('organizationSizes', input.organizationSizes);
  const keywords = checkKeywords('keywords', input.keywords);
  return { description, city, country, organizationSizes, keywords };
}

/** Lower-case words of letters and digits: how both the stored search text and a query are split. */
export function searchTerms(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('en-US')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The text the directory searches: legal name, description and keywords,
 * lower-cased, one space between words and one at each end, so that
 * `LIKE '% word %'` matches whole words (for words the full-text index skips).
 */
export function searchTextOf(legalName: string, profile: Pick<BusinessProfile, 'description' | 'keywords'>): string {
  return ` ${searchTerms([legalName, profile.description, ...profile.keywords].join(' ')).join(' ')} `;
}

/**
 * InnoDB's built-in full-text stopwords (the same list in MySQL 8 and MariaDB):
 * the index does not hold them, so a search for one must scan instead.
 */
const FULLTEXT_STOPWORDS = new Set(
  'a about an are as at be by com de en for from how i in is it la of on or that the this to was what when where who will with und www'.split(' '),
);
/** innodb_ft_min_token_size's default: shorter words are not indexed. */
export const FULLTEXT_MIN_TOKEN = 3;

/** Splits search words into those the full-text index can answer and those that need a whole-word scan. */
export function splitTerms(terms: string[]): { indexed: string[]; scanned: string[] } {
  const indexed = terms.filter((term) => term.length >= FULLTEXT_MIN_TOKEN && !FULLTEXT_STOPWORDS.has(term));
  return { indexed, scanned: terms.filter((term) => !indexed.includes(term)) };
}

/** Validates a directory search; blank filters mean "any". */
export function validateSearchFilter(filter: SearchFilterInput | null | undefined): SearchFilter {
  const result: SearchFilter = { terms: [] };
  if (!filter) return result;
  if (filter.country != null && filter.country.trim() !== '') result.country = checkCountry('filter.country', filter.country);
  if (filter.city != null && filter.city.trim() !== '') result.city = checkLength('filter.city', collapse(filter.city), 1, CITY_MAX, 'The city');
  if (filter.organizationSize != null) result.organizationSize = checkOrganizationSizes('filter.organizationSize', [filter.organizationSize])[0];
  if (filter.keywords != null) {
    if (filter.keywords.length > SEARCH_TEXT_MAX) throw invalid('filter.keywords', `Search with at most ${SEARCH_TEXT_MAX} characters of keywords.`);
    result.terms = [...new Set(searchTerms(filter.keywords))].slice(0, MAX_SEARCH_TERMS);
  }
  return result;
}

/** Validates a request to contact partners (R1), naming the first field that is wrong. */
export function validateContactPartners(input: ContactPartnersInput): ContactPartnersInput {
  const partnerIds = input.partnerIds.map((id) => id.trim().toLowerCase());
  if (partnerIds.length === 0) throw invalid('partnerIds', 'Pick at least one partner to contact.');
  if (partnerIds.length > MAX_PARTNERS_PER_LEAD)
    throw invalid('partnerIds', `Contact at most ${MAX_PARTNERS_PER_LEAD} partners at a time (you picked ${partnerIds.length}).`);
  const malformed = partnerIds.find((id) => !isUuid(id));
  if (malformed !== undefined) throw invalid('partnerIds', `"${malformed}" is not a partner id.`);
  if (new Set(partnerIds).size !== partnerIds.length) throw invalid('partnerIds', 'Each partner can be picked only once.');
  const need = checkLength('need', input.need.trim(), NEED_LENGTH.min, NEED_LENGTH.max, 'The description of your need');
  const contactEmail = checkEmail('contactEmail', input.contactEmail);
  if (!DOT_ATOM_LOCAL_PART.test(contactEmail))
    throw invalid('contactEmail', `"${input.contactEmail}" is not an address partners can answer; use plain letters, digits and . _ - + before the @.`);
  return { partnerIds, need, contactEmail };
}

/**
 * The per-tenant lead limit (R1 abuse guard): given the times of the tenant's
 * leads within the window, refuses one more when the limit is reached, saying
 * when the next one will be accepted.
 */
export function checkLeadLimit(recentLeadTimes: Date[], limit: number, windowMs: number, now: Date): void {
  if (recentLeadTimes.length < limit) return;
  const sorted = [...recentLeadTimes].sort((a, b) => a.getTime() - b.getTime());
  // One more is accepted once all but (limit - 1) of these have left the window.
  const retryAt = new Date(sorted[sorted.length - limit].getTime() + windowMs);
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60000));
  throw new DomainError(
    'FORBIDDEN',
    `Your organisation has already contacted partners ${recentLeadTimes.length} times in the last ${Math.round(windowMs / 60000)} minutes (the limit is ${limit}). ` +
      `Try again after ${retryAt.toISOString()} (in about ${minutes} minute${minutes === 1 ? '' : 's'}).`,
  );
}
