import { TABLE_OPTIONS } from '@channelgraph/common';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** R18: the directory leads sent to each partner (enrollment's PartnersContacted), so an invitation from a lead can be checked here. */
export class LeadProjection1766100000002 implements MigrationInterface {
  name = 'LeadProjection1766100000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE lead_projection (
        lead_id CHAR(36) NOT NULL,
        partner_id CHAR(36) NOT NULL,
        customer_tenant_id CHAR(36) NOT NULL,
        contact_email VARCHAR(254) NOT NULL,
        contacted_at DATETIME(3) NOT NULL,
        PRIMARY KEY (lead_id, partner_id)
      ) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE lead_projection');
  }
}
