import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createHmac } from 'node:crypto';
import type { TokenCategory } from './categories';
import type { RealSigningKeys } from './signing-keys';
import type { Stack } from '../support/stack';

/** An Authorization header a subgraph and the gateway must refuse with UNAUTHENTICATED. */
export interface HostileToken {
  category: TokenCategory;
  label: string;
  authorization: string;
}

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

/** What the prober's real token claims, to copy into forgeries. */
function claimsOf(token: string) {
  const [header, payload] = token.split('.');
  return {
    header: decode(header) as { alg: string; kid: string },
    payload: decode(payload) as Record<string, unknown> & { sub: string; tid: string; pid?: string; roles: string[]; av?: number; iss: string; aud: string },
  };
}

/**
 * Expired, forged, wrong-audience, `alg: none` and garbage tokens, made from
 * tenant A's real token. The forgeries claim the most they could: the other
 * tenant and the platform operator's role.
 */
export async function hostileTokens(
  stack: Stack,
  keys: RealSigningKeys,
  ownToken: string,
  otherTenant: { tenantId: string; partnerId: string },
): Promise<HostileToken[]> {
  const { header, payload } = claimsOf(ownToken);
  const now = Math.floor(Date.now() / 1000);
  const powerful = {
    ...payload,
    tid: otherTenant.tenantId,
    pid: otherTenant.partnerId,
    roles: ['GLOBAL_ADMIN', 'ADMIN_AGENT', 'PLATFORM_OPERATOR'],
    iat: now,
    exp: now + 3600,
  };
  const bearer = (token: string) => `Bearer ${token}`;
  const tokens: HostileToken[] = [];
  const add = (category: TokenCategory, label: string, authorization: string) => tokens.push({ category, label, authorization });

  // Signed with the real key, claims changed: A's own identity, but not a token the platform issued for this use.
  const realKey = keys.privateKey(header.kid);
  const signReal = (claims: Record<string, unknown>) => new SignJWT(claims).setProtectedHeader({ alg: 'EdDSA', kid: header.kid }).sign(realKey);
  const fresh = { ...payload, iat: now, exp: now + 600 };
  add('tokenExpired', 'the real key, expired a minute ago', bearer(await signReal({ ...payload, iat: now - 3660, exp: now - 60 })));
  add('tokenExpired', 'the real key, expired a year ago', bearer(await signReal({ ...payload, iat: now - 366 * 86400, exp: now - 365 * 86400 })));
  add('tokenExpired', 'the real key, not valid until next year (nbf)', bearer(await signReal({ ...fresh, nbf: now + 365 * 86400 })));
  add(
    'tokenExpired',
    'the real key, issued a year ago and valid for ten (beyond the maximum age)',
    bearer(await signReal({ ...payload, iat: now - 365 * 86400, exp: now + 9 * 365 * 86400 })),
  );
  add('tokenWrongAudience', 'the real key, another audience', bearer(await signReal({ ...fresh, aud: 'another-system' })));
  add('tokenWrongAudience', 'the real key, an audience list without ours', bearer(await signReal({ ...fresh, aud: ['another-system', 'yet-another'] })));
  add('tokenWrongAudience', 'the real key, no audience', bearer(await signReal({ ...fresh, aud: undefined })));
  add('tokenWrongAudience', 'the real key, another issuer', bearer(await signReal({ ...fresh, iss: 'https://issuer.evil.example' })));

  // Forged: signed with a key that is not the platform's, or not signed as the header says.
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const sign = (claims: Record<string, unknown>, protectedHeader: Record<string, unknown>) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'EdDSA', ...protectedHeader }).sign(privateKey);
  add('tokenForged', "another key under the real key's kid", bearer(await sign(powerful, { kid: header.kid })));
  add('tokenForged', 'another key embedded in the header (jwk)', bearer(await sign(powerful, { jwk: await exportJWK(publicKey) })));
  add(
    'tokenForged',
    'a kid that is a path, and a jku elsewhere',
    bearer(await sign(powerful, { kid: '../../../dev/null', jku: 'https://keys.evil.example/jwks.json' })),
  );
  const publicKeys = await stack.enrollment.tokens.jwks();
  const jwks = JSON.stringify(publicKeys);
  const hmac = (secret: string) => {
    const signingInput = `${b64({ alg: 'HS256', kid: header.kid })}.${b64(powerful)}`;
    return `${signingInput}.${createHmac('sha256', secret).update(signingInput).digest('base64url')}`;
  };
  add('tokenForged', 'HS256 keyed with the public JWKS (algorithm confusion)', bearer(hmac(jwks)));
  add('tokenForged', "HS256 keyed with the public key's x", bearer(hmac(String(publicKeys.keys[0].x))));
  const [ownHeader, , ownSignature] = ownToken.split('.');
  add('tokenForged', "the real token's signature on more powerful claims", bearer(`${ownHeader}.${b64(powerful)}.${ownSignature}`));
  add('tokenForged', 'the real token without its signature', bearer(`${ownHeader}.${ownToken.split('.')[1]}.`));

  // alg: none.
  add('tokenAlgNone', 'alg none', bearer(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(powerful)}.`));
  add('tokenAlgNone', 'alg None with the real kid', bearer(`${b64({ alg: 'None', kid: header.kid })}.${b64(powerful)}.`));
  add('tokenAlgNone', "alg nOnE carrying the real token's signature", bearer(`${b64({ alg: 'nOnE' })}.${b64(powerful)}.${ownSignature}`));

  // Garbage.
  add('tokenGarbage', 'Bearer and nothing', 'Bearer');
  add('tokenGarbage', 'not a JWT', 'Bearer not-a-jwt');
  add('tokenGarbage', 'three empty-ish parts', 'Bearer a.b.c');
  add('tokenGarbage', 'an 8 kB token', bearer('x'.repeat(8192)));
  add('tokenGarbage', 'Basic credentials', `Basic ${Buffer.from('admin:admin').toString('base64')}`);
  add('tokenGarbage', 'two tokens', `Bearer ${ownToken} ${ownToken}`);
  add('tokenGarbage', 'JSON that does not parse', bearer(`${b64('{"alg":"EdDSA"')}.${b64('{"sub":')}.c2ln`));
  add('tokenGarbage', 'another scheme name', `Token ${ownToken}`);
  add('tokenGarbage', 'claims of the wrong types', bearer(`${b64({ alg: 'none' })}.${b64({ sub: 5, tid: ['x'], roles: 'PLATFORM_OPERATOR', exp: 'never' })}.`));
  return tokens;
}
