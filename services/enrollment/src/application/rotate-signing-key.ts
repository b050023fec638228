import { KeyEncryption } from '@channelgraph/common';
import { generateSigningKey, openPrivateKey } from '../auth/signing-key-material';
import { expiredKeys, nextGeneration, signerAt, verifiableUntil } from '../domain/signing-keys';
import { SigningKeyRepository } from '../store/signing-keys.repository';

export interface RotationSettings {
  /** SIGNING_KEY_PUBLISH_AHEAD_SECONDS: the new key is in the JWKS this long before it signs. */
  publishAheadSeconds: number;
  /** TOKEN_TTL_SECONDS: how long a sign-in token signed by the old key lives on. */
  tokenTtlSeconds: number;
}

export interface Rotation {
  kid: string;
  generation: number;
  signsFrom: Date;
  /** The key that signs until then, and until when it keeps verifying its tokens. */
  replaced: { kid: string; verifiableUntil: Date } | null;
  /** Keys whose every token has expired, deleted with their private halves. */
  deleted: string[];
}

const ATTEMPTS = 3;

/**
 * `npm run rotate-keys`: a new signing key, published now, signing after `publishAheadSeconds`;
 * the key it replaces stays in the JWKS until its tokens have expired. Keys past that are deleted.
 */
export async function rotateSigningKey(deps: { keys: SigningKeyRepository; encryption: KeyEncryption }, settings: RotationSettings): Promise<Rotation> {
  for (let attempt = 1; ; attempt += 1) {
    const keys = await deps.keys.all();
    // With the wrong KEY_ENCRYPTION_KEY, stop here: a key sealed with it would stop enrollment's next start.
    for (const key of keys) await openPrivateKey(deps.encryption, key);
    const now = new Date();
    // The very first key has no predecessor to hand over from: it signs at once.
    const signsFrom = keys.length === 0 ? now : new Date(now.getTime() + settings.publishAheadSeconds * 1000);
    const row = await generateSigningKey(deps.encryption, nextGeneration(keys), signsFrom);
    if ((await deps.keys.insert(row)) === 'taken') {
      // Another rotation took this generation a moment ago: ours becomes the one after it.
      if (attempt < ATTEMPTS) continue;
      throw new Error('Other key rotations kept running at the same time; try again.');
    }
    const withNew = [...keys, row];
    const previous = signerAt(keys, signsFrom);
    const expired = expiredKeys(withNew, now, settings.tokenTtlSeconds);
    await deps.keys.delete(expired.map((key) => key.kid));
    return {
      kid: row.kid,
      generation: row.generation,
      signsFrom,
      replaced: previous ? { kid: previous.kid, verifiableUntil: verifiableUntil(withNew, previous, settings.tokenTtlSeconds)! } : null,
      deleted: expired.map((key) => key.kid),
    };
  }
}
