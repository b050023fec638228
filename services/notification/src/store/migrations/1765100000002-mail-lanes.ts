import { MigrationInterface, QueryRunner } from 'typeorm';

/** Transactional emails claimed ahead of bulk announcements (mail/lanes): a lane per row, and an index to claim each lane by. */
export class MailLanes1765100000002 implements MigrationInterface {
  name = 'MailLanes1765100000002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query("ALTER TABLE notification ADD COLUMN lane VARCHAR(16) NOT NULL DEFAULT 'TRANSACTIONAL' AFTER kind");
    await runner.query("UPDATE notification SET lane = 'BULK' WHERE kind = 'CUSTOMER_AGREEMENT_UPDATED'");
    await runner.query('CREATE INDEX ix_notification_lane_due ON notification (status, lane, next_attempt_at)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX ix_notification_lane_due ON notification');
    await runner.query('ALTER TABLE notification DROP COLUMN lane');
  }
}
