import { TABLE_OPTIONS } from '@channelgraph/common';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1763900000001 implements MigrationInterface {
  name = 'Initial1763900000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE agreement_template (
        id CHAR(36) NOT NULL,
        type VARCHAR(32) NOT NULL,
        version VARCHAR(32) NOT NULL,
        document_url VARCHAR(2000) NOT NULL,
        language VARCHAR(16) NOT NULL,
        published_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        UNIQUE KEY uq_template_version (type, version, language),
        KEY ix_template_published (type, published_at)
      ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`
      CREATE TABLE agreement_acceptance (
        id CHAR(36) NOT NULL,
        customer_tenant_id CHAR(36) NOT NULL,
        template_id CHAR(36) NOT NULL,
        method VARCHAR(32) NOT NULL,
        accepted_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        KEY ix_acceptance_customer (customer_tenant_id, accepted_at),
        CONSTRAINT fk_acceptance_template FOREIGN KEY (template_id) REFERENCES agreement_template (id)
      ) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE agreement_acceptance');
    await queryRunner.query('DROP TABLE agreement_template');
  }
}
