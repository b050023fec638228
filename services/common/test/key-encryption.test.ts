import { randomBytes } from 'node:crypto';
import { ConfigError, KeyEncryption, keyEncryptionKeyBytes, logStartupFailure, WrongKeyEncryptionKey } from '../src';

const aKey = () => randomBytes(32).toString('base64');

describe('KEY_ENCRYPTION_KEY', () => {
  it('is 32 bytes written as hex, base64 or base64url, optionally marked as generated for local runs', () => {
    const bytes = randomBytes(32);
    for (const text of [bytes.toString('hex'), bytes.toString('base64'), bytes.toString('base64url'), `local:${bytes.toString('base64')}`]) {
      expect(keyEncryptionKeyBytes(text)?.equals(bytes)).toBe(true);
    }
  });

  it.each(['', 'secret', randomBytes(31).toString('base64'), randomBytes(33).toString('hex'), 'local:'])('refuses %p', (text) => {
    expect(keyEncryptionKeyBytes(text)).toBeUndefined();
    expect(() => KeyEncryption.fromSetting(text)).toThrow(ConfigError);
  });
});

describe('sealing a secret with AES-256-GCM', () => {
  const key = aKey();

  it('opens what it sealed, and the sealed text does not contain the secret', () => {
    const encryption = KeyEncryption.fromSetting(key);
    const sealed = encryption.seal('{"d":"private part"}', 'kid-1');
    expect(sealed).toMatch(/^v1\.[0-9a-f]{8}\./);
    expect(sealed).not.toContain('private part');
    expect(KeyEncryption.fromSetting(key).open(sealed, 'kid-1', 'the key')).toBe('{"d":"private part"}');
  });

  it('says in one sentence that another key cannot open it, naming both keys by fingerprint', () => {
    const sealed = KeyEncryption.fromSetting(key).seal('secret', 'kid-1');
    const other = KeyEncryption.fromSetting(aKey());
    expect(() => other.open(sealed, 'kid-1', 'the signing key kid-1')).toThrow(WrongKeyEncryptionKey);
    expect(() => other.open(sealed, 'kid-1', 'the signing key kid-1')).toThrow(
      new RegExp(
        `^KEY_ENCRYPTION_KEY cannot decrypt the signing key kid-1 \\(it was sealed with the key whose fingerprint is ${KeyEncryption.fromSetting(key).fingerprint}, and this KEY_ENCRYPTION_KEY's is ${other.fingerprint}\\)`,
      ),
    );
  });

  it('does not open a sealed value moved to another row, or altered', () => {
    const encryption = KeyEncryption.fromSetting(key);
    const sealed = encryption.seal('secret', 'kid-1');
    expect(() => encryption.open(sealed, 'kid-2', 'the key')).toThrow(/was altered/);
    const parts = sealed.split('.');
    parts[4] = Buffer.from('tampered').toString('base64url');
    expect(() => encryption.open(parts.join('.'), 'kid-1', 'the key')).toThrow(WrongKeyEncryptionKey);
  });
});

describe('a service that cannot start', () => {
  function captured(error: Error) {
    const lines: unknown[][] = [];
    logStartupFailure({ fatal: (...args: unknown[]) => void lines.push(args) } as never, 'enrollment', error);
    return lines;
  }

  it('reports a refusal the operator can act on as one sentence, without a stack trace', () => {
    expect(captured(new WrongKeyEncryptionKey('KEY_ENCRYPTION_KEY cannot decrypt the key.'))).toEqual([
      ['enrollment could not start: KEY_ENCRYPTION_KEY cannot decrypt the key.'],
    ]);
  });

  it('keeps the stack of an unexpected fault', () => {
    const [[fields]] = captured(new TypeError('x is undefined'));
    expect((fields as { err: Error }).err).toBeInstanceOf(TypeError);
  });
});
