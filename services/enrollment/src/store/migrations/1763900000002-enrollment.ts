import { TABLE_OPTIONS } from '@channelgraph/common';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Partner enrolment (R9, R10): the registry of MPN profiles, the application itself, verification links. */
export class Enrollment1763900000002 implements MigrationInterface {
  name = 'Enrollment1763900000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE mpn_profile (
        mpn_id VARCHAR(16) NOT NULL,
        organization_name VARCHAR(200) NOT NULL,
        country CHAR(2) NOT NULL,
        status VARCHAR(16) NOT NULL,
        updated_at DATETIME(3) NOT NULL,
        PRIMARY KEY (mpn_id)
      ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`
      ALTER TABLE partner
        ADD COLUMN address_line1 VARCHAR(200) NOT NULL DEFAULT '',
        ADD COLUMN address_line2 VARCHAR(200) NULL,
        ADD COLUMN address_city VARCHAR(100) NOT NULL DEFAULT '',
        ADD COLUMN address_region VARCHAR(100) NULL,
        ADD COLUMN address_postal_code VARCHAR(20) NOT NULL DEFAULT '',
        ADD COLUMN address_country CHAR(2) NOT NULL DEFAULT 'US',
        ADD COLUMN primary_first_name VARCHAR(100) NOT NULL DEFAULT '',
        ADD COLUMN primary_last_name VARCHAR(100) NOT NULL DEFAULT '',
        ADD COLUMN primary_email VARCHAR(254) NOT NULL DEFAULT '',
        ADD COLUMN primary_phone VARCHAR(32) NOT NULL DEFAULT '',
        ADD COLUMN primary_verified_at DATETIME(3) NULL,
        ADD COLUMN support_email VARCHAR(254) NOT NULL DEFAULT '',
        ADD COLUMN support_phone VARCHAR(32) NOT NULL DEFAULT '',
        ADD COLUMN support_website VARCHAR(500) NOT NULL DEFAULT '',
        ADD COLUMN enrolled_by_user_id CHAR(36) NULL,
        ADD COLUMN rejection_reason VARCHAR(1000) NULL,
        ADD COLUMN status_changed_at DATETIME(3) NULL,
        ADD KEY ix_partner_status (status, created_at, id)`);
    await queryRunner.query('UPDATE partner SET status_changed_at = created_at WHERE status_changed_at IS NULL');
    await queryRunner.query(`
      CREATE TABLE verification_token (
        token_hash CHAR(64) NOT NULL,
        partner_id CHAR(36) NOT NULL,
        email VARCHAR(254) NOT NULL,
        expires_at DATETIME(3) NOT NULL,
        used_at DATETIME(3) NULL,
        created_at DATETIME(3) NOT NULL,
        PRIMARY KEY (token_hash),
        KEY ix_verification_partner (partner_id),
        CONSTRAINT fk_verification_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
      ) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE verification_token');
    await queryRunner.query(`
      ALTER TABLE partner DROP KEY ix_partner_status,
        DROP COLUMN address_line1, DROP COLUMN address_line2, DROP COLUMN address_city, DROP COLUMN address_region,
        DROP COLUMN address_postal_code, DROP COLUMN address_country, DROP COLUMN primary_first_name,
        DROP COLUMN primary_last_name, DROP COLUMN primary_email, DROP COLUMN primary_phone, DROP COLUMN primary_verified_at,
        DROP COLUMN support_email, DROP COLUMN support_phone, DROP COLUMN support_website, DROP COLUMN enrolled_by_user_id,
        DROP COLUMN rejection_reason, DROP COLUMN status_changed_at`);
    await queryRunner.query('DROP TABLE mpn_profile');
  }
}
