import {
  jwksUrlOf,
  KeyEncryption,
  Links,
  MysqlAbuseCounters,
  Platform,
  remoteTokenVerifier,
  runMain,
  Throttle,
  tokenVerifierOptionsOf,
} from '@channelgraph/common';
import { loadNotificationConfig, NotificationConfig, notificationDefaultSecrets } from './config';
import { subscriptions } from './events/subscriptions';
import { createResolvers } from './graphql/resolvers';
import { EmailBodies } from './mail/bodies';
import { Mailer } from './mail/mailer';
import { registerMailMetrics } from './mail/metrics';
import { EmailTemplates } from './mail/templates';
import { entities } from './store/entities';
import { notificationMigrations } from './store/migrations';

/**
 * Composition root: config → database → mailer → event consumer → server.
 * Platform adds the rest, listed once in services/common/src/platform.ts (class Platform): topics, the
 * relay, the access-revocation handlers beside this service's subscriptions, the revoking token verifier.
 */
export async function startNotification(config: NotificationConfig) {
  const bodies = new EmailBodies(KeyEncryption.fromSetting(config.KEY_ENCRYPTION_KEY));
  const platform = await Platform.open({
    service: 'notification',
    config,
    database: config.NOTIFICATION_DATABASE,
    entities,
    migrations: notificationMigrations(bodies),
    defaultSecrets: notificationDefaultSecrets(config),
  });
  const { dataSource } = platform;
  const links = new Links(config.PUBLIC_URL);
  const mailer = new Mailer({
    dataSource,
    smtpUrl: config.SMTP_URL,
    from: config.MAIL_FROM,
    log: platform.log,
    concurrency: config.MAIL_CONCURRENCY,
    retryBaseMs: config.MAIL_RETRY_BASE_MS,
    retryMaxMs: config.MAIL_RETRY_MAX_MS,
    giveUpAfterMs: config.MAIL_GIVE_UP_AFTER_HOURS * 3_600_000,
    sendTimeoutMs: config.MAIL_SEND_TIMEOUT_MS,
    pollMs: config.MAIL_POLL_MS,
    bulkPerSecond: config.MAIL_BULK_PER_SECOND,
    bodies,
  });
  platform.consume(subscriptions({ templates: new EmailTemplates(), links, mailer, bodies, log: platform.log }));
  platform.onStop(() => mailer.stop());
  registerMailMetrics(platform.metrics, dataSource);
  mailer.start();
  // Counted in MySQL, so every notification instance holds the same limits.
  const counters = new MysqlAbuseCounters(dataSource);
  const invitationEmailThrottles = {
    perTenant: new Throttle(
      counters,
      'invitation-emails',
      { max: config.INVITATION_EMAILS_PER_TENANT_PER_HOUR, windowSeconds: 3600 },
      'invitation emails from your organisation',
    ),
    perInvitation: new Throttle(
      counters,
      'invitation-emails-of',
      { max: config.INVITATION_EMAILS_PER_INVITATION_PER_HOUR, windowSeconds: 3600 },
      'emails for this invitation',
    ),
  };
  const server = await platform.serve(
    {
      resolvers: createResolvers({ dataSource, unitOfWork: platform.unitOfWork, mailer, bodies, links, log: platform.log, invitationEmailThrottles }),
      verifier: remoteTokenVerifier(jwksUrlOf(config), tokenVerifierOptionsOf(config)),
      extendContext: (base) => base,
    },
    config.NOTIFICATION_PORT,
  );
  return { platform, server, mailer };
}

if (require.main === module) runMain('notification', () => startNotification(loadNotificationConfig()));
