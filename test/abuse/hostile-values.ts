import type { FieldSpec } from './fields';
import type { ValueCategory } from './categories';
import type { SeededRandom } from './random';

/** Where a value goes, as the corpus walker sees it. */
export interface Slot {
  /** The argument or input field name. */
  name: string;
  /** GraphQL named type: String, ID, Int, Boolean, DateTime, _Any, an enum's name, … */
  namedType: string;
  enumValues?: string[];
  nonNull: boolean;
  spec: FieldSpec;
  /** The operation's root field (or Type.field for nested arguments), where an `id` alone does not say what it names. */
  rootField: string;
}

export interface HostileValue {
  value: unknown;
  label: string;
}

/** Real ids of a second tenant (B), its customer (C) and its provider (P): never the prober's to touch. */
export interface OtherIds {
  tenantId: string;
  partnerId: string;
  userId: string;
  mpnId: string;
  requestId: string;
  relationshipId: string;
  linkId: string;
  customerId: string;
  providerId: string;
  notificationId: string;
}

const cursorOf = (position: unknown) => Buffer.from(JSON.stringify(position)).toString('base64url');
const short = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}…` : value);
const values = (pool: unknown[], labelOf: (value: unknown) => string = (v) => (typeof v === 'string' ? short(v) : JSON.stringify(v))) =>
  pool.map((value) => ({ value, label: labelOf(value) }));

const HTML = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '<svg/onload=alert(document.domain)>',
  '<a href="javascript:alert(1)">open</a>',
  "{{constructor.constructor('alert(1)')()}}",
  '</textarea><iframe src=//evil.example>',
];
const HTML_EMAIL = ['"<script>alert(1)</script>"@example.com', '<someone@example.com>', 'someone@example.com<script>', 'x@<svg onload=alert(1)>.com'];
const HTML_URL = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'https://example.com/"><script>alert(1)</script>'];

const CRLF = [
  'Hello\r\nBcc: victim@evil.example',
  'x\r\n\r\n<html>injected body</html>',
  'a%0d%0aSet-Cookie:%20session=evil',
  'line\nX-Injected: 1',
  '\r\n.\r\nMAIL FROM:<x@evil.example>\r\nRCPT TO:<y@evil.example>\r\n',
  'one\u2028two\u2029three',
  '\rLocation: https://evil.example',
];
const CRLF_EMAIL = [
  'someone@example.com\r\nBcc: victim@evil.example',
  'someone@example.com\nCc: a@evil.example',
  'some\r\none@example.com',
  'someone@example.com%0d%0aBcc:x@evil.example',
];
const CRLF_URL = ['https://example.com/\r\nSet-Cookie: x=y', 'https://example.com/%0d%0aLocation:%20https://evil.example'];

const SQL = [
  "' OR '1'='1",
  "'; DROP TABLE tenant; --",
  "1' UNION SELECT password_hash, email FROM user_account -- ",
  '" OR ""="',
  "admin'--",
  "' AND SLEEP(3) AND '1'='1",
  "%' OR 1=1 OR '%'='",
  "\\'; SELECT private_jwk FROM signing_key; --",
];
/** What MySQL's boolean-mode FULLTEXT parser chokes on. */
const FULLTEXT = ['"unterminated', '+*', '***', '@distance 3', '-cloud +(', '>< ~*', 'cloud" -"', 'a* OR 1=1)'];
// Each has a space, so none is an address (o'brien--@example.com would be one).
const SQL_EMAIL = ["' OR 1=1 --@example.com", "admin@example.com'; DROP TABLE user_account; --", "x@example.com' OR '1'='1"];

const ZERO_WIDTH_AND_BIDI = [
  'Contoso\u200b Ltd',
  '\u202eexe.pdf',
  'Ｃｏｎｔｏｓｏ',
  'Cоntoso',
  'Z\u0336\u0321a\u0334lgo',
  'lone \ud800 surrogate',
  'nul\u0000byte',
  '\ufeffBOM',
  '👨‍👩‍👧‍👦 family',
  'e\u0301\u0301\u0301',
];
const UNICODE_EMAIL = [
  'аdmin@example.com',
  'ad\u200bmin@example.com',
  'admin@exаmple.com',
  '\u202eadmin@example.com',
  'admin\u0000@example.com',
  'ＡＤＭＩＮ@example.com',
  'admin@example.com\u200d',
];
const UNICODE_DOMAIN = ['exаmple.com', 'exam\u200bple.com', 'example.com\u202e', 'ｅｘａｍｐｌｅ.com', 'example\u3002com'];
const UNICODE_COUNTRY = ['ＵＳ', 'U\u200bS', 'ՍՏ', '\u202eSU', 'us\u0000'];

function uuidVariants(rng: SeededRandom): string[] {
  const id = rng.uuid();
  return [
    '1',
    '-1',
    'null',
    '../../../etc/passwd',
    `${id.slice(0, 35)}g`,
    `{${id}}`,
    `${id}\n`,
    id.replace(/-/g, ''),
    'a'.repeat(36),
    '9'.repeat(40),
    '0x1',
    `${id},${rng.uuid()}`,
  ];
}

function unicodeIds(rng: SeededRandom): string[] {
  const id = rng.uuid();
  return [
    id.replace(/[a-f]/, 'а'),
    `${id.slice(0, 8)}\u200b${id.slice(8)}`,
    id.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))),
    `\u202e${id}`,
  ];
}

function tooLong(slot: Slot, rng: SeededRandom): HostileValue[] {
  const n = slot.spec.maxLength * 10;
  const label = `${n} characters (10x ${slot.spec.maxLength})`;
  switch (slot.spec.kind) {
    case 'email':
      return [{ value: `${'a'.repeat(64)}@${`${'b'.repeat(60)}.`.repeat(Math.ceil((n - 70) / 61))}com`, label }];
    case 'domain':
      return [{ value: `${`${'a'.repeat(60)}.`.repeat(Math.ceil(n / 61))}com`, label }];
    case 'id':
      return [{ value: Array.from({ length: 10 }, () => rng.uuid()).join(''), label: '10 UUIDs in one' }];
    case 'cursor':
      return [{ value: cursorOf(['2026-01-01T00:00:00.000Z', 'x'.repeat(n)]), label: `a cursor holding ${n} characters` }];
    default:
      return rng.next() < 0.5 ? [{ value: 'A'.repeat(n), label }] : [{ value: '😀'.repeat(n), label: `${n} four-byte characters` }];
  }
}

function wrongTypes(slot: Slot, rng: SeededRandom): HostileValue[] {
  const nullValue = slot.nonNull ? [{ value: null, label: 'null for a required value' }] : [];
  let pool: unknown[];
  switch (slot.namedType) {
    case 'String':
      pool = [42, true, { x: 1 }, ['a', 'b'], 1.5];
      if (slot.spec.kind === 'cursor') {
        // Right GraphQL type, wrong content: what a cursor decoder must refuse.
        pool.push(
          cursorOf(['not a date', 'x']),
          cursorOf([1e308, {}]),
          cursorOf({}),
          cursorOf([null, null]),
          'not base64 at all!',
          cursorOf(['2026-01-01T00:00:00.000Z']),
        );
      }
      break;
    case 'ID':
      pool = [true, 1.5, { id: 1 }, ['x', 'y']];
      break;
    case 'Int':
      pool = ['20', 1.5, true, 2 ** 31, -(2 ** 31) - 1, 'NaN', 1e21];
      break;
    case 'Float':
      pool = ['1', true, 'Infinity'];
      break;
    case 'Boolean':
      pool = ['true', 1, 'yes', []];
      break;
    case 'DateTime':
      pool = ['not a date', 1700000000000, '2026-13-45T25:61:61Z', {}, true, '2026-02-30'];
      break;
    case '_Any':
      pool = [
        'Tenant',
        1,
        {},
        { __typename: 1, id: rng.uuid() },
        { __typename: 'Tenant' },
        { __typename: '__proto__', id: rng.uuid() },
        { __typename: 'constructor', id: rng.uuid() },
        { __typename: 'NoSuchType', id: rng.uuid() },
        { __typename: 'Query' },
      ];
      break;
    default:
      if (slot.enumValues) {
        const first = slot.enumValues[0];
        pool = ['NOT_A_VALUE', first.toLowerCase(), 0, `${first} `, '__proto__', { [first]: true }];
      } else {
        // An input object.
        pool = ['x', 5, true, [[]]];
      }
  }
  return [...nullValue, ...values(rng.sample(pool, 2))];
}

/** The hostile values of one category for one slot (none where the category does not apply). */
export function hostileValues(category: ValueCategory, slot: Slot, rng: SeededRandom, others: OtherIds): HostileValue[] {
  const isString = slot.namedType === 'String' || slot.namedType === 'ID';
  const kind = slot.spec.kind;
  switch (category) {
    case 'wrongType':
      return wrongTypes(slot, rng);
    case 'nonUuid':
      return slot.namedType === 'ID' ? values(rng.sample(uuidVariants(rng), 2)) : [];
    case 'empty':
      if (isString) return values(slot.namedType === 'ID' ? [''] : ['', '   ']);
      if (slot.namedType === 'Int') return values([0]);
      return [];
    case 'tooLong':
      if (isString) return tooLong(slot, rng);
      if (slot.namedType === 'Int') return values(slot.name === 'first' ? [1000, 2 ** 31 - 1] : [2 ** 31 - 1, -1]);
      if (slot.namedType === 'DateTime') return values(['+099999-01-01T00:00:00.000Z', '0001-01-01T00:00:00.000Z', '-000001-01-01T00:00:00.000Z']);
      return [];
    case 'unicode':
      if (!isString) return [];
      if (kind === 'email') return values(rng.sample(UNICODE_EMAIL, 2));
      if (kind === 'domain') return values(rng.sample(UNICODE_DOMAIN, 2));
      if (kind === 'country') return values(rng.sample(UNICODE_COUNTRY, 2));
      if (kind === 'id') return values(rng.sample(unicodeIds(rng), 2));
      if (kind === 'cursor') return values([cursorOf(['\ud800', rng.uuid()]), cursorOf(['2026-01-01T00:00:00.000Z', `${rng.uuid()}\u200b`])]);
      return values(rng.sample(ZERO_WIDTH_AND_BIDI, 2));
    case 'html':
      if (!isString) return [];
      if (kind === 'email') return values(rng.sample(HTML_EMAIL, 1));
      if (kind === 'url') return values(rng.sample(HTML_URL, 2));
      if (kind === 'cursor') return values([cursorOf(['<script>alert(1)</script>', 'x'])]);
      return values(rng.sample(HTML, 1));
    case 'crlf':
      if (!isString) return [];
      if (kind === 'email') return values(rng.sample(CRLF_EMAIL, 2));
      if (kind === 'url') return values(rng.sample(CRLF_URL, 1));
      return values(rng.sample(CRLF, kind === 'freeText' ? 2 : 1));
    case 'sql':
      if (!isString) return [];
      if (kind === 'email') return values(rng.sample(SQL_EMAIL, 1));
      if (kind === 'search') return values([...rng.sample(SQL, 1), ...rng.sample(FULLTEXT, 2)]);
      if (kind === 'cursor')
        return values([cursorOf(["' OR 1=1 --", 'x']), cursorOf(['2026-01-01T00:00:00.000Z', "' OR '1'='1"]), cursorOf([{ $gt: '' }, null])]);
      return values(rng.sample(SQL, 2));
    case 'otherTenant': {
      const id = otherTenantId(slot.name, others, slot.rootField);
      return id ? [{ value: id, label: `another tenant's ${slot.name}` }] : [];
    }
  }
}

