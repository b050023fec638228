import { TABLE_OPTIONS } from '@channelgraph/common';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1763900000001 implements MigrationInterface {
  name = 'Initial1763900000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE relationship_request (
        id CHAR(36) NOT NULL,
        kind VARCHAR(32) NOT NULL,
        partner_id CHAR(36) NOT NULL,
        partner_tenant_id CHAR(36) NOT NULL,
        indirect_provider_id CHAR(36) NULL,
        roles TEXT NOT NULL,
        status VARCHAR(16) NOT NULL,
        invitee_email VARCHAR(254) NOT NULL,
        token_hash CHAR(64) NOT NULL,
        expires_at DATETIME(3) NOT NULL,
        created_at DATETIME(3) NOT NULL,
        updated_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        UNIQUE KEY uq_request_token (token_hash),
        KEY ix_request_partner (partner_id, status, created_at)
      ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`
      CREATE TABLE relationship (
        id CHAR(36) NOT NULL,
        partner_id CHAR(36) NOT NULL,
        partner_tenant_id CHAR(36) NOT NULL,
        customer_tenant_id CHAR(36) NOT NULL,
        roles TEXT NOT NULL,
        status VARCHAR(16) NOT NULL,
        established_at DATETIME(3) NOT NULL,
        updated_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        UNIQUE KEY uq_relationship_pair (partner_id, customer_tenant_id),
        KEY ix_relationship_customer (customer_tenant_id)
      ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`
      CREATE TABLE indirect_link (
        id CHAR(36) NOT NULL,
        provider_id CHAR(36) NOT NULL,
        provider_tenant_id CHAR(36) NOT NULL,
        reseller_id CHAR(36) NOT NULL,
        reseller_tenant_id CHAR(36) NOT NULL,
        status VARCHAR(16) NOT NULL,
        provider_admin_access TINYINT(1) NOT NULL,
        established_at DATETIME(3) NOT NULL,
        updated_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        UNIQUE KEY uq_indirect_link_pair (provider_id, reseller_id),
        KEY ix_indirect_link_reseller (reseller_id)
      ) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['indirect_link', 'relationship', 'relationship_request']) await queryRunner.query(`DROP TABLE ${table}`);
  }
}
