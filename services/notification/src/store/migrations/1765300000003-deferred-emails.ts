import { TABLE_OPTIONS } from '@channelgraph/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Emails waiting for a fact not known yet (store/deferred-emails), and the sequence
 * number of the last event applied to each projection (docs/events.md).
 */
export class DeferredEmails1765300000003 implements MigrationInterface {
  name = 'DeferredEmails1765300000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE deferred_email (
        event_id CHAR(36) NOT NULL,
        event_type VARCHAR(200) NOT NULL,
        waiting_for VARCHAR(100) NOT NULL,
        event MEDIUMTEXT NOT NULL,
        deferred_at DATETIME(3) NOT NULL,
        PRIMARY KEY (event_id),
        KEY ix_deferred_email_waiting (waiting_for, deferred_at)
      ) ${TABLE_OPTIONS}`);
    for (const table of ['partner_contact', 'tenant_user', 'agreement_acceptance'])
      await queryRunner.query(`ALTER TABLE ${table} ADD COLUMN last_sequence BIGINT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['partner_contact', 'tenant_user', 'agreement_acceptance']) await queryRunner.query(`ALTER TABLE ${table} DROP COLUMN last_sequence`);
    await queryRunner.query('DROP TABLE deferred_email');
  }
}
