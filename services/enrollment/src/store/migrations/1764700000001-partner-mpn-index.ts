import { MigrationInterface, QueryRunner } from 'typeorm';

/** Finding who holds an MPN id in a programme (one tenant per programme) without a table scan. */
export class PartnerMpnIndex1764700000001 implements MigrationInterface {
  name = 'PartnerMpnIndex1764700000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE INDEX ix_partner_program_mpn ON partner (program, mpn_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX ix_partner_program_mpn ON partner');
  }
}
