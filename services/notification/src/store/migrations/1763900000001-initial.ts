import { TABLE_OPTIONS } from '@channelgraph/common';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1763900000001 implements MigrationInterface {
  name = 'Initial1763900000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notification (
        id CHAR(36) NOT NULL,
        idempotency_key CHAR(64) NOT NULL,
        tenant_id CHAR(36) NULL,
        kind VARCHAR(64) NOT NULL,
        to_address VARCHAR(254) NOT NULL,
        subject VARCHAR(300) NOT NULL,
        text_body MEDIUMTEXT NOT NULL,
        html_body MEDIUMTEXT NOT NULL,
        status VARCHAR(16) NOT NULL,
        attempts INT NOT NULL DEFAULT 0,
        last_error TEXT NULL,
        related_entity_id VARCHAR(64) NULL,
        next_attempt_at DATETIME(3) NOT NULL,
        created_at DATETIME(3) NOT NULL,
        updated_at DATETIME(3) NOT NULL,
        sent_at DATETIME(3) NULL,
        PRIMARY KEY (id),
        UNIQUE KEY uq_notification_idempotency (idempotency_key),
        KEY ix_notification_tenant_created (tenant_id, created_at, id),
        KEY ix_notification_created (created_at, id),
        KEY ix_notification_due (status, next_attempt_at)
      ) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE notification');
  }
}
