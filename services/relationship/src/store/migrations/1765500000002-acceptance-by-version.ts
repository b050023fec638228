import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R4: an acceptance counts per version whatever its language, and a new version may honour earlier acceptances
 * until a deadline. Templates are remembered with their version from here on; before, only the current one was
 * known, so older acceptances of replaced templates keep a NULL version (they count for nothing, as before).
 */
export class AcceptanceByVersion1765500000002 implements MigrationInterface {
  name = 'AcceptanceByVersion1765500000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE agreement_template_version (
        template_id CHAR(36) NOT NULL PRIMARY KEY,
        agreement_type VARCHAR(32) NOT NULL,
        version VARCHAR(32) NOT NULL
      ) ENGINE=InnoDB`);
    await queryRunner.query(
      'INSERT INTO agreement_template_version (template_id, agreement_type, version) SELECT template_id, agreement_type, version FROM agreement_current',
    );
    await queryRunner.query(
      'ALTER TABLE agreement_current ADD COLUMN reacceptance_deadline DATETIME(3) NULL, ADD COLUMN versions_accepted_until_deadline TEXT NULL',
    );
    await queryRunner.query("UPDATE agreement_current SET versions_accepted_until_deadline = '[]'");
    await queryRunner.query('ALTER TABLE agreement_current MODIFY versions_accepted_until_deadline TEXT NOT NULL');
    await queryRunner.query(
      'ALTER TABLE customer_acceptance ADD COLUMN version VARCHAR(32) NULL, ADD INDEX ix_acceptance_version (customer_tenant_id, version)',
    );
    await queryRunner.query('UPDATE customer_acceptance a JOIN agreement_template_version t ON t.template_id = a.template_id SET a.version = t.version');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE customer_acceptance DROP INDEX ix_acceptance_version, DROP COLUMN version');
    await queryRunner.query('ALTER TABLE agreement_current DROP COLUMN reacceptance_deadline, DROP COLUMN versions_accepted_until_deadline');
    await queryRunner.query('DROP TABLE agreement_template_version');
  }
}
