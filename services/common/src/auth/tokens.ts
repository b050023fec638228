import { createRemoteJWKSet, JWTPayload, jwtVerify, JWTVerifyGetKey, JWTVerifyOptions, KeyLike } from 'jose';
import type { Principal } from '../context';
import { unauthenticated } from '../errors';

/** Claims of a channelgraph sign-in token beyond the registered ones. */
export interface TokenClaims extends JWTPayload {
  /** tenant id */
  tid: string;
  /** partner id, for users of an enrolled partner's tenant */
  pid?: string;
  roles: string[];
  /** true while the user holds a temporary password */
  pwc?: boolean;
  /** the user's access version at issue (auth/revocations) */
  av?: number;
}

export interface TokenVerifier {
  verify(token: string): Promise<Principal>;
}

export interface VerifierOptions {
  issuer: string;
  audience: string;
  /** Oldest `iat` accepted, in seconds, whatever the token's `exp` says (JWT_MAX_AGE_SECONDS). */
  maxAgeSeconds: number;
}

/** Enrollment signs with Ed25519 only; pinning it refuses `none`, and HMAC tokens keyed with a public key. */
const ALGORITHMS = ['EdDSA'];
/** Clocks of the machines issuing and verifying differ a little: a token issued "in the future" by a second still counts. */
const CLOCK_TOLERANCE_SECONDS = 30;

function verifyOptionsOf(options: VerifierOptions): JWTVerifyOptions {
  return {
    algorithms: ALGORITHMS,
    issuer: options.issuer,
    audience: options.audience,
    maxTokenAge: options.maxAgeSeconds,
    requiredClaims: ['sub', 'iat', 'exp'],
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
  };
}

export function principalFromClaims(claims: TokenClaims): Principal {
  if (!claims.sub || typeof claims.tid !== 'string' || !Array.isArray(claims.roles)) {
    throw unauthenticated('Your sign-in token is missing required claims; sign in again.');
  }
  return {
    userId: claims.sub,
    tenantId: claims.tid,
    partnerId: claims.pid,
    roles: claims.roles.filter((role): role is string => typeof role === 'string'),
    mustChangePassword: claims.pwc === true,
    accessVersion: typeof claims.av === 'number' ? claims.av : 0,
  };
}

/**
 * Verifies tokens against a key source: a remote JWKS (gateway, other subgraphs) or local keys (enrollment).
 * A token already verified is remembered until it expires (at most a minute), since a front end sends the
 * same token with every request and the gateway and a subgraph both check it.
 */
export function createTokenVerifier(keys: JWTVerifyGetKey | KeyLike, options: VerifierOptions, cache = new VerifiedTokenCache()): TokenVerifier {
  const verifyOptions = verifyOptionsOf(options);
  return {
    async verify(token) {
      const remembered = cache.get(token);
      if (remembered) return remembered;
      let payload: JWTPayload;
      try {
        ({ payload } = typeof keys === 'function' ? await jwtVerify(token, keys, verifyOptions) : await jwtVerify(token, keys, verifyOptions));
      } catch (error) {
        const expired = (error as { code?: string }).code === 'ERR_JWT_EXPIRED';
        throw unauthenticated(expired ? 'Your sign-in has expired; sign in again.' : 'Your sign-in token is not valid; sign in again.');
      }
      const principal = principalFromClaims(payload as TokenClaims);
      cache.set(token, principal, (payload.exp ?? 0) * 1000);
      return principal;
    },
  };
}

/** Verified tokens, bounded in count and age; an entry never outlives its token. */
export class VerifiedTokenCache {
  private readonly entries = new Map<string, { principal: Principal; until: number }>();

  constructor(
    private readonly maxEntries = 10000,
    private readonly maxAgeMs = 60000,
  ) {}

  get(token: string): Principal | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.until > Date.now()) return entry.principal;
    this.entries.delete(token);
    return undefined;
  }

  set(token: string, principal: Principal, expiresAtMs: number): void {
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(token, { principal, until: Math.min(Date.now() + this.maxAgeMs, expiresAtMs) });
  }
}

export function remoteTokenVerifier(jwksUrl: string, options: VerifierOptions): TokenVerifier {
  return createTokenVerifier(createRemoteJWKSet(new URL(jwksUrl), { cooldownDuration: 5000, cacheMaxAge: 10 * 60 * 1000 }), options);
}

/** Reads `Authorization: Bearer …`; no header means anonymous, a bad token is UNAUTHENTICATED. */
export async function authenticate(authorization: string | undefined, verifier: TokenVerifier): Promise<Principal | undefined> {
  if (!authorization) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
  return verifier.verify(match[1]);
}
