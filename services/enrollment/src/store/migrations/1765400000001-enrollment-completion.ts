import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R10: a rejection's reason codes, and "an MPN id belongs to one tenant per programme" as a
 * unique key, so two enrolments committing at once cannot both hold it. A rejected application
 * claims nothing (its claim is NULL, and NULLs never collide), so an impostor cannot block the
 * real owner; resubmitting it claims the id again and meets the key.
 */
export class EnrollmentCompletion1765400000001 implements MigrationInterface {
  name = 'EnrollmentCompletion1765400000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE partner ADD COLUMN rejection_reason_codes VARCHAR(200) NULL');
    await runner.query("ALTER TABLE partner ADD COLUMN mpn_claim VARCHAR(32) AS (IF(status = 'REJECTED', NULL, mpn_id)) STORED");
    await runner.query('CREATE UNIQUE INDEX uq_partner_program_mpn_claim ON partner (program, mpn_claim)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX uq_partner_program_mpn_claim ON partner');
    await runner.query('ALTER TABLE partner DROP COLUMN mpn_claim');
    await runner.query('ALTER TABLE partner DROP COLUMN rejection_reason_codes');
  }
}
