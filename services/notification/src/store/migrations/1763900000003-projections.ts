import { TABLE_OPTIONS } from '@channelgraph/common';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Projections of partner contacts, tenant users and agreement acceptances,
 * built from enrollment's and agreement's events: the addresses of emails
 * whose events name a partner or a tenant but not whom to write to.
 */
export class Projections1763900000003 implements MigrationInterface {
  name = 'Projections1763900000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE partner_contact (
        partner_id CHAR(36) NOT NULL,
        tenant_id CHAR(36) NOT NULL,
        legal_name VARCHAR(200) NOT NULL,
        first_name VARCHAR(100) NOT NULL,
        email VARCHAR(254) NOT NULL,
        updated_at DATETIME(3) NOT NULL,
        PRIMARY KEY (partner_id)
      ) ${TABLE_OPTIONS}`);
    // roles: comma-separated role names (at most seven short ones).
    await queryRunner.query(`
      CREATE TABLE tenant_user (
        user_id CHAR(36) NOT NULL,
        tenant_id CHAR(36) NOT NULL,
        email VARCHAR(254) NULL,
        full_name VARCHAR(200) NULL,
        roles VARCHAR(255) NOT NULL,
        removed_at DATETIME(3) NULL,
        updated_at DATETIME(3) NOT NULL,
        PRIMARY KEY (user_id),
        KEY ix_tenant_user_tenant (tenant_id),
        KEY ix_tenant_user_email (email)
      ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`
      CREATE TABLE agreement_acceptance (
        customer_tenant_id CHAR(36) NOT NULL,
        agreement_type VARCHAR(32) NOT NULL,
        template_id CHAR(36) NOT NULL,
        accepted_at DATETIME(3) NOT NULL,
        PRIMARY KEY (customer_tenant_id, agreement_type),
        KEY ix_agreement_acceptance_type_template (agreement_type, template_id)
      ) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE agreement_acceptance');
    await queryRunner.query('DROP TABLE tenant_user');
    await queryRunner.query('DROP TABLE partner_contact');
  }
}
