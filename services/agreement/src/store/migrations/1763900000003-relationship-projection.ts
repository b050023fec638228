import { TABLE_OPTIONS } from '@channelgraph/common';
import { MigrationInterface, QueryRunner } from 'typeorm';


/**
 * Agreement's copy of the relationship subgraph's relationships, kept from its
 * events: who is a partner of which customer, so agreement can decide who may
 * confirm a customer's acceptance and who may read it, without calling another service.
 */
export class RelationshipProjection1763900000003 implements MigrationInterface {
  name = 'RelationshipProjection1763900000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE relationship_projection (
        id CHAR(36) NOT NULL,
        partner_id CHAR(36) NOT NULL,
        partner_tenant_id CHAR(36) NOT NULL,
        customer_tenant_id CHAR(36) NOT NULL,
        status VARCHAR(16) NOT NULL,
        roles TEXT NOT NULL,
        changed_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        KEY ix_relationship_customer (customer_tenant_id, status, partner_tenant_id),
        KEY ix_relationship_partner (partner_tenant_id, customer_tenant_id)
      ) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE relationship_projection');
  }
}
