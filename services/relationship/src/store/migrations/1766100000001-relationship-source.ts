import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R18: where each customer came from, on the request (known when it is accepted) and on the
 * relationship, with an index that serves the partner's customer list filtered by source.
 * Rows made before are the partner's own marketing, except those a combined invitation made
 * (R19), which came through the indirect channel. Imported rows are not told apart: an
 * import's rows are forgotten once applied (R16).
 */
export class RelationshipSource1766100000001 implements MigrationInterface {
  name = 'RelationshipSource1766100000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "ALTER TABLE relationship_request ADD COLUMN source VARCHAR(24) NOT NULL DEFAULT 'OWN_MARKETING', ADD COLUMN lead_id CHAR(36) NULL, ADD COLUMN referral_id CHAR(36) NULL",
    );
    await queryRunner.query("UPDATE relationship_request SET source = 'INDIRECT_PROVIDER' WHERE kind = 'CUSTOMER_WITH_PROVIDER'");
    await queryRunner.query(
      "ALTER TABLE relationship ADD COLUMN source VARCHAR(24) NOT NULL DEFAULT 'OWN_MARKETING', ADD KEY ix_relationship_partner_source (partner_id, status, source, customer_name, id)",
    );
    await queryRunner.query(`
      UPDATE relationship r
        JOIN relationship_request q
          ON q.kind = 'CUSTOMER_WITH_PROVIDER' AND q.status = 'ACCEPTED' AND q.responded_by_tenant_id = r.customer_tenant_id
         AND (q.partner_id = r.partner_id OR q.indirect_provider_id = r.partner_id)
         SET r.source = 'INDIRECT_PROVIDER'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE relationship DROP KEY ix_relationship_partner_source, DROP COLUMN source');
    await queryRunner.query('ALTER TABLE relationship_request DROP COLUMN source, DROP COLUMN lead_id, DROP COLUMN referral_id');
  }
}
