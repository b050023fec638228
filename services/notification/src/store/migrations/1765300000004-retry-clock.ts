import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When an email was last queued: at creation, and again when an operator retries a FAILED one.
 * MAIL_GIVE_UP_AFTER_HOURS counts from it, so a retried email gets the whole time again.
 */
export class RetryClock1765300000004 implements MigrationInterface {
  name = 'RetryClock1765300000004';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE notification ADD COLUMN queued_at DATETIME(3) NULL AFTER next_attempt_at');
    await runner.query('UPDATE notification SET queued_at = created_at');
    await runner.query('ALTER TABLE notification MODIFY COLUMN queued_at DATETIME(3) NOT NULL');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE notification DROP COLUMN queued_at');
  }
}
