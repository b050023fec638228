import { TABLE_OPTIONS } from '@channelgraph/common';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The partner directory (R1): each partner's business profile, searched by a
 * FULLTEXT index (InnoDB, so the same SQL runs on MySQL 8 and MariaDB 10.11),
 * and the leads customers send to the partners they pick.
 */
export class Directory1763900000003 implements MigrationInterface {
  name = 'Directory1763900000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE partner_profile (
        partner_id CHAR(36) NOT NULL,
        description TEXT NOT NULL,
        city VARCHAR(100) NOT NULL,
        country CHAR(2) NOT NULL,
        organization_sizes VARCHAR(32) NOT NULL,
        keywords VARCHAR(1000) NOT NULL,
        search_text TEXT NOT NULL,
        updated_at DATETIME(3) NOT NULL,
        PRIMARY KEY (partner_id),
        KEY ix_partner_profile_country_city (country, city),
        KEY ix_partner_profile_city (city),
        FULLTEXT KEY ft_partner_profile_search (search_text),
        CONSTRAINT fk_partner_profile_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
      ) ${TABLE_OPTIONS}`);
    // The directory without keywords lists ACTIVE partners by name: keyset pages need this order in an index.
    await queryRunner.query('ALTER TABLE partner ADD KEY ix_partner_status_name (status, legal_name, id)');
    await queryRunner.query(`
      CREATE TABLE partner_lead (
        id CHAR(36) NOT NULL,
        customer_tenant_id CHAR(36) NOT NULL,
        created_by_user_id CHAR(36) NOT NULL,
        contact_email VARCHAR(254) NOT NULL,
        need TEXT NOT NULL,
        created_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        KEY ix_partner_lead_tenant (customer_tenant_id, created_at),
        CONSTRAINT fk_partner_lead_tenant FOREIGN KEY (customer_tenant_id) REFERENCES tenant (id)
      ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`
      CREATE TABLE partner_lead_recipient (
        lead_id CHAR(36) NOT NULL,
        partner_id CHAR(36) NOT NULL,
        PRIMARY KEY (lead_id, partner_id),
        KEY ix_partner_lead_recipient_partner (partner_id),
        CONSTRAINT fk_partner_lead_recipient_lead FOREIGN KEY (lead_id) REFERENCES partner_lead (id),
        CONSTRAINT fk_partner_lead_recipient_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
      ) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE partner_lead_recipient');
    await queryRunner.query('DROP TABLE partner_lead');
    await queryRunner.query('ALTER TABLE partner DROP KEY ix_partner_status_name');
    await queryRunner.query('DROP TABLE partner_profile');
  }
}
