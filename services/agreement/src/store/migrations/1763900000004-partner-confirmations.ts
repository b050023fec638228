import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a partner's confirmation of a customer's acceptance records beside the
 * acceptance: the customer's contact the partner named, which partner and which
 * of its users confirmed, and when it was recorded (acceptedAt is the date the
 * customer agreed). The contact columns are NULL for a customer's own acceptance.
 */
export class PartnerConfirmations1763900000004 implements MigrationInterface {
  name = 'PartnerConfirmations1763900000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE agreement_acceptance
        ADD COLUMN contact_first_name VARCHAR(100) NULL,
        ADD COLUMN contact_last_name VARCHAR(100) NULL,
        ADD COLUMN contact_email VARCHAR(254) NULL,
        ADD COLUMN contact_phone VARCHAR(32) NULL,
        ADD COLUMN confirmed_by_partner_id CHAR(36) NULL,
        ADD COLUMN confirmed_by_user_id CHAR(36) NULL,
        ADD COLUMN recorded_at DATETIME(3) NULL`);
    // Until now every acceptance was recorded when the customer accepted it.
    await queryRunner.query('UPDATE agreement_acceptance SET recorded_at = accepted_at WHERE recorded_at IS NULL');
    await queryRunner.query('ALTER TABLE agreement_acceptance MODIFY recorded_at DATETIME(3) NOT NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE agreement_acceptance
        DROP COLUMN contact_first_name, DROP COLUMN contact_last_name, DROP COLUMN contact_email, DROP COLUMN contact_phone,
        DROP COLUMN confirmed_by_partner_id, DROP COLUMN confirmed_by_user_id, DROP COLUMN recorded_at`);
  }
}
