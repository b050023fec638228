import {
  ConfigError,
  createDataSource,
  DomainError,
  createLogger,
  databaseDefaultSecrets,
  ensureDatabase,
  KeyEncryption,
  messageForLog,
  openDatabase,
  refuseDefaultSecrets,
} from '@channelgraph/common';
import type { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { retryNotification } from '../application/retry-notification';
import { loadNotificationConfig, NotificationConfig, notificationDefaultSecrets } from '../config';
import { EmailBodies } from '../mail/bodies';
import { entities } from '../store/entities';
import { notificationMigrations } from '../store/migrations';
import { FailedEmail, failedNotificationIds, failedNotifications } from '../store/notifications.repository';

const USAGE = [
  'usage:',
  '  npm run mail -- list-failed              the emails given up, oldest first (id, kind, when, why)',
  '  npm run mail -- retry <id> [<id>…]       queue those FAILED emails again',
  '  npm run mail -- retry --all-failed       queue every FAILED email again',
].join('\n');

/** How many FAILED emails list-failed prints at most. */
const LIST_LIMIT = 500;

/** A wrong command line: said with the usage, exit code 2. */
export class UsageError extends Error {}

/** The database could not be opened: said with what to check. */
class DatabaseUnreachable extends Error {}

type Command = { name: 'list-failed' } | { name: 'retry'; ids: string[] } | { name: 'retry-all' };

export function parseMailArgs(args: string[]): Command {
  const [name, ...rest] = args;
  const flags = rest.filter((arg) => arg.startsWith('-'));
  const unknown = flags.find((flag) => name !== 'retry' || flag !== '--all-failed');
  if (unknown) throw new UsageError(`Unknown option ${unknown}.\n${USAGE}`);
  if (name === 'list-failed') {
    if (rest.length > 0) throw new UsageError(`list-failed takes nothing more (got ${rest.join(' ')}).\n${USAGE}`);
    return { name };
  }
  if (name === 'retry') {
    if (flags.length > 0 && rest.length > flags.length) throw new UsageError(`Either name the emails or give --all-failed, not both.\n${USAGE}`);
    if (flags.length > 0) return { name: 'retry-all' };
    if (rest.length === 0) throw new UsageError(`Name the emails to retry (npm run mail -- list-failed shows their ids), or give --all-failed.\n${USAGE}`);
    return { name, ids: [...new Set(rest)] };
  }
  throw new UsageError(`${name ? `Unknown command ${name}.` : 'Say what to do.'}\n${USAGE}`);
}

/** A server's answer may quote the recipient ("550 5.1.1 <rita@example.com>: unknown"): printed without it. */
const withoutAddresses = (text: string) => text.replace(/[^\s<>()[\]@"',;:]+@[^\s<>()[\]@"',;:]+/g, '[address]');

const describe = (row: FailedEmail) =>
  `${row.id}  ${row.kind}  created ${row.createdAt.toISOString()}  failed ${row.updatedAt.toISOString()} after ${row.attempts} attempt(s)\n    ${withoutAddresses(row.lastError ?? '(no reason recorded)')}`;

/** Why one email was not retried: the graph's own sentence for a refusal, a log-safe message otherwise. */
const reasonOf = (error: unknown) =>
  error instanceof DomainError || (error as GraphQLError).extensions?.code ? (error as Error).message : messageForLog(error);

async function open(config: NotificationConfig): Promise<DataSource> {
  const bodies = new EmailBodies(KeyEncryption.fromSetting(config.KEY_ENCRYPTION_KEY));
  try {
    await ensureDatabase(config.MYSQL_URL, config.NOTIFICATION_DATABASE);
    return await openDatabase(
      createDataSource({
        mysqlUrl: config.MYSQL_URL,
        database: config.NOTIFICATION_DATABASE,
        entities,
        migrations: notificationMigrations(bodies),
        poolSize: 2,
      }),
    );
  } catch (error) {
    throw new DatabaseUnreachable(
      `Could not open the notification database ${config.NOTIFICATION_DATABASE} on ${new URL(config.MYSQL_URL).host}: ${messageForLog(error)}. ` +
        'Is MySQL running (npm start starts it locally), and do MYSQL_URL and NOTIFICATION_DATABASE name the database the notification service uses?',
    );
  }
}

/**
 * `npm run mail`: an operator's view of FAILED email, and queueing it again, with the settings the
 * service runs with, through the same use case as the retryNotification mutation. A running mailer
 * sends a retried email on its next poll (MAIL_POLL_MS). Only ids, kinds and reasons are printed,
 * never an address. Resolves to the exit code: 1 when an email named could not be retried.
 */
export async function mail(config: NotificationConfig, args: string[], print: (line: string) => void = console.log): Promise<number> {
  const command = parseMailArgs(args);
  refuseDefaultSecrets(config, [...databaseDefaultSecrets(config.MYSQL_URL), ...notificationDefaultSecrets(config)]);
  const log = createLogger('notification', config.LOG_LEVEL, 'stderr');
  const dataSource = await open(config);
  try {
    if (command.name === 'list-failed') {
      const failed = await failedNotifications(dataSource, LIST_LIMIT);
      if (failed.length === 0) print('No FAILED emails.');
      else
        print(
          `${failed.length} FAILED email(s), oldest first${failed.length === LIST_LIMIT ? ` (the first ${LIST_LIMIT}; retry them and list again for more)` : ''}:`,
        );
      failed.forEach((row) => print(describe(row)));
      return 0;
    }
    const ids = command.name === 'retry-all' ? await failedNotificationIds(dataSource) : command.ids;
    if (ids.length === 0) {
      print('No FAILED emails to retry.');
      return 0;
    }
    print(`Queueing ${ids.length} email(s) again…`);
    let refused = 0;
    for (const id of ids) {
      try {
        await retryNotification({ dataSource, log }, id, { command: 'npm run mail -- retry' });
        print(`${id}: queued again`);
      } catch (error) {
        refused += 1;
        print(`${id}: not retried: ${reasonOf(error)}`);
      }
    }
    const queued = ids.length - refused;
    print(
      `${queued} queued again${refused > 0 ? `, ${refused} not retried (see above)` : ''}. A running notification service sends them within MAIL_POLL_MS (${config.MAIL_POLL_MS} ms).`,
    );
    return refused > 0 ? 1 : 0;
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  Promise.resolve()
    .then(() => mail(loadNotificationConfig(), process.argv.slice(2)))
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: Error) => {
      const known = error instanceof UsageError || error instanceof ConfigError || error instanceof DatabaseUnreachable;
      console.error(known ? error.message : `npm run mail failed: ${messageForLog(error)}`);
      if (!known) console.error(error.stack);
      process.exitCode = error instanceof UsageError ? 2 : 1;
    });
}
