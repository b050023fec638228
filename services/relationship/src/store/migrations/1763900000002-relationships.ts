import { TABLE_OPTIONS } from '@channelgraph/common';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Projections of other services' facts (fed by events only), and what the relationship rules need. */
export class Relationships1763900000002 implements MigrationInterface {
  name = 'Relationships1763900000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE partner_projection (
        partner_id CHAR(36) NOT NULL,
        tenant_id CHAR(36) NOT NULL,
        program VARCHAR(32) NOT NULL,
        status VARCHAR(32) NOT NULL,
        legal_name VARCHAR(200) NOT NULL,
        mpn_id VARCHAR(16) NOT NULL,
        updated_at DATETIME(3) NOT NULL,
        PRIMARY KEY (partner_id),
        KEY ix_partner_projection_tenant (tenant_id),
        KEY ix_partner_projection_mpn (mpn_id)
      ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`
      CREATE TABLE tenant_projection (
        tenant_id CHAR(36) NOT NULL,
        domain VARCHAR(253) NOT NULL,
        display_name VARCHAR(200) NOT NULL,
        updated_at DATETIME(3) NOT NULL,
        PRIMARY KEY (tenant_id)
      ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`
      CREATE TABLE agreement_current (
        agreement_type VARCHAR(32) NOT NULL,
        template_id CHAR(36) NOT NULL,
        version VARCHAR(32) NOT NULL,
        published_at DATETIME(3) NOT NULL,
        PRIMARY KEY (agreement_type)
      ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`
      CREATE TABLE customer_acceptance (
        customer_tenant_id CHAR(36) NOT NULL,
        template_id CHAR(36) NOT NULL,
        accepted_at DATETIME(3) NOT NULL,
        PRIMARY KEY (customer_tenant_id, template_id)
      ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`
      CREATE TABLE pending_import (
        mpn_id VARCHAR(16) NOT NULL,
        customer_tenant_id CHAR(36) NOT NULL,
        roles TEXT NOT NULL,
        imported_at DATETIME(3) NOT NULL,
        PRIMARY KEY (mpn_id, customer_tenant_id)
      ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`
      ALTER TABLE relationship_request
        ADD COLUMN indirect_provider_tenant_id CHAR(36) NULL,
        ADD COLUMN responded_by_tenant_id CHAR(36) NULL,
        ADD KEY ix_request_expiry (status, expires_at)`);
    await queryRunner.query(`
      ALTER TABLE relationship
        ADD COLUMN customer_name VARCHAR(200) NOT NULL DEFAULT '',
        ADD COLUMN customer_domain VARCHAR(253) NOT NULL DEFAULT '',
        ADD KEY ix_relationship_partner_name (partner_id, status, customer_name, id),
        ADD KEY ix_relationship_partner_domain (partner_id, status, customer_domain)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE relationship DROP KEY ix_relationship_partner_name, DROP KEY ix_relationship_partner_domain, DROP COLUMN customer_name, DROP COLUMN customer_domain',
    );
    await queryRunner.query(
      'ALTER TABLE relationship_request DROP KEY ix_request_expiry, DROP COLUMN indirect_provider_tenant_id, DROP COLUMN responded_by_tenant_id',
    );
    for (const table of ['pending_import', 'customer_acceptance', 'agreement_current', 'tenant_projection', 'partner_projection'])
      await queryRunner.query(`DROP TABLE ${table}`);
  }
}
