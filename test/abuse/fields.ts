import type { SeededRandom } from './random';

/**
 * What the schema does not say about an argument, keyed by its name: what
 * kind of value it is, its documented or column length, and a valid value.
 * A valid baseline lets a hostile value in one field reach the service's own
 * checks instead of failing on its neighbours.
 */
export type FieldKind =
  'email' | 'domain' | 'country' | 'password' | 'phone' | 'url' | 'mpnId' | 'linkToken' | 'cursor' | 'id' | 'strict' | 'freeText' | 'search';

export interface FieldSpec {
  kind: FieldKind;
  /** The documented limit, or the column's length where nothing is documented. */
  maxLength: number;
}

/** Ids a valid baseline may use: the prober's own (tenant A) for reads; never a real id for writes. */
export interface OwnIds {
  tenantId: string;
  partnerId: string;
  userId: string;
  mpnId: string;
  requestId: string;
  notificationId: string;
}

const EMAIL_FIELDS = ['email', 'contactEmail', 'customerEmail', 'resellerEmail', 'to'];

/** Lengths from the migrations (VARCHAR sizes) or the schema's own descriptions (e.g. "20 to 2,000 characters"). */
const MAX_LENGTH: Record<string, number> = {
  domain: 253,
  displayName: 200,
  fullName: 200,
  legalName: 200,
  organizationName: 200,
  line1: 200,
  line2: 200,
  city: 100,
  region: 100,
  postalCode: 20,
  firstName: 100,
  lastName: 100,
  phone: 32,
  website: 500,
  documentUrl: 2000,
  mpnId: 10,
  password: 128,
  currentPassword: 128,
  newPassword: 128,
  reason: 1000,
  description: 2000,
  need: 2000,
  keywords: 200,
  search: 200,
  subject: 200,
  body: 20000,
  name: 63,
  version: 32,
  language: 16,
  country: 2,
  token: 43,
  after: 100,
};

const FREE_TEXT = new Set([
  'displayName',
  'fullName',
  'legalName',
  'organizationName',
  'line1',
  'line2',
  'city',
  'region',
  'postalCode',
  'firstName',
  'lastName',
  'reason',
  'description',
  'need',
  'subject',
  'body',
]);

export function fieldSpec(name: string, namedType: string): FieldSpec {
  const maxLength = MAX_LENGTH[name] ?? (EMAIL_FIELDS.includes(name) ? 254 : 255);
  if (namedType === 'ID') return { kind: 'id', maxLength: 36 };
  if (EMAIL_FIELDS.includes(name)) return { kind: 'email', maxLength };
  if (name === 'domain') return { kind: 'domain', maxLength };
  if (name === 'country') return { kind: 'country', maxLength };
  if (/password/i.test(name)) return { kind: 'password', maxLength };
  if (name === 'phone') return { kind: 'phone', maxLength };
  if (name === 'website' || name === 'documentUrl') return { kind: 'url', maxLength };
  if (name === 'mpnId') return { kind: 'mpnId', maxLength };
  if (name === 'token') return { kind: 'linkToken', maxLength };
  if (name === 'after') return { kind: 'cursor', maxLength };
  if (name === 'search' || name === 'keywords') return { kind: 'search', maxLength };
  if (FREE_TEXT.has(name)) return { kind: 'freeText', maxLength };
  return { kind: 'strict', maxLength };
}

/**
 * Free text (and a password) may legitimately hold markup, SQL-looking words,
 * line breaks or any script: the service stores it as text, so a write that
 * carries such a value is made invalid elsewhere (see corpus.ts).
 */
export const acceptsAnyText = (spec: FieldSpec) => spec.kind === 'freeText' || spec.kind === 'search' || spec.kind === 'password';

export interface BaselineContext {
  rng: SeededRandom;
  /** Distinct per request, for values that must be unique (a sign-up's domain). */
  serial: number;
  operation: 'query' | 'mutation';
  rootField: string;
  own: OwnIds;
}

/** A valid string for a String argument of this name. */
export function validString(name: string, ctx: BaselineContext): string | undefined {
  const domain = `probe${ctx.serial}.abuse.example.com`;
  if (EMAIL_FIELDS.includes(name)) return ctx.rootField === 'notifications' || ctx.rootField === 'Partner.notifications' ? undefined : `someone@${domain}`;
  switch (name) {
    case 'domain':
      return domain;
    case 'country':
      return 'US';
    case 'password':
      // Sign-up takes a new password; sign-in must never succeed, so its password is wrong.
      return ctx.rootField === 'signUp' ? 'Probe-Passw0rd-42' : 'Not-The-Passw0rd-42';
    case 'currentPassword':
      return 'Not-The-Passw0rd-42';
    case 'newPassword':
      return 'Probe-Passw0rd-42';
    case 'phone':
      return '+1 206 555 0100';
    case 'website':
      return 'https://support.example.com/';
    case 'documentUrl':
      return 'https://agreements.example.com/customer-agreement-v9.pdf';
    case 'mpnId':
      return ctx.operation === 'query' ? ctx.own.mpnId : '7654321';
    case 'token':
      return ctx.rng.linkToken();
    case 'after':
      return undefined;
    case 'name':
      return 'order-service';
    case 'version':
      return '9';
    case 'language':
      return 'en';
    case 'need':
    case 'description':
      return 'We need help moving forty mailboxes and our file shares to the cloud.';
    case 'keywords':
    case 'search':
      return 'cloud';
    case 'subject':
      return 'Working together';
    case 'body':
      return 'Please accept our invitation.';
    case 'reason':
      return 'The registry profile does not match.';
    case 'postalCode':
      return '98101';
    default:
      return `Probe ${name}`;
  }
}

/** A valid ID: the prober's own for reads (so that nested fields resolve), a random one for writes (so that nothing real changes). */
export function validId(name: string, ctx: BaselineContext): string {
  if (ctx.operation === 'mutation') return ctx.rng.uuid();
  const own = ctx.own;
  if (name === 'partnerId' || name === 'providerId' || name === 'partnerIds') return own.partnerId;
  if (name === 'customerId') return own.tenantId;
  if (name === 'userId') return own.userId;
  if (name === 'requestId') return own.requestId;
  if (name === 'id') {
    if (ctx.rootField === 'partner') return own.partnerId;
    if (ctx.rootField === 'tenant' || ctx.rootField === 'customer') return own.tenantId;
  }
  return ctx.rng.uuid();
}

/** Enum values a valid baseline picks where the first one would not do. */
export const ENUM_BASELINE: Record<string, string> = {
  // The prober's own programme: enrolling in it again is refused, so no baseline enrols anything.
  PartnerProgram: 'INDIRECT_PROVIDER',
  // A role an admin agent may grant.
  Role: 'SALES_AGENT',
  RelationshipRole: 'DELEGATED_ADMIN',
};

export const INT_BASELINE: Record<string, number> = { first: 20, ttlHours: 24 };
