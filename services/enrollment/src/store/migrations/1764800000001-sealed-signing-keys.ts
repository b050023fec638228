import type { KeyEncryption } from '@channelgraph/common';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signing keys encrypted at rest, in generations (key rotation): each existing key, until now a
 * plain JWK, is sealed with KEY_ENCRYPTION_KEY and the plain column dropped; keys are numbered in
 * the order they were made (the newest signs, as before) and the generation is unique, so two
 * instances starting on an empty database cannot both create the first key.
 * Built with the key it seals with, so it is made per start (see `enrollmentMigrations`).
 */
export function sealedSigningKeysMigration(encryption: KeyEncryption) {
  return class SealedSigningKeys1764800000001 implements MigrationInterface {
    name = 'SealedSigningKeys1764800000001';

    async up(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(`
        ALTER TABLE signing_key
          ADD COLUMN generation INT NULL,
          ADD COLUMN sealed_private_jwk TEXT NULL,
          ADD COLUMN signs_from DATETIME(3) NULL,
          ADD COLUMN tokens_valid_until DATETIME(3) NULL`);
      const plain: Array<{ kid: string; private_jwk: string }> = await queryRunner.query('SELECT kid, private_jwk FROM signing_key ORDER BY created_at, kid');
      for (const [index, row] of plain.entries()) {
        await queryRunner.query('UPDATE signing_key SET generation = ?, sealed_private_jwk = ?, signs_from = created_at WHERE kid = ?', [
          index + 1,
          encryption.seal(row.private_jwk, row.kid),
          row.kid,
        ]);
      }
      await queryRunner.query(`
        ALTER TABLE signing_key
          DROP COLUMN private_jwk,
          MODIFY generation INT NOT NULL,
          MODIFY sealed_private_jwk TEXT NOT NULL,
          MODIFY signs_from DATETIME(3) NOT NULL,
          ADD UNIQUE KEY uq_signing_key_generation (generation)`);
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query('ALTER TABLE signing_key ADD COLUMN private_jwk TEXT NULL');
      const sealed: Array<{ kid: string; sealed_private_jwk: string }> = await queryRunner.query('SELECT kid, sealed_private_jwk FROM signing_key');
      for (const row of sealed) {
        await queryRunner.query('UPDATE signing_key SET private_jwk = ? WHERE kid = ?', [
          encryption.open(row.sealed_private_jwk, row.kid, `signing key ${row.kid}`),
          row.kid,
        ]);
      }
      await queryRunner.query(`
        ALTER TABLE signing_key
          DROP INDEX uq_signing_key_generation,
          DROP COLUMN generation,
          DROP COLUMN sealed_private_jwk,
          DROP COLUMN signs_from,
          DROP COLUMN tokens_valid_until,
          MODIFY private_jwk TEXT NOT NULL`);
    }
  };
}
