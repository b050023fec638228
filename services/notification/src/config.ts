import { DefaultSecret, keyEncryptionKeyDefaultSecrets, keyEncryptionKeySetting, loadConfig, platformConfigSchema } from '@channelgraph/common';
import { z } from 'zod';

export const notificationConfigSchema = platformConfigSchema.extend({
  NOTIFICATION_PORT: z.coerce.number().int().min(0).max(65535).default(4004),
  NOTIFICATION_DATABASE: z.string().default('channelgraph_notification'),
  MAIL_FROM: z.string().default('channelgraph <no-reply@channelgraph.local>'),
  /** Backoff between attempts at an email that failed transiently (no connection, 4xx, no answer): doubles from the base up to the max. */
  MAIL_RETRY_BASE_MS: z.coerce.number().int().min(10).default(2000),
  MAIL_RETRY_MAX_MS: z.coerce
    .number()
    .int()
    .min(10)
    .default(5 * 60 * 1000),
  /** Transient failures are retried until the email is this old (from when it was queued), then it is FAILED; fractions allowed. */
  MAIL_GIVE_UP_AFTER_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(24),
  /** Longest one send may take, connecting included; past it the send counts as a transient failure and the SMTP connections are replaced. */
  MAIL_SEND_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(10 * 60 * 1000)
    .default(30000),
  /** Emails in flight at once: a slow SMTP server slows, but does not stall, delivery. */
  MAIL_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(4),
  MAIL_POLL_MS: z.coerce.number().int().min(50).default(1000),
  /** Bulk announcements (a new agreement version to every customer) started per second, per instance; transactional email always goes first. */
  MAIL_BULK_PER_SECOND: z.coerce.number().int().min(1).max(1000).default(20),
  /** Seals the bodies of emails that hold a link until they are sent (mail/bodies); may be enrollment's key or one of its own. */
  KEY_ENCRYPTION_KEY: keyEncryptionKeySetting,
  /** Invitation emails (sendRelationshipRequestEmail) per partner tenant per hour, and per invitation per hour. */
  INVITATION_EMAILS_PER_TENANT_PER_HOUR: z.coerce.number().int().min(1).default(100),
  INVITATION_EMAILS_PER_INVITATION_PER_HOUR: z.coerce.number().int().min(1).default(5),
});

export type NotificationConfig = z.infer<typeof notificationConfigSchema>;

export const loadNotificationConfig = (env: NodeJS.ProcessEnv = process.env): NotificationConfig => loadConfig(notificationConfigSchema, env);

/** What production must not run on (common production-guards); the database password is checked for every service. */
export const notificationDefaultSecrets = (config: NotificationConfig): DefaultSecret[] =>
  keyEncryptionKeyDefaultSecrets(config.KEY_ENCRYPTION_KEY, 'emails waiting to be sent');
