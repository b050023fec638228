import { createLocalJWKSet, exportJWK, generateKeyPair, JWTHeaderParameters, KeyLike, SignJWT } from 'jose';
import { createHmac } from 'node:crypto';
import { createTokenVerifier, TokenVerifier } from '../src';

const OPTIONS = { issuer: 'channelgraph', audience: 'channelgraph', maxAgeSeconds: 86400 };
const now = () => Math.floor(Date.now() / 1000);
const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('verifying sign-in tokens', () => {
  let privateKey: KeyLike;
  let publicKeyBytes: Uint8Array;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    const pair = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'EdDSA' };
    publicKeyBytes = Buffer.from(jwk.x!, 'base64url');
    verifier = createTokenVerifier(createLocalJWKSet({ keys: [jwk] }), OPTIONS);
  });

  const claims = { tid: 'tenant', roles: ['GLOBAL_ADMIN'] };
  const signed = (build: (jwt: SignJWT) => SignJWT = (jwt) => jwt) =>
    build(
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'EdDSA', kid: 'k1' })
        .setSubject('user')
        .setIssuer('channelgraph')
        .setAudience('channelgraph')
        .setIssuedAt()
        .setExpirationTime('1h'),
    ).sign(privateKey);

  async function refusal(token: string, against: TokenVerifier = verifier) {
    const error = await against.verify(token).then(
      () => undefined,
      (failure: { extensions?: { code?: string } }) => failure,
    );
    return error?.extensions?.code;
  }

  it('accepts a token enrollment signed', async () => {
    await expect(verifier.verify(await signed())).resolves.toMatchObject({ userId: 'user', tenantId: 'tenant' });
  });

  it('refuses an unsigned token (alg: none)', async () => {
    const payload = { ...claims, sub: 'user', iss: 'channelgraph', aud: 'channelgraph', iat: now(), exp: now() + 3600 };
    expect(await refusal(`${base64url({ alg: 'none', kid: 'k1' })}.${base64url(payload)}.`)).toBe('UNAUTHENTICATED');
  });

  it('refuses an HS256 token keyed with the public key, even from a key source that would hand that key out', async () => {
    const payload = { ...claims, sub: 'user', iss: 'channelgraph', aud: 'channelgraph', iat: now(), exp: now() + 3600 };
    const unsigned = `${base64url({ alg: 'HS256', kid: 'k1' })}.${base64url(payload)}`;
    const forged = `${unsigned}.${createHmac('sha256', publicKeyBytes).update(unsigned).digest('base64url')}`;
    // The classic confusion: a key lookup that answers with the public key's bytes for whatever algorithm is asked.
    const naive = createTokenVerifier((header: JWTHeaderParameters) => (header.alg === 'HS256' ? publicKeyBytes : privateKey), OPTIONS);
    expect(await refusal(forged, naive)).toBe('UNAUTHENTICATED');
    expect(await refusal(forged)).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired token', async () => {
    expect(await refusal(await signed((jwt) => jwt.setIssuedAt(now() - 7200).setExpirationTime(now() - 3600)))).toBe('UNAUTHENTICATED');
  });

  it('refuses a token for another audience or from another issuer', async () => {
    expect(await refusal(await signed((jwt) => jwt.setAudience('someone-else')))).toBe('UNAUTHENTICATED');
    expect(await refusal(await signed((jwt) => jwt.setIssuer('someone-else')))).toBe('UNAUTHENTICATED');
  });

  it('refuses a token issued longer ago than the maximum age, whatever its expiry says', async () => {
    expect(await refusal(await signed((jwt) => jwt.setIssuedAt(now() - OPTIONS.maxAgeSeconds - 120).setExpirationTime(now() + 3600)))).toBe('UNAUTHENTICATED');
  });

  it('refuses a token without an expiry or an issue time', async () => {
    const payload = { ...claims, sub: 'user', iss: 'channelgraph', aud: 'channelgraph' };
    const withoutExpiry = await new SignJWT({ ...payload, iat: now() }).setProtectedHeader({ alg: 'EdDSA', kid: 'k1' }).sign(privateKey);
    const withoutIssueTime = await new SignJWT({ ...payload, exp: now() + 3600 }).setProtectedHeader({ alg: 'EdDSA', kid: 'k1' }).sign(privateKey);
    expect(await refusal(withoutExpiry)).toBe('UNAUTHENTICATED');
    expect(await refusal(withoutIssueTime)).toBe('UNAUTHENTICATED');
  });
});
