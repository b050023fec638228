import { MigrationInterface, QueryRunner } from 'typeorm';

/** Version 1 of each agreement, present from the first start (fixed ids, so a demo or a test can name them). */
export const SEEDED_TEMPLATES = [
  { id: 'a02cd845-5067-49c1-946b-8a55d0724ec0', type: 'CUSTOMER_AGREEMENT', documentUrl: 'https://channelgraph.example/agreements/customer-agreement/v1/en' },
  { id: '80111f5e-3a0f-49ab-82b9-50df5b4413ee', type: 'PARTNER_AGREEMENT', documentUrl: 'https://channelgraph.example/agreements/partner-agreement/v1/en' },
] as const;

/**
 * Versions (one current per type, enforced by a unique index on a column that
 * holds the type only on the current row: NULLs never collide, on MySQL 8 and
 * MariaDB alike), the seeded version 1 of each type, and acceptances that are
 * unique per customer and version.
 */
export class VersionsAndAcceptances1763900000002 implements MigrationInterface {
  name = 'VersionsAndAcceptances1763900000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE agreement_template
        ADD COLUMN current_type VARCHAR(32) NULL,
        ADD COLUMN superseded_at DATETIME(3) NULL,
        ADD COLUMN published_by_user_id CHAR(36) NULL,
        ADD COLUMN announced_at DATETIME(3) NULL,
        ADD UNIQUE KEY uq_template_current (current_type)`);
    for (const seed of SEEDED_TEMPLATES) {
      const [existing] = await queryRunner.query("SELECT id FROM agreement_template WHERE type = ? AND version = '1' AND language = 'en'", [seed.type]);
      if (!existing) {
        await queryRunner.query(
          "INSERT INTO agreement_template (id, type, version, document_url, language, published_at) VALUES (?, ?, '1', ?, 'en', UTC_TIMESTAMP(3))",
          [seed.id, seed.type, seed.documentUrl],
        );
      }
      // Rows from before this migration (none outside development): the newest of each type becomes current.
      const [newest] = await queryRunner.query('SELECT id FROM agreement_template WHERE type = ? ORDER BY published_at DESC, id DESC LIMIT 1', [seed.type]);
      await queryRunner.query('UPDATE agreement_template SET current_type = type WHERE id = ?', [newest.id]);
      await queryRunner.query('UPDATE agreement_template SET superseded_at = UTC_TIMESTAMP(3) WHERE type = ? AND id <> ?', [seed.type, newest.id]);
    }

    await queryRunner.query(`
      ALTER TABLE agreement_acceptance
        ADD COLUMN agreement_type VARCHAR(32) NULL,
        ADD COLUMN version VARCHAR(32) NULL,
        ADD COLUMN accepted_by_user_id CHAR(36) NULL,
        ADD COLUMN relationship_request_id CHAR(36) NULL,
        ADD COLUMN dedupe_key VARCHAR(100) NULL`);
    // Earlier rows (none outside development) keep their own id as key: they were never checked for duplicates.
    await queryRunner.query(`
      UPDATE agreement_acceptance a JOIN agreement_template t ON t.id = a.template_id
      SET a.agreement_type = t.type, a.version = t.version, a.dedupe_key = a.id`);
    await queryRunner.query(`
      ALTER TABLE agreement_acceptance
        MODIFY agreement_type VARCHAR(32) NOT NULL,
        MODIFY version VARCHAR(32) NOT NULL,
        MODIFY dedupe_key VARCHAR(100) NOT NULL,
        ADD UNIQUE KEY uq_acceptance_once (customer_tenant_id, agreement_type, version, dedupe_key)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE agreement_acceptance
        DROP KEY uq_acceptance_once,
        DROP COLUMN agreement_type, DROP COLUMN version, DROP COLUMN accepted_by_user_id,
        DROP COLUMN relationship_request_id, DROP COLUMN dedupe_key`);
    await queryRunner.query(`
      ALTER TABLE agreement_template
        DROP KEY uq_template_current,
        DROP COLUMN current_type, DROP COLUMN superseded_at, DROP COLUMN published_by_user_id, DROP COLUMN announced_at`);
    await queryRunner.query(
      'DELETE FROM agreement_template WHERE id IN (?, ?) AND id NOT IN (SELECT template_id FROM agreement_acceptance)',
      SEEDED_TEMPLATES.map((seed) => seed.id),
    );
  }
}
