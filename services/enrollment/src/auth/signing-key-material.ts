import { KeyEncryption } from '@channelgraph/common';
import { exportJWK, generateKeyPair, importJWK, JWK, KeyLike } from 'jose';
import { randomUUID } from 'node:crypto';
import type { SigningKeyRow } from '../store/entities';

export const ALGORITHM = 'EdDSA';

/** A new Ed25519 key pair as a row: the private half sealed (bound to its kid), the public half a JWK for the JWKS. */
export async function generateSigningKey(encryption: KeyEncryption, generation: number, signsFrom: Date): Promise<SigningKeyRow> {
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { crv: 'Ed25519', extractable: true });
  const kid = randomUUID();
  return {
    kid,
    generation,
    sealedPrivateJwk: encryption.seal(JSON.stringify(await exportJWK(privateKey)), kid),
    publicJwk: JSON.stringify({ ...(await exportJWK(publicKey)), kid, alg: ALGORITHM, use: 'sig' }),
    createdAt: new Date(),
    signsFrom,
    tokensValidUntil: null,
  };
}

/** The private key of a row; a wrong KEY_ENCRYPTION_KEY fails here with a sentence saying so. */
export async function openPrivateKey(encryption: KeyEncryption, row: SigningKeyRow): Promise<KeyLike | Uint8Array> {
  const jwk = encryption.open(row.sealedPrivateJwk, row.kid, `the token-signing key ${row.kid} in enrollment's database`);
  return importJWK(JSON.parse(jwk) as JWK, ALGORITHM);
}

export const publicJwkOf = (row: SigningKeyRow): JWK => JSON.parse(row.publicJwk) as JWK;
