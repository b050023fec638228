import { KeyEncryption, withoutLinkTokens } from '@channelgraph/common';
import type { NotificationRow } from '../store/entities';
import type { RenderedEmail } from './templates';

/** How an email's bodies are kept on its notification row. */
export type StoredBodies = Pick<NotificationRow, 'textBody' | 'htmlBody' | 'sealedBodies'>;

/**
 * An email that holds a link token must keep it until it is sent (SMTP may be
 * down for hours), but the database must not hold the token readable (DESIGN
 * §8). So the row's bodies always have their token links removed, as the API
 * shows them; the bodies as sent are sealed with KEY_ENCRYPTION_KEY (AES-256-GCM,
 * bound to the row's id) and the sealed copy is dropped once the email is sent.
 */
export class EmailBodies {
  constructor(private readonly encryption: KeyEncryption) {}

  toStore(notificationId: string, email: RenderedEmail): StoredBodies {
    const textBody = withoutLinkTokens(email.text);
    const htmlBody = withoutLinkTokens(email.html);
    const holdsLinks = textBody !== email.text || htmlBody !== email.html;
    return {
      textBody,
      htmlBody,
      sealedBodies: holdsLinks ? this.encryption.seal(JSON.stringify({ text: email.text, html: email.html }), notificationId) : null,
    };
  }

  toSend(row: NotificationRow): { text: string; html: string } {
    if (!row.sealedBodies) return { text: row.textBody, html: row.htmlBody };
    return JSON.parse(this.encryption.open(row.sealedBodies, row.id, `the email ${row.id}`)) as { text: string; html: string };
  }
}
