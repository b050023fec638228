import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * B3: the partner assigns admin roles the customer granted to named users of its own. An assignment names a
 * relationship, its roles and its users (one row each, so authorize finds a user's assignments by index).
 */
export class AdminAccessAssignments1766200000002 implements MigrationInterface {
  name = 'AdminAccessAssignments1766200000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE admin_access_assignment (
        id CHAR(36) NOT NULL PRIMARY KEY,
        relationship_id CHAR(36) NOT NULL,
        partner_id CHAR(36) NOT NULL,
        admin_roles VARCHAR(255) NOT NULL,
        created_by_user_id CHAR(36) NULL,
        created_at DATETIME(3) NOT NULL,
        updated_at DATETIME(3) NOT NULL,
        KEY ix_assignment_relationship (relationship_id, created_at, id)
      )`);
    await queryRunner.query(`
      CREATE TABLE admin_access_assignment_user (
        assignment_id CHAR(36) NOT NULL,
        user_id CHAR(36) NOT NULL,
        PRIMARY KEY (assignment_id, user_id),
        KEY ix_assignment_user (user_id, assignment_id),
        CONSTRAINT fk_assignment_user FOREIGN KEY (assignment_id) REFERENCES admin_access_assignment (id) ON DELETE CASCADE
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE admin_access_assignment_user');
    await queryRunner.query('DROP TABLE admin_access_assignment');
  }
}
