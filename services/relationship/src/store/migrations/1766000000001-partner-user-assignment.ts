import { TABLE_OPTIONS } from '@channelgraph/common';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** R2 PARTNER role: the users of each tenant (from enrollment's events) and the user a customer assigned to each partner. */
export class PartnerUserAssignment1766000000001 implements MigrationInterface {
  name = 'PartnerUserAssignment1766000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE user_projection (
        user_id CHAR(36) NOT NULL,
        tenant_id CHAR(36) NOT NULL,
        full_name VARCHAR(200) NOT NULL,
        email VARCHAR(254) NOT NULL,
        removed_at DATETIME(3) NULL,
        updated_at DATETIME(3) NOT NULL,
        PRIMARY KEY (user_id),
        KEY ix_user_projection_tenant (tenant_id)
      ) ${TABLE_OPTIONS}`);
    await queryRunner.query('ALTER TABLE relationship ADD COLUMN assigned_user_id CHAR(36) NULL, ADD KEY ix_relationship_assigned_user (assigned_user_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE relationship DROP KEY ix_relationship_assigned_user, DROP COLUMN assigned_user_id');
    await queryRunner.query('DROP TABLE user_projection');
  }
}
