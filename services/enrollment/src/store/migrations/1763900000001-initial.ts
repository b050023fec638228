import { TABLE_OPTIONS } from '@channelgraph/common';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1763900000001 implements MigrationInterface {
  name = 'Initial1763900000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE tenant (
        id CHAR(36) NOT NULL,
        domain VARCHAR(253) NOT NULL,
        display_name VARCHAR(200) NOT NULL,
        country CHAR(2) NOT NULL,
        created_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        UNIQUE KEY uq_tenant_domain (domain)
      ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`
      CREATE TABLE user_account (
        id CHAR(36) NOT NULL,
        tenant_id CHAR(36) NOT NULL,
        full_name VARCHAR(200) NOT NULL,
        email VARCHAR(254) NOT NULL,
        password_hash VARCHAR(255) NOT NULL,
        roles TEXT NOT NULL,
        must_change_password TINYINT(1) NOT NULL DEFAULT 0,
        created_at DATETIME(3) NOT NULL,
        updated_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        UNIQUE KEY uq_user_email (email),
        KEY ix_user_tenant (tenant_id, created_at),
        CONSTRAINT fk_user_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
      ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`
      CREATE TABLE partner (
        id CHAR(36) NOT NULL,
        tenant_id CHAR(36) NOT NULL,
        program VARCHAR(32) NOT NULL,
        status VARCHAR(32) NOT NULL,
        legal_name VARCHAR(200) NOT NULL,
        mpn_id VARCHAR(32) NOT NULL,
        created_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        UNIQUE KEY uq_partner_tenant_program (tenant_id, program),
        CONSTRAINT fk_partner_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
      ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`
      CREATE TABLE signing_key (
        kid VARCHAR(64) NOT NULL,
        private_jwk TEXT NOT NULL,
        public_jwk TEXT NOT NULL,
        created_at DATETIME(3) NOT NULL,
        PRIMARY KEY (kid)
      ) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['signing_key', 'partner', 'user_account', 'tenant']) await queryRunner.query(`DROP TABLE ${table}`);
  }
}
