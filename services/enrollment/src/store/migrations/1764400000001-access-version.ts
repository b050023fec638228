import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each user's access version, carried in their tokens: raised when a role is taken away (common auth/revocations). */
export class AccessVersion1764400000001 implements MigrationInterface {
  name = 'AccessVersion1764400000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE user_account ADD COLUMN access_version INT NOT NULL DEFAULT 0');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE user_account DROP COLUMN access_version');
  }
}
