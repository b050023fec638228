import { createTokenVerifier, TokenClaims, TokenVerifier } from '@channelgraph/common';
import { createLocalJWKSet, exportJWK, generateKeyPair, importJWK, JWK, KeyLike, SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { signingKeyEntity } from '../store/entities';

const ALGORITHM = 'EdDSA';

export interface TokenIssuerOptions {
  issuer: string;
  audience: string;
  /** Lifetime of a sign-in token. */
  ttlSeconds: number;
  /** Verifiers refuse anything older (JWT_MAX_AGE_SECONDS), so no token may be issued to live longer. */
  maxAgeSeconds: number;
}

export interface TokenSubject {
  userId: string;
  tenantId: string;
  partnerId?: string;
  roles: string[];
  mustChangePassword: boolean;
  /** The user's access version (common auth/revocations); absent on service tokens. */
  accessVersion?: number;
}

/**
 * Signs sign-in tokens with an Ed25519 key kept in enrollment's database
 * (created on first start), and publishes the public keys as a JWKS.
 */
export class TokenIssuer {
  private constructor(
    private readonly kid: string,
    private readonly privateKey: KeyLike | Uint8Array,
    private readonly publicJwks: JWK[],
    private readonly options: TokenIssuerOptions,
  ) {}

  static async load(dataSource: DataSource, options: TokenIssuerOptions): Promise<TokenIssuer> {
    const repository = dataSource.getRepository(signingKeyEntity);
    let keys = await repository.find({ order: { createdAt: 'DESC' } });
    if (keys.length === 0) {
      const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { crv: 'Ed25519', extractable: true });
      const kid = randomUUID();
      await repository.insert({
        kid,
        privateJwk: JSON.stringify(await exportJWK(privateKey)),
        publicJwk: JSON.stringify({ ...(await exportJWK(publicKey)), kid, alg: ALGORITHM, use: 'sig' }),
        createdAt: new Date(),
      });
      keys = await repository.find({ order: { createdAt: 'DESC' } });
    }
    const newest = keys[0];
    const privateKey = await importJWK(JSON.parse(newest.privateJwk), ALGORITHM);
    return new TokenIssuer(newest.kid, privateKey, keys.map((key) => JSON.parse(key.publicJwk) as JWK), options);
  }

  async issue(subject: TokenSubject, ttlSeconds: number = this.options.ttlSeconds): Promise<string> {
    if (ttlSeconds > this.options.maxAgeSeconds) throw new Error(`A token may live at most JWT_MAX_AGE_SECONDS (${this.options.maxAgeSeconds} s).`);
    const claims: Omit<TokenClaims, 'sub'> = {
      tid: subject.tenantId,
      roles: subject.roles,
      ...(subject.partnerId ? { pid: subject.partnerId } : {}),
      ...(subject.mustChangePassword ? { pwc: true } : {}),
      ...(subject.accessVersion ? { av: subject.accessVersion } : {}),
    };
    return new SignJWT(claims)
      .setProtectedHeader({ alg: ALGORITHM, kid: this.kid })
      .setSubject(subject.userId)
      .setIssuer(this.options.issuer)
      .setAudience(this.options.audience)
      .setIssuedAt()
      .setJti(randomUUID())
      .setExpirationTime(`${ttlSeconds}s`)
      .sign(this.privateKey);
  }

  /** The longest lifetime `issue` accepts. */
  get maxLifetimeSeconds(): number {
    return this.options.maxAgeSeconds;
  }

  jwks(): { keys: JWK[] } {
    return { keys: this.publicJwks };
  }

  /** Enrollment verifies its own tokens without a network round trip. */
  verifier(): TokenVerifier {
    const { issuer, audience, maxAgeSeconds } = this.options;
    return createTokenVerifier(createLocalJWKSet(this.jwks()), { issuer, audience, maxAgeSeconds });
  }
}
