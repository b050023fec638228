import { TABLE_OPTIONS } from '@channelgraph/common';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** R18: the customers the vendor refers to partners; the keys serve the partner's list, the operators' list and the expiry sweep. */
export class Referrals1766100000003 implements MigrationInterface {
  name = 'Referrals1766100000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE referral (
        id CHAR(36) NOT NULL,
        partner_id CHAR(36) NOT NULL,
        partner_tenant_id CHAR(36) NOT NULL,
        customer_email VARCHAR(254) NOT NULL,
        customer_name VARCHAR(200) NOT NULL,
        need TEXT NOT NULL,
        status VARCHAR(16) NOT NULL,
        decline_reason TEXT NULL,
        request_id CHAR(36) NULL,
        created_by_user_id CHAR(36) NOT NULL,
        expires_at DATETIME(3) NOT NULL,
        created_at DATETIME(3) NOT NULL,
        updated_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        KEY ix_referral_partner (partner_id, created_at, id),
        KEY ix_referral_created (created_at, id),
        KEY ix_referral_expiry (status, expires_at)
      ) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE referral');
  }
}
