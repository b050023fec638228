import { TABLE_OPTIONS } from '@channelgraph/common';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** R2 PARTNER role: the customer user each relationship's partner works with, as relationship's events state it. */
export class PartnerUserAssignment1766000000002 implements MigrationInterface {
  name = 'PartnerUserAssignment1766000000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE partner_user_assignment (
        relationship_id CHAR(36) NOT NULL,
        user_id CHAR(36) NULL,
        partner_tenant_id CHAR(36) NOT NULL,
        last_sequence BIGINT NULL,
        changed_at DATETIME(3) NOT NULL,
        PRIMARY KEY (relationship_id),
        KEY ix_partner_user_assignment_user (user_id, partner_tenant_id)
      ) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE partner_user_assignment');
  }
}
