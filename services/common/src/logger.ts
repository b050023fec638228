import pino, { DestinationStream, Logger } from 'pino';
import { currentTrace } from './context';
import { errorForLog, withoutSecrets } from './log-redaction';

export type { Logger };

const fileDestinations = new Map<string, DestinationStream>();

/**
 * Standard output, or the file LOG_FILE names (appended to). Every logger of a
 * process shares one stream per file, so services run in one process (as the
 * test stack runs them) write one file that a test can read back line by line.
 */
function logDestination(file = process.env.LOG_FILE): DestinationStream | undefined {
  if (!file) return undefined;
  let destination = fileDestinations.get(file);
  if (!destination) {
    destination = pino.destination({ dest: file, append: true, mkdir: true, sync: true });
    fileDestinations.set(file, destination);
  }
  return destination;
}

/**
 * JSON logs; every line carries the correlation id of the request or event being served.
 * A command-line tool logs to standard error (`output`), keeping standard output for what it prints for people.
 */
export function createLogger(service: string, level: string = process.env.LOG_LEVEL ?? 'info', output: 'stdout' | 'stderr' = 'stdout'): Logger {
  const options: pino.LoggerOptions = {
    name: service,
    level,
    base: { service },
    mixin() {
      const trace = currentTrace();
      return trace ? { correlationId: trace.correlationId, causationId: trace.causationId } : {};
    },
    // Errors keep what they are and where they came from, never the values of the query or request that failed.
    serializers: { err: errorForLog, error: errorForLog },
    redact: {
      paths: [
        'password',
        '*.password',
        '*.newPassword',
        '*.currentPassword',
        'token',
        '*.token',
        'authorization',
        '*.authorization',
        'cookie',
        '*.cookie',
        'headers.authorization',
        'headers.cookie',
        '*.headers.authorization',
        '*.headers.cookie',
        'variables',
        '*.variables',
        'parameters',
        '*.parameters',
      ],
      censor: '[redacted]',
    },
    hooks: {
      // A message may quote an error's text or a URL: no link token or JWT reaches the line through it either.
      logMethod(args, method) {
        method.apply(this, args.map((arg) => (typeof arg === 'string' ? withoutSecrets(arg) : arg)) as Parameters<typeof method>);
      },
    },
  };
  const destination = logDestination() ?? (output === 'stderr' ? pino.destination({ dest: 2, sync: true }) : undefined);
  return destination ? pino(options, destination) : pino(options);
}
