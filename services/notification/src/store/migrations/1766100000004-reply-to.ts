import { MigrationInterface, QueryRunner } from 'typeorm';

/** R18: an email may name where replies go (a lead's answer: the partner user who wrote it). */
export class ReplyTo1766100000004 implements MigrationInterface {
  name = 'ReplyTo1766100000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE notification ADD COLUMN reply_to VARCHAR(254) NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE notification DROP COLUMN reply_to');
  }
}
