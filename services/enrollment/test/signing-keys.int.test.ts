import { createDataSource, KeyEncryption, openDatabase, recreateTestDatabase, remoteTokenVerifier, tokenVerifierOptionsOf } from '@channelgraph/common';
import { decodeProtectedHeader, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { randomBytes, randomUUID } from 'node:crypto';
import { isolatedEnv } from '../../../test/support/stack';
import { TokenIssuer } from '../src/auth/token-issuer';
import { rotateKeys } from '../src/bin/rotate-keys';
import { EnrollmentConfig, loadEnrollmentConfig } from '../src/config';
import { startEnrollment } from '../src/main';
import { migrations } from '../src/store/migrations';
import { SigningKeyRepository } from '../src/store/signing-keys.repository';

type Enrollment = Awaited<ReturnType<typeof startEnrollment>>;

const subject = { userId: randomUUID(), tenantId: randomUUID(), roles: ['GLOBAL_ADMIN'], mustChangePassword: false };
const kidOf = (token: string) => decodeProtectedHeader(token).kid;
const baseOf = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '');

async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 10000): Promise<T> {
  for (const deadline = Date.now() + timeoutMs; ;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('token-signing keys in enrollment’s database (real MySQL)', () => {
  const running: Enrollment[] = [];
  let config: EnrollmentConfig;

  const configWith = (overrides: Record<string, string> = {}) => loadEnrollmentConfig(isolatedEnv('signingkeys', overrides));
  async function start(withConfig = config): Promise<Enrollment> {
    const service = await startEnrollment(withConfig);
    running.push(service);
    return service;
  }
  const query = (service: Enrollment, sql: string, parameters: unknown[] = []) => service.platform.dataSource.query(sql, parameters);
  const jwksKids = async (service: Enrollment) => {
    const response = await fetch(`${baseOf(service.server.url)}/.well-known/jwks.json`);
    return ((await response.json()) as { keys: Array<{ kid: string; d?: string }> }).keys;
  };

  beforeEach(async () => {
    config = configWith({ TOKEN_TTL_SECONDS: '60', SIGNING_KEY_PUBLISH_AHEAD_SECONDS: '1' });
    await recreateTestDatabase(config.MYSQL_URL, config.ENROLLMENT_DATABASE);
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((service) => service.platform.stop()));
  });

  it('keeps the private key only encrypted, and publishes only its public half', async () => {
    const service = await start();
    const rows: Array<Record<string, string>> = await query(service, 'SELECT * FROM signing_key');
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0])).not.toContain('private_jwk');
    expect(rows[0].sealed_private_jwk).toMatch(/^v1\./);
    expect(rows[0].sealed_private_jwk).not.toMatch(/"d"/);
    const published = await jwksKids(service);
    expect(published.map((key) => key.kid)).toEqual([rows[0].kid]);
    expect(published[0].d).toBeUndefined();
    const token = await service.tokens.issue(subject);
    await expect(service.tokens.verifier().verify(token)).resolves.toMatchObject({ userId: subject.userId });
  });

  it('refuses to start with another KEY_ENCRYPTION_KEY, saying so in a sentence', async () => {
    const first = await start();
    await first.platform.stop();
    running.splice(0);
    const otherKey = configWith({ KEY_ENCRYPTION_KEY: randomBytes(32).toString('base64') });
    await expect(startEnrollment(otherKey)).rejects.toThrow(
      /^KEY_ENCRYPTION_KEY cannot decrypt the token-signing key .+ \(it was sealed with the key whose fingerprint is [0-9a-f]{8}, and this KEY_ENCRYPTION_KEY's is [0-9a-f]{8}\)\. Set KEY_ENCRYPTION_KEY to the key this database was started with\.$/,
    );
    await expect(rotateKeys(otherKey)).rejects.toThrow(/^KEY_ENCRYPTION_KEY cannot decrypt/);
    const probe = await start();
    expect(await query(probe, 'SELECT kid FROM signing_key')).toHaveLength(1);
  });

  it('encrypts a plain key left by an earlier version, which goes on signing and verifying', async () => {
    // The database as the previous release left it: every migration before the sealing one, and a plain JWK.
    const earlier = await openDatabase(createDataSource({ mysqlUrl: config.MYSQL_URL, database: config.ENROLLMENT_DATABASE, entities: [], migrations }));
    const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const kid = randomUUID();
    await earlier.query('INSERT INTO signing_key (kid, private_jwk, public_jwk, created_at) VALUES (?, ?, ?, NOW(3))', [
      kid,
      JSON.stringify(await exportJWK(privateKey)),
      JSON.stringify({ ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' }),
    ]);
    await earlier.destroy();
    const before = await new SignJWT({ tid: subject.tenantId, roles: [] })
      .setProtectedHeader({ alg: 'EdDSA', kid })
      .setSubject(subject.userId)
      .setIssuer(config.JWT_ISSUER)
      .setAudience(config.JWT_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('1m')
      .sign(privateKey);

    const service = await start();

    const [row] = await query(service, 'SELECT * FROM signing_key');
    expect(row).toMatchObject({ kid, generation: 1 });
    expect(row).not.toHaveProperty('private_jwk');
    expect(KeyEncryption.fromSetting(config.KEY_ENCRYPTION_KEY).open(row.sealed_private_jwk, kid, 'the key')).toContain('"d"');
    await expect(service.tokens.verifier().verify(before)).resolves.toMatchObject({ userId: subject.userId });
    expect(kidOf(await service.tokens.issue(subject))).toBe(kid);
  });

  it('rotates: the new key is published first and then signs; the old one verifies its tokens until they expire, then leaves the JWKS', async () => {
    const service = await start();
    const oldToken = await service.tokens.issue(subject);
    const oldKid = kidOf(oldToken)!;
    // A service token outlives sign-in tokens: its key must stay published as long.
    await service.tokens.issue({ ...subject, roles: ['SERVICE'] }, 7200);

    const report = await rotateKeys(config);
    const [newKey] = await query(service, 'SELECT kid FROM signing_key WHERE generation = 2');
    expect(report[0]).toContain(`New signing key ${newKey.kid} (generation 2)`);
    expect(report[1]).toMatch(new RegExp(`Key ${oldKid} signs until then and keeps verifying the tokens it signed until (\\S+), when it leaves the JWKS`));
    const verifiableUntil = new Date(/until (\S+), when/.exec(report[1])![1]);
    expect(verifiableUntil.getTime()).toBeGreaterThan(Date.now() + 7000 * 1000);

    // The running instance sees the new key within seconds; until then, and until it takes over, the old key signs.
    const seen = await eventually(async () => {
      const published = (await jwksKids(service)).map((key) => key.kid);
      return published.includes(newKey.kid) ? published : undefined;
    });
    expect(seen.sort()).toEqual([oldKid, newKey.kid].sort());
    const newToken = await eventually(async () => {
      const token = await service.tokens.issue(subject);
      return kidOf(token) === newKey.kid ? token : undefined;
    });

    // Both verify, in enrollment and from its JWKS, as the gateway and the other subgraphs do.
    const remote = remoteTokenVerifier(`${baseOf(service.server.url)}/.well-known/jwks.json`, tokenVerifierOptionsOf(config));
    for (const token of [oldToken, newToken]) {
      await expect(service.tokens.verifier().verify(token)).resolves.toMatchObject({ userId: subject.userId });
      await expect(remote.verify(token)).resolves.toMatchObject({ userId: subject.userId });
    }

    // Three hours on (the take-over moved back), every token of the old key has expired: it leaves the JWKS and is deleted.
    await query(service, 'UPDATE signing_key SET signs_from = ? WHERE generation = 2', [new Date(Date.now() - 3 * 3600 * 1000)]);
    await query(service, 'UPDATE signing_key SET tokens_valid_until = ? WHERE generation = 1', [new Date(Date.now() - 3600 * 1000)]);
    const later = await TokenIssuer.load(new SigningKeyRepository(service.platform.dataSource), KeyEncryption.fromSetting(config.KEY_ENCRYPTION_KEY), {
      ...tokenVerifierOptionsOf(config),
      ttlSeconds: config.TOKEN_TTL_SECONDS,
    });
    expect((await later.jwks()).keys.map((key) => key.kid)).toEqual([newKey.kid]);
    await expect(later.verifier().verify(oldToken)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const next = await rotateKeys(config);
    expect(next[2]).toBe(`Deleted 1 key(s) whose tokens have all expired: ${oldKid}.`);
    expect((await query(service, 'SELECT generation FROM signing_key ORDER BY generation')).map((row: { generation: number }) => row.generation)).toEqual([
      2, 3,
    ]);
  });

  it('creates one key, and one operator, when two instances start at the same moment on an empty database', async () => {
    const [a, b] = await Promise.all([start(), start()]);
    expect(await query(a, 'SELECT kid FROM signing_key')).toHaveLength(1);
    expect(await query(a, 'SELECT id FROM user_account WHERE email = ?', [config.OPERATOR_EMAIL])).toHaveLength(1);
    expect(await jwksKids(a)).toEqual(await jwksKids(b));
    await expect(b.tokens.verifier().verify(await a.tokens.issue(subject))).resolves.toMatchObject({ userId: subject.userId });
    await expect(a.tokens.verifier().verify(await b.tokens.issue(subject))).resolves.toMatchObject({ userId: subject.userId });
  });
});
