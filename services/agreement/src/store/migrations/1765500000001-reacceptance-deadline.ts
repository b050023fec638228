import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R4: a version may let the acceptances of earlier versions count until a deadline. And every language of the
 * current version is current: a translation published before this migration took the current row from the
 * version it translates and marked that one superseded, which this undoes.
 */
export class ReacceptanceDeadline1765500000001 implements MigrationInterface {
  name = 'ReacceptanceDeadline1765500000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE agreement_template
        ADD COLUMN reacceptance_deadline DATETIME(3) NULL,
        ADD COLUMN versions_accepted_until_deadline TEXT NULL`);
    await queryRunner.query("UPDATE agreement_template SET versions_accepted_until_deadline = '[]'");
    await queryRunner.query('ALTER TABLE agreement_template MODIFY versions_accepted_until_deadline TEXT NOT NULL');
    await queryRunner.query(`
      UPDATE agreement_template t JOIN agreement_template c ON c.current_type = t.type AND c.version = t.version
      SET t.superseded_at = NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE agreement_template DROP COLUMN reacceptance_deadline, DROP COLUMN versions_accepted_until_deadline');
  }
}
