import { KeyEncryption } from '@channelgraph/common';
import { openPrivateKey } from '@channelgraph/enrollment/auth/signing-key-material';
import { loadEnrollmentConfig } from '@channelgraph/enrollment/config';
import { SigningKeyRepository } from '@channelgraph/enrollment/store/signing-keys.repository';
import { exportJWK, KeyLike } from 'jose';
import { Stack, testEnv } from '../support/stack';

/** The platform's signing keys, opened as enrollment opens them: to sign tokens the real key signed, and to know what a leak of them looks like. */
export interface RealSigningKeys {
  /** The private key under a kid. */
  privateKey(kid: string): KeyLike | Uint8Array;
  /** Each key's private part (`d`) and its sealed form as stored. */
  material: string[];
}

export async function realSigningKeys(stack: Stack): Promise<RealSigningKeys> {
  const encryption = KeyEncryption.fromSetting(loadEnrollmentConfig(testEnv()).KEY_ENCRYPTION_KEY);
  const rows = await new SigningKeyRepository(stack.enrollment.platform.dataSource).all();
  const keys = new Map<string, KeyLike | Uint8Array>();
  const material: string[] = [];
  for (const row of rows) {
    const key = await openPrivateKey(encryption, row);
    keys.set(row.kid, key);
    const { d } = await exportJWK(key);
    if (d) material.push(d);
    material.push(row.sealedPrivateJwk);
  }
  return {
    privateKey(kid) {
      const key = keys.get(kid);
      if (!key) throw new Error(`no signing key ${kid} in enrollment's database`);
      return key;
    },
    material,
  };
}
