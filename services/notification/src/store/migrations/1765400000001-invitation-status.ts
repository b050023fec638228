import { TABLE_OPTIONS } from '@channelgraph/common';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How each invitation ended, from relationship's events (R17: only a live invitation can be emailed).
 * Its own table, not columns of `invitation`: an ending can arrive before the link that creates the
 * invitation row (they travel on different topics), and must be kept all the same.
 */
export class InvitationStatus1765400000001 implements MigrationInterface {
  name = 'InvitationStatus1765400000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE invitation_status (
        request_id CHAR(36) NOT NULL,
        status VARCHAR(16) NOT NULL,
        changed_at DATETIME(3) NOT NULL,
        last_sequence BIGINT NULL,
        PRIMARY KEY (request_id)
      ) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE invitation_status');
  }
}
