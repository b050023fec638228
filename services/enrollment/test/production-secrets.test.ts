import { ConfigError } from '@channelgraph/common';
import { randomBytes } from 'node:crypto';
import { DEFAULT_OPERATOR_PASSWORD, enrollmentDefaultSecrets, loadEnrollmentConfig } from '../src/config';
import { startEnrollment } from '../src/main';

const ownKey = () => randomBytes(32).toString('base64');
const production = (overrides: Record<string, string> = {}) => ({
  NODE_ENV: 'production',
  MYSQL_URL: 'mysql://channelgraph:3c9e0f7a41d2b865@db.internal:3306',
  OPERATOR_PASSWORD: 'An-Operator-Password-Of-Our-Own',
  KEY_ENCRYPTION_KEY: ownKey(),
  ...overrides,
});

describe('enrollment in production', () => {
  it('needs KEY_ENCRYPTION_KEY, and says how to make one', () => {
    const { KEY_ENCRYPTION_KEY: _unset, ...withoutKey } = production();
    expect(() => loadEnrollmentConfig(withoutKey)).toThrow(
      /KEY_ENCRYPTION_KEY: not set: it must be 32 random bytes, base64 or hex, e.g. the output of `openssl rand -base64 32`/,
    );
    expect(() => loadEnrollmentConfig(production({ KEY_ENCRYPTION_KEY: 'too-short' }))).toThrow(/KEY_ENCRYPTION_KEY: must be 32 random bytes/);
  });

  it('accepts secrets of its own', () => {
    expect(enrollmentDefaultSecrets(loadEnrollmentConfig(production()))).toEqual([]);
  });

  it('counts the README operator password and the key generated for local runs as defaults', () => {
    const config = loadEnrollmentConfig(production({ OPERATOR_PASSWORD: DEFAULT_OPERATOR_PASSWORD, KEY_ENCRYPTION_KEY: `local:${ownKey()}` }));
    expect(enrollmentDefaultSecrets(config).map((secret) => secret.setting)).toEqual(['OPERATOR_PASSWORD', 'KEY_ENCRYPTION_KEY']);
    const { OPERATOR_PASSWORD: _unset, ...withoutPassword } = production();
    expect(enrollmentDefaultSecrets(loadEnrollmentConfig(withoutPassword)).map((secret) => secret.setting)).toEqual(['OPERATOR_PASSWORD']);
  });

  it('refuses to start on defaults before touching the database, naming each setting', async () => {
    const config = loadEnrollmentConfig(
      production({ MYSQL_URL: 'mysql://root@127.0.0.1:3306', OPERATOR_PASSWORD: DEFAULT_OPERATOR_PASSWORD, KEY_ENCRYPTION_KEY: `local:${ownKey()}` }),
    );
    const refusal = await startEnrollment(config).then(
      () => undefined,
      (error: Error) => error,
    );
    expect(refusal).toBeInstanceOf(ConfigError);
    expect(refusal?.message.split('\n').map((line) => line.trim().split(' ')[0])).toEqual([
      'NODE_ENV=production,',
      'MYSQL_URL',
      'OPERATOR_PASSWORD',
      'KEY_ENCRYPTION_KEY',
      'Set',
    ]);
  });
});
