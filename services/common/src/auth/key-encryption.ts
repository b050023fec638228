import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { ConfigError } from '../config';

/**
 * Marks a key that `npm start` / `npm test` generated into `.cache/` for local runs:
 * accepted everywhere, refused in production (production-guards).
 */
export const LOCAL_KEY_PREFIX = 'local:';

const KEY_BYTES = 32;
const IV_BYTES = 12;
const FORMAT = 'v1';
const HEX = /^[0-9a-fA-F]{64}$/;
const BASE64 = /^[A-Za-z0-9+/_-]{43}=?$/;

/** The 32 bytes of a KEY_ENCRYPTION_KEY (hex or base64, optionally marked local), or undefined when it is not one. */
export function keyEncryptionKeyBytes(value: string): Buffer | undefined {
  const text = value.trim().startsWith(LOCAL_KEY_PREFIX) ? value.trim().slice(LOCAL_KEY_PREFIX.length) : value.trim();
  if (HEX.test(text)) return Buffer.from(text, 'hex');
  if (BASE64.test(text)) {
    const bytes = Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    return bytes.length === KEY_BYTES ? bytes : undefined;
  }
  return undefined;
}

export const KEY_ENCRYPTION_KEY_FORMAT = 'must be 32 random bytes, base64 or hex, e.g. the output of `openssl rand -base64 32`';

/**
 * The KEY_ENCRYPTION_KEY setting of a service that seals secrets in its database. `npm start` and
 * `npm test` generate one into .cache/local-secrets.json; production needs one of its own.
 */
export const keyEncryptionKeySetting = z
  .string({ required_error: `not set: it ${KEY_ENCRYPTION_KEY_FORMAT} (npm start and npm test generate one for local runs)` })
  .refine((value) => keyEncryptionKeyBytes(value) !== undefined, `${KEY_ENCRYPTION_KEY_FORMAT}`);

/** The key could not open a sealed value: it is not the key the value was sealed with (or the value was altered). */
export class WrongKeyEncryptionKey extends ConfigError {}

/**
 * AES-256-GCM sealing of small secrets kept in a database (signing keys), under a key from the
 * environment. A sealed value is `v1.<key fingerprint>.<iv>.<tag>.<ciphertext>` (base64url); the
 * fingerprint only names which key sealed it, so that a wrong key is reported as such. `context`
 * (a row's id) is bound in as associated data: a sealed value copied onto another row does not open.
 */
export class KeyEncryption {
  readonly fingerprint: string;

  private constructor(private readonly key: Buffer) {
    this.fingerprint = fingerprintOf(key);
  }

  /** From the setting's text; the config schema has already checked its format. */
  static fromSetting(value: string, setting = 'KEY_ENCRYPTION_KEY'): KeyEncryption {
    const key = keyEncryptionKeyBytes(value);
    if (!key) throw new ConfigError(`${setting} ${KEY_ENCRYPTION_KEY_FORMAT}.`);
    return new KeyEncryption(key);
  }

  seal(plaintext: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [FORMAT, this.fingerprint, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
  }

  /** Opens a sealed value; `what` names it in the error when this is not the key that sealed it. */
  open(sealed: string, context: string, what: string): string {
    const [format, fingerprint, iv, tag, ciphertext] = sealed.split('.');
    if (format !== FORMAT || !ciphertext) throw new ConfigError(`${what} is not in a format this version can read.`);
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      const which =
        fingerprint === this.fingerprint
          ? 'it was sealed with this key but does not open: the stored value was altered'
          : `it was sealed with the key whose fingerprint is ${fingerprint}, and this KEY_ENCRYPTION_KEY's is ${this.fingerprint}`;
      throw new WrongKeyEncryptionKey(
        `KEY_ENCRYPTION_KEY cannot decrypt ${what} (${which}). Set KEY_ENCRYPTION_KEY to the key this database was started with.`,
      );
    }
  }
}

/** Names a key without revealing it: 8 hex digits of its SHA-256. */
function fingerprintOf(key: Buffer): string {
  return createHash('sha256').update('channelgraph key-encryption-key fingerprint').update(key).digest('hex').slice(0, 8);
}
