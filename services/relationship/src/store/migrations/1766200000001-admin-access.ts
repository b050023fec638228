import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * B1–B3: delegated admin becomes granular and time-bound. Requests keep the admin roles and duration they ask
 * for (and, for a change request, the relationship and customer it is about; such a request has no invitee
 * address); relationships keep the roles granted, the expiry, auto-extend and when the next expiry warning is due.
 *
 * Existing DELEGATED_ADMIN relationships held the seed's unlimited global admin: they become GLOBAL_ADMINISTRATOR
 * for two years from now, and are flagged so that the service announces each (AdminAccessChanged MIGRATED, and an
 * email) through the outbox once it runs: a migration cannot raise events. Pending requests for delegated admin ask
 * for the same. Forward-only: going back would give every partner unlimited access again.
 */
export class AdminAccess1766200000001 implements MigrationInterface {
  name = 'AdminAccess1766200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE relationship_request
        ADD COLUMN admin_roles VARCHAR(255) NOT NULL DEFAULT '',
        ADD COLUMN admin_access_duration VARCHAR(16) NULL,
        ADD COLUMN auto_extend TINYINT(1) NOT NULL DEFAULT 0,
        ADD COLUMN relationship_id CHAR(36) NULL,
        ADD COLUMN customer_tenant_id CHAR(36) NULL,
        MODIFY invitee_email VARCHAR(254) NULL,
        ADD KEY ix_request_relationship (relationship_id, status)`);
    await queryRunner.query(
      "UPDATE relationship_request SET admin_roles = 'GLOBAL_ADMINISTRATOR', admin_access_duration = 'P2Y' WHERE FIND_IN_SET('DELEGATED_ADMIN', roles) > 0",
    );
    await queryRunner.query(`
      ALTER TABLE relationship
        ADD COLUMN admin_roles VARCHAR(255) NOT NULL DEFAULT '',
        ADD COLUMN admin_access_expires_at DATETIME(3) NULL,
        ADD COLUMN auto_extend TINYINT(1) NOT NULL DEFAULT 0,
        ADD COLUMN admin_next_warning_at DATETIME(3) NULL,
        ADD COLUMN admin_access_migrated TINYINT(1) NOT NULL DEFAULT 0,
        ADD KEY ix_relationship_admin_expiry (admin_access_expires_at),
        ADD KEY ix_relationship_partner_admin_expiry (partner_id, admin_access_expires_at, id),
        ADD KEY ix_relationship_admin_warning (admin_next_warning_at),
        ADD KEY ix_relationship_admin_migrated (admin_access_migrated)`);
    await queryRunner.query(`
      UPDATE relationship
         SET admin_roles = 'GLOBAL_ADMINISTRATOR', admin_access_expires_at = UTC_TIMESTAMP(3) + INTERVAL 730 DAY, admin_access_migrated = 1
       WHERE status = 'ACTIVE' AND FIND_IN_SET('DELEGATED_ADMIN', roles) > 0`);
  }

  async down(): Promise<void> {
    throw new Error('AdminAccess1766200000001 is forward-only: undoing it would give every delegated admin partner unlimited access again.');
  }
}
