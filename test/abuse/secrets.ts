/** Secrets setup created, looked for verbatim. */
export interface KnownSecrets {
  passwords: string[];
  linkTokens: string[];
  privateKey: string[];
  /** Another tenant's private data (its users' addresses): fine in logs, never in a response to tenant A. */
  foreignData: string[];
}

interface Pattern {
  what: string;
  pattern: RegExp;
}

/** Shapes of secrets nobody set up by name: any token, hash, key or SQL statement. */
const SHAPES: Pattern[] = [
  { what: 'a JWT', pattern: /eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,}/g },
  { what: 'a link token in a URL', pattern: /[?&]token=[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g },
  { what: 'a link token in a field', pattern: /"(?:token|invitationToken|verificationToken|linkToken)"\s*:\s*"[A-Za-z0-9_-]{43}"/g },
  { what: 'a password hash', pattern: /scrypt\$\d+\$\d+\$\d+\$/g },
  { what: 'a temporary password', pattern: /"temporaryPassword"\s*:\s*"[^"]+"/g },
  { what: 'private key material', pattern: /"d"\s*:\s*"[A-Za-z0-9_-]{40,}"|-----BEGIN [A-Z ]*PRIVATE KEY-----|private_?jwk/gi },
  {
    what: 'SQL text',
    pattern: /\bSELECT\s+(?:`|\*|DISTINCT\b|COUNT\s*\(|`?\w+`?\.`?\w+)|\bINSERT\s+INTO\b|\bUPDATE\s+`\w+`\s+SET\b|\bDELETE\s+FROM\b|\bFROM\s+`\w+`/gi,
  },
  { what: 'a database error', pattern: /\bER_[A-Z_]{3,}\b|\bsqlMessage\b|\bsqlState\b|SQL syntax|QueryFailedError|Duplicate entry/g },
];

/** The forms an input can take when a service quotes it back: as sent, JSON-escaped, trimmed, folded, lower-cased. */
function echoForms(value: string): string[] {
  const escaped = JSON.stringify(value).slice(1, -1);
  const folded = value.trim().replace(/\s+/g, ' ');
  return [value, escaped, value.trim(), folded, value.toLowerCase(), folded.toLowerCase(), escaped.toLowerCase()];
}

/** Every string inside a JSON value, keys included. */
export function stringsIn(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) value.forEach((item) => stringsIn(item, into));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      into.push(key);
      stringsIn(inner, into);
    }
  }
  return into;
}

/**
 * Removes what the request itself sent: a service quoting a hostile input
 * back ("'; DROP TABLE…' is not a valid email address") leaks nothing.
 */
export function withoutEchoes(text: string, sent: Iterable<string>): string {
  const forms = [...new Set([...sent].flatMap(echoForms))].filter((form) => form.length >= 4).sort((x, y) => y.length - x.length);
  let result = text;
  for (const form of forms) if (result.includes(form)) result = result.split(form).join(' ');
  return result;
}

/** What kinds of secret a text holds (after echoes are removed); `allowed` are strings the reader may see, e.g. its own token. */
export function secretsIn(text: string, known: KnownSecrets, options: { allowed?: string[]; foreign: boolean }): string[] {
  let scanned = text;
  for (const allowed of options.allowed ?? []) if (allowed.length > 0) scanned = scanned.split(allowed).join(' ');
  const found = new Set<string>();
  const lower = scanned.toLowerCase();
  if (known.passwords.some((password) => scanned.includes(password))) found.add('a password');
  if (known.linkTokens.some((token) => scanned.includes(token))) found.add('a link token of setup');
  if (known.privateKey.some((key) => scanned.includes(key))) found.add('the signing key');
  if (options.foreign) for (const data of known.foreignData) if (lower.includes(data.toLowerCase())) found.add(`another tenant's private data (${data})`);
  for (const { what, pattern } of SHAPES) {
    pattern.lastIndex = 0;
    const match = pattern.exec(scanned);
    if (match) found.add(`${what}: ${match[0].slice(0, 60)}`);
  }
  return [...found];
}
