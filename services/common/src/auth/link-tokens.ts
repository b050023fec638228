import { createHash, randomBytes } from 'node:crypto';

/** An emailed link's secret: 32 random bytes; only its SHA-256 is ever stored (DESIGN §4). */
export function createLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
