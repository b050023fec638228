import pino, { Logger } from 'pino';
import { currentTrace } from './context';

export type { Logger };

/** JSON logs; every line carries the correlation id of the request or event being served. */
export function createLogger(service: string, level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    mixin() {
      const trace = currentTrace();
      return trace ? { correlationId: trace.correlationId, causationId: trace.causationId } : {};
    },
    redact: {
      paths: ['password', '*.password', '*.newPassword', '*.currentPassword', 'token', '*.token', 'authorization', '*.authorization'],
      censor: '[redacted]',
    },
  });
}
