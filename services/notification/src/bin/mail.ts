import { ConfigError, createDataSource, ensureDatabase, KeyEncryption, openDatabase } from '@channelgraph/common';
import { failedNotifications, retryNotification } from '../application/retry-notification';
import { loadNotificationConfig, NotificationConfig } from '../config';
import { EmailBodies } from '../mail/bodies';
import type { NotificationRow } from '../store/entities';
import { entities } from '../store/entities';
import { notificationMigrations } from '../store/migrations';

const USAGE = [
  'npm run mail -- list-failed              the emails given up, oldest first (id, kind, when, why)',
  'npm run mail -- retry <id> [<id>…]       send those FAILED emails again',
  'npm run mail -- retry --all-failed       send every FAILED email again',
].join('\n');

const describe = (row: NotificationRow) => `${row.id}  ${row.kind}  created ${row.createdAt.toISOString()}  ${row.attempts} attempt(s)  ${row.lastError ?? ''}`.trimEnd();

/**
 * `npm run mail`: an operator's view of FAILED email, and retrying it, with the
 * settings the service runs with. A running mailer sends a retried email on its
 * next poll (MAIL_POLL_MS); the addresses are not printed, only ids and reasons.
 */
export async function mail(config: NotificationConfig, args: string[]): Promise<string[]> {
  const [command, ...rest] = args;
  if (command !== 'list-failed' && command !== 'retry') throw new UsageError(`Unknown command ${command ?? '(none)'}.\n${USAGE}`);
  if (command === 'retry' && rest.length === 0) throw new UsageError(`Name the emails to retry, or --all-failed.\n${USAGE}`);
  const bodies = new EmailBodies(KeyEncryption.fromSetting(config.KEY_ENCRYPTION_KEY));
  await ensureDatabase(config.MYSQL_URL, config.NOTIFICATION_DATABASE);
  const dataSource = await openDatabase(createDataSource({ mysqlUrl: config.MYSQL_URL, database: config.NOTIFICATION_DATABASE, entities, migrations: notificationMigrations(bodies), poolSize: 2 }));
  try {
    if (command === 'list-failed') {
      const failed = await failedNotifications(dataSource);
      return failed.length === 0 ? ['No FAILED emails.'] : [`${failed.length} FAILED email(s):`, ...failed.map(describe)];
    }
    const ids = rest.includes('--all-failed') ? (await failedNotifications(dataSource, 100_000)).map((row) => row.id) : rest;
    const lines: string[] = [];
    for (const id of ids) {
      try {
        await retryNotification({ dataSource }, id);
        lines.push(`${id}: queued again`);
      } catch (error) {
        process.exitCode = 1;
        lines.push(`${id}: not retried: ${(error as Error).message}`);
      }
    }
    return lines.length === 0 ? ['No FAILED emails to retry.'] : lines;
  } finally {
    await dataSource.destroy();
  }
}

class UsageError extends Error {}

if (require.main === module) {
  Promise.resolve()
    .then(() => mail(loadNotificationConfig(), process.argv.slice(2)))
    .then((lines) => console.log(lines.join('\n')))
    .catch((error: Error) => {
      console.error(error instanceof UsageError ? error.message : `Could not reach the notification database: ${error.message}`);
      if (!(error instanceof ConfigError) && !(error instanceof UsageError)) console.error(error.stack);
      process.exit(error instanceof UsageError ? 2 : 1);
    });
}
