import { TABLE_OPTIONS } from '@channelgraph/common';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Service tokens on record, listable and revocable by the operator; listed newest first. */
export class ServiceTokens1765100000001 implements MigrationInterface {
  name = 'ServiceTokens1765100000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE service_token (
        id CHAR(36) NOT NULL,
        name VARCHAR(63) NOT NULL,
        created_by_user_id CHAR(36) NOT NULL,
        created_at DATETIME(3) NOT NULL,
        expires_at DATETIME(3) NOT NULL,
        revoked_at DATETIME(3) NULL,
        revoked_by_user_id CHAR(36) NULL,
        PRIMARY KEY (id),
        KEY ix_service_token_created (created_at, id)
      ) ${TABLE_OPTIONS}`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE service_token');
  }
}
