import { TABLE_OPTIONS } from '@channelgraph/common';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R4: which programme each active partner is enrolled in, learnt from enrollment's PartnerActivated, so that
 * an indirect reseller is refused when it tries to confirm a customer's acceptance (its indirect provider, or
 * the customer itself, does that). One row per partner (a tenant enrolled in two programmes has two).
 */
export class PartnerProgrammes1766100000001 implements MigrationInterface {
  name = 'PartnerProgrammes1766100000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE partner_projection (
        partner_id CHAR(36) NOT NULL,
        tenant_id CHAR(36) NOT NULL,
        program VARCHAR(32) NOT NULL,
        activated_at DATETIME(3) NOT NULL,
        last_sequence BIGINT NULL,
        PRIMARY KEY (partner_id),
        KEY ix_partner_projection_tenant (tenant_id)
      ) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE partner_projection');
  }
}