/** The other tenant's real id for an argument of this name; templates are shared by everyone, so they have none. */
export function otherTenantId(name: string, others: OtherIds, rootField?: string): string | undefined {
  switch (name) {
    case 'partnerId':
    case 'partnerIds':
      return others.partnerId;
    case 'providerId':
      return others.providerId;
    case 'customerId':
      return others.customerId;
    case 'userId':
      return others.userId;
    case 'requestId':
      return others.requestId;
    case 'relationshipId':
      return others.relationshipId;
    case 'linkId':
      return others.linkId;
    case 'mpnId':
      return others.mpnId;
    case 'id':
      if (rootField === 'partner') return others.partnerId;
      if (rootField === 'tenant') return others.tenantId;
      if (rootField === 'customer') return others.customerId;
      if (rootField === 'cancelRelationshipRequest') return others.requestId;
      return undefined;
    default:
      return undefined;
  }
}

/** Ids of the other tenant's entities, for `_entities` representations. */
export function otherEntityId(typename: string, others: OtherIds): string | undefined {
  const byType: Record<string, string> = {
    Tenant: others.tenantId,
    Customer: others.customerId,
    Partner: others.partnerId,
    User: others.userId,
    RelationshipRequest: others.requestId,
    Relationship: others.relationshipId,
    IndirectLink: others.linkId,
    Notification: others.notificationId,
  };
  return byType[typename];
}
