import { hashLinkToken, withoutLinkTokens } from '@channelgraph/common';
import { MigrationInterface, QueryRunner } from 'typeorm';
import type { EmailBodies } from '../../mail/bodies';

/**
 * No link token readable at rest (DESIGN §8): an invitation keeps the hash of its link's token instead
 * of the link; an email keeps its bodies with token links removed, and one still waiting to be sent
 * keeps them sealed until it is (mail/bodies). Built with the key it seals with, so it is made per start
 * (see `notificationMigrations`).
 */
export function linksAtRestMigration(bodies: EmailBodies) {
  return class LinksAtRest1765000000001 implements MigrationInterface {
    name = 'LinksAtRest1765000000001';

    async up(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query('ALTER TABLE invitation ADD COLUMN token_hash CHAR(64) NULL');
      const invitations: Array<{ request_id: string; invitation_url: string }> = await queryRunner.query('SELECT request_id, invitation_url FROM invitation');
      for (const row of invitations) {
        const token = new URL(row.invitation_url).searchParams.get('token') ?? '';
        await queryRunner.query('UPDATE invitation SET token_hash = ? WHERE request_id = ?', [hashLinkToken(token), row.request_id]);
      }
      await queryRunner.query('ALTER TABLE invitation DROP COLUMN invitation_url, MODIFY token_hash CHAR(64) NOT NULL');

      await queryRunner.query('ALTER TABLE notification ADD COLUMN sealed_bodies MEDIUMTEXT NULL AFTER html_body');
      const withLinks: Array<{ id: string; status: string; text_body: string; html_body: string }> = await queryRunner.query(
        "SELECT id, status, text_body, html_body FROM notification WHERE text_body LIKE '%token=%' OR html_body LIKE '%token=%'",
      );
      for (const row of withLinks) {
        const email = { subject: '', text: row.text_body, html: row.html_body };
        const stored =
          row.status === 'QUEUED'
            ? bodies.toStore(row.id, email)
            : { textBody: withoutLinkTokens(row.text_body), htmlBody: withoutLinkTokens(row.html_body), sealedBodies: null };
        await queryRunner.query('UPDATE notification SET text_body = ?, html_body = ?, sealed_bodies = ? WHERE id = ?', [
          stored.textBody,
          stored.htmlBody,
          stored.sealedBodies,
          row.id,
        ]);
      }
    }

    async down(): Promise<void> {
      throw new Error('LinksAtRest1765000000001 cannot be undone: the links it removed are gone.');
    }
  };
}
