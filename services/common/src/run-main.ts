import { ConfigError } from './config';
import { messageForLog } from './log-redaction';
import { createLogger, Logger } from './logger';
import type { Platform } from './platform';

/**
 * A refusal the operator can act on (a setting wrong, a secret left at its default, the wrong
 * key) is one sentence; anything else is a fault and keeps its stack for whoever debugs it.
 */
export function logStartupFailure(log: Pick<Logger, 'fatal'>, service: string, error: Error): void {
  if (error instanceof ConfigError) log.fatal(`${service} could not start: ${error.message}`);
  else log.fatal({ err: error }, `${service} could not start: ${messageForLog(error)}`);
}

/** Starts a service process and stops it cleanly on SIGINT/SIGTERM; start-up failures exit with a readable message. */
export function runMain(service: string, start: () => Promise<{ platform: Platform }>): void {
  const log = createLogger(service);
  // Through a promise, so that a configuration read that throws at once is reported like any other failure.
  Promise.resolve()
    .then(start)
    .then(({ platform }) => {
      const shutdown = (signal: string) => {
        log.info({ signal }, 'stopping');
        platform
          .stop()
          .then(() => process.exit(0))
          .catch((error) => {
            log.error({ err: error }, 'unclean stop');
            process.exit(1);
          });
      };
      process.once('SIGINT', () => shutdown('SIGINT'));
      process.once('SIGTERM', () => shutdown('SIGTERM'));
    })
    .catch((error: Error) => {
      logStartupFailure(log, service, error);
      process.exit(1);
    });
}
