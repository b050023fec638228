import { createTokenVerifier, KeyEncryption, TokenClaims, TokenVerifier } from '@channelgraph/common';
import { importJWK, JWK, JWTHeaderParameters, KeyLike, SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import { publishedKeys, signerAt } from '../domain/signing-keys';
import type { SigningKeyRow } from '../store/entities';
import { SigningKeyRepository } from '../store/signing-keys.repository';
import { ALGORITHM, generateSigningKey, openPrivateKey, publicJwkOf } from './signing-key-material';

export interface TokenSubject {
  userId: string;
  tenantId: string;
  partnerId?: string;
  roles: string[];
  mustChangePassword: boolean;
  /** The user's access version (common auth/revocations); absent on service tokens. */
  accessVersion?: number;
}

export interface TokenIssuerOptions {
  issuer: string;
  audience: string;
  /** Lifetime of a sign-in token. */
  ttlSeconds: number;
  /** Verifiers refuse anything older (JWT_MAX_AGE_SECONDS), so no token may be issued to live longer. */
  maxAgeSeconds: number;
}

/**
 * How stale this instance's view of the keys may get. A rotation is published ahead of its
 * take-over by more than this, so every instance switches signer at the same moment.
 */
const REFRESH_MS = 5000;
/** A token naming a key this instance has not seen makes it look again, at most this often. */
const UNKNOWN_KEY_REFRESH_MS = 1000;

/**
 * Signs sign-in tokens with the current Ed25519 key from enrollment's database (sealed there with
 * KEY_ENCRYPTION_KEY; the first is made on first start), and publishes the JWKS: the current key,
 * a key waiting to take over, and retired keys until the tokens they signed have expired
 * (domain/signing-keys). Keys made by `npm run rotate-keys` in another process are picked up here.
 */
export class TokenIssuer {
  private keys: SigningKeyRow[] = [];
  private loadedAt = 0;
  private reloading: Promise<void> | null = null;
  private readonly privateKeys = new Map<string, KeyLike | Uint8Array>();
  private readonly publicKeys = new Map<string, KeyLike | Uint8Array>();

  private constructor(
    private readonly store: SigningKeyRepository,
    private readonly encryption: KeyEncryption,
    private readonly options: TokenIssuerOptions,
  ) {}

  static async load(store: SigningKeyRepository, encryption: KeyEncryption, options: TokenIssuerOptions): Promise<TokenIssuer> {
    const issuer = new TokenIssuer(store, encryption, options);
    await issuer.reload();
    if (issuer.keys.length === 0) {
      // Instances starting together on an empty database all get here; the unique generation lets one key in.
      await store.insert(await generateSigningKey(encryption, 1, new Date()));
      await issuer.reload();
    }
    // Open every key now, so that a wrong KEY_ENCRYPTION_KEY stops start-up rather than the first sign-in.
    for (const row of issuer.keys) await issuer.privateKeyOf(row);
    return issuer;
  }

  async issue(subject: TokenSubject, ttlSeconds: number = this.options.ttlSeconds): Promise<string> {
    if (ttlSeconds > this.options.maxAgeSeconds) throw new Error(`A token may live at most JWT_MAX_AGE_SECONDS (${this.options.maxAgeSeconds} s).`);
    const keys = await this.currentKeys();
    const signer = signerAt(keys, new Date());
    if (!signer) throw new Error('enrollment has no signing key');
    const privateKey = await this.privateKeyOf(signer);
    const issuedAt = Math.floor(Date.now() / 1000);
    const expiresAt = issuedAt + ttlSeconds;
    // Longer than a sign-in (a service token): its key must stay in the JWKS until this one expires too.
    if (ttlSeconds > this.options.ttlSeconds) await this.store.extendTokensValidUntil(signer.kid, new Date(expiresAt * 1000));
    const claims: Omit<TokenClaims, 'sub'> = {
      tid: subject.tenantId,
      roles: subject.roles,
      ...(subject.partnerId ? { pid: subject.partnerId } : {}),
      ...(subject.mustChangePassword ? { pwc: true } : {}),
      ...(subject.accessVersion ? { av: subject.accessVersion } : {}),
    };
    return new SignJWT(claims)
      .setProtectedHeader({ alg: ALGORITHM, kid: signer.kid })
      .setSubject(subject.userId)
      .setIssuer(this.options.issuer)
      .setAudience(this.options.audience)
      .setIssuedAt(issuedAt)
      .setJti(randomUUID())
      .setExpirationTime(expiresAt)
      .sign(privateKey);
  }

  /** The longest lifetime `issue` accepts. */
  get maxLifetimeSeconds(): number {
    return this.options.maxAgeSeconds;
  }

  async jwks(): Promise<{ keys: JWK[] }> {
    return { keys: this.published(await this.currentKeys()).map(publicJwkOf) };
  }

  /** Enrollment verifies its own tokens without a network round trip, against the keys it publishes. */
  verifier(): TokenVerifier {
    const { issuer, audience, maxAgeSeconds } = this.options;
    return createTokenVerifier((header: JWTHeaderParameters) => this.verificationKey(header.kid), { issuer, audience, maxAgeSeconds });
  }

  private published(keys: SigningKeyRow[]): SigningKeyRow[] {
    return publishedKeys(keys, new Date(), this.options.ttlSeconds);
  }

  private async verificationKey(kid: string | undefined): Promise<KeyLike | Uint8Array> {
    if (!kid) throw new Error('the token names no key');
    const find = (keys: SigningKeyRow[]) => this.published(keys).find((key) => key.kid === kid);
    let row = find(await this.currentKeys());
    if (!row && Date.now() - this.loadedAt >= UNKNOWN_KEY_REFRESH_MS) {
      await this.reload();
      row = find(this.keys);
    }
    if (!row) throw new Error(`no published key ${kid}`);
    let key = this.publicKeys.get(kid);
    if (!key) {
      key = await importJWK(publicJwkOf(row), ALGORITHM);
      this.publicKeys.set(kid, key);
    }
    return key;
  }

  private async privateKeyOf(row: SigningKeyRow): Promise<KeyLike | Uint8Array> {
    let key = this.privateKeys.get(row.kid);
    if (!key) {
      key = await openPrivateKey(this.encryption, row);
      this.privateKeys.set(row.kid, key);
    }
    return key;
  }

  /** The keys as of at most REFRESH_MS ago; if the database does not answer, the last ones seen. */
  private async currentKeys(): Promise<SigningKeyRow[]> {
    if (Date.now() - this.loadedAt >= REFRESH_MS) {
      try {
        await this.reload();
      } catch (error) {
        if (this.keys.length === 0) throw error;
      }
    }
    return this.keys;
  }

  private reload(): Promise<void> {
    this.reloading ??= this.store
      .all()
      .then((keys) => {
        this.keys = keys;
        this.loadedAt = Date.now();
        for (const kid of [...this.privateKeys.keys()]) if (!keys.some((key) => key.kid === kid)) this.privateKeys.delete(kid);
      })
      .finally(() => {
        this.reloading = null;
      });
    return this.reloading;
  }
}
