import { TABLE_OPTIONS } from '@channelgraph/common';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Invitations as relationship announced them: who may send each one's email, and the link it must contain (R17). */
export class Invitations1763900000002 implements MigrationInterface {
  name = 'Invitations1763900000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE invitation (
        request_id CHAR(36) NOT NULL,
        kind VARCHAR(32) NOT NULL,
        sender_tenant_id CHAR(36) NOT NULL,
        partner_name VARCHAR(200) NOT NULL,
        provider_name VARCHAR(200) NULL,
        invitee_email VARCHAR(254) NOT NULL,
        invitation_url VARCHAR(1000) NOT NULL,
        expires_at DATETIME(3) NOT NULL,
        PRIMARY KEY (request_id)
      ) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE invitation');
  }
}
