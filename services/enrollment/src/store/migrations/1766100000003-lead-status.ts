import { MigrationInterface, QueryRunner } from 'typeorm';

/** R18: each partner's own status for a lead sent to it (NEW, ANSWERED, CONVERTED); leads sent before are NEW. */
export class LeadStatus1766100000003 implements MigrationInterface {
  name = 'LeadStatus1766100000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "ALTER TABLE partner_lead_recipient ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'NEW', ADD COLUMN answered_at DATETIME(3) NULL, ADD COLUMN updated_at DATETIME(3) NULL, ADD KEY ix_partner_lead_recipient_status (partner_id, status)",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE partner_lead_recipient DROP KEY ix_partner_lead_recipient_status, DROP COLUMN status, DROP COLUMN answered_at, DROP COLUMN updated_at',
    );
  }
}
