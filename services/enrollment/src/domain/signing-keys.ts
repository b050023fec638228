/**
 * When each token-signing key signs, and how long the JWKS lists it. Keys form generations:
 * generation n+1 takes over signing at its `signsFrom`, and from then on generation n only
 * verifies the tokens it already signed, until the last of them has expired.
 */
export interface SigningKeyTimeline {
  kid: string;
  generation: number;
  /** When it starts signing; a rotated-in key is published this long before. */
  signsFrom: Date;
  /** The latest expiry of a token it signed with a lifetime longer than a sign-in's (service tokens). */
  tokensValidUntil: Date | null;
}

/**
 * Kept on top of every token's expiry before its key leaves the JWKS: verifiers allow 30 s of
 * clock difference, and an enrollment instance notices a new signer within a few seconds.
 */
export const RETIREMENT_MARGIN_MS = 60 * 1000;

/** The key that signs at `now`: the newest generation whose time has come (the first key if none has). */
export function signerAt<K extends SigningKeyTimeline>(keys: K[], now: Date): K | undefined {
  const started = keys.filter((key) => key.signsFrom.getTime() <= now.getTime());
  const candidates = started.length > 0 ? started : keys;
  return candidates.reduce<K | undefined>((newest, key) => (!newest || key.generation > newest.generation ? key : newest), undefined);
}

/** When `key` stopped signing: the earliest take-over by a newer generation, or null while none has been made. */
export function retiredAt(keys: SigningKeyTimeline[], key: SigningKeyTimeline): Date | null {
  const successors = keys.filter((other) => other.generation > key.generation).map((other) => other.signsFrom.getTime());
  return successors.length > 0 ? new Date(Math.min(...successors)) : null;
}

/**
 * Until when a key must stay in the JWKS: the sign-in tokens it signed up to its retirement
 * live `tokenTtlSeconds` more, longer ones until `tokensValidUntil`. Null: it has not been retired.
 */
export function verifiableUntil(keys: SigningKeyTimeline[], key: SigningKeyTimeline, tokenTtlSeconds: number): Date | null {
  const retired = retiredAt(keys, key);
  if (!retired) return null;
  const lastSignInExpiry = retired.getTime() + tokenTtlSeconds * 1000;
  const lastLongExpiry = key.tokensValidUntil?.getTime() ?? 0;
  return new Date(Math.max(lastSignInExpiry, lastLongExpiry) + RETIREMENT_MARGIN_MS);
}

/** Keys the JWKS lists at `now`: the signer, any key waiting to take over, and retired keys whose tokens may still be alive. */
export function publishedKeys<K extends SigningKeyTimeline>(keys: K[], now: Date, tokenTtlSeconds: number): K[] {
  return keys.filter((key) => {
    const until = verifiableUntil(keys, key, tokenTtlSeconds);
    return until === null || until.getTime() > now.getTime();
  });
}

/** Keys no token can need any more: safe to delete, private half included. */
export function expiredKeys<K extends SigningKeyTimeline>(keys: K[], now: Date, tokenTtlSeconds: number): K[] {
  const published = new Set(publishedKeys(keys, now, tokenTtlSeconds).map((key) => key.kid));
  return keys.filter((key) => !published.has(key.kid));
}

export function nextGeneration(keys: SigningKeyTimeline[]): number {
  return keys.reduce((highest, key) => Math.max(highest, key.generation), 0) + 1;
}
