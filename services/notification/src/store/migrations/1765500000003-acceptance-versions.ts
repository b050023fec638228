import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R4: a customer is behind on the Customer Agreement when the version it accepted (in any language) is not the
 * current one, so the projection keeps the version. Rows projected before have none and count as behind on
 * any version whose template they did not accept, as before.
 */
export class AcceptanceVersions1765500000003 implements MigrationInterface {
  name = 'AcceptanceVersions1765500000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE agreement_acceptance ADD COLUMN version VARCHAR(32) NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE agreement_acceptance DROP COLUMN version');
  }
}
