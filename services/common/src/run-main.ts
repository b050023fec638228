import { createLogger } from './logger';
import type { Platform } from './platform';

/** Starts a service process and stops it cleanly on SIGINT/SIGTERM; start-up failures exit with a readable message. */
export function runMain(service: string, start: () => Promise<{ platform: Platform }>): void {
  const log = createLogger(service);
  start()
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
      log.fatal({ err: error }, `${service} could not start: ${error.message}`);
      process.exit(1);
    });
}
