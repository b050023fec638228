/** True when a write failed on the named unique key: the loser of a race that a prior check could not see. */
export function isDuplicateKey(error: unknown, keyName?: string): boolean {
  const driverError = (error as { driverError?: { code?: string; sqlMessage?: string } })?.driverError ?? (error as { code?: string; sqlMessage?: string });
  if (driverError?.code !== 'ER_DUP_ENTRY') return false;
  return keyName === undefined || (driverError.sqlMessage ?? '').includes(keyName);
}

/**
 * Errors that say nothing about the work itself, only that a server or the
 * way to it was unavailable for a moment: the same work can succeed later.
 * MySQL connection loss and refusal, a deadlock or lock wait, too many
 * connections, a network reset or timeout, and kafkajs's retriable errors.
 */
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_LOCK_DEADLOCK',
  'ER_LOCK_WAIT_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_QUERY_INTERRUPTED',
]);

/** The error and what it wraps (a driver's error, a cause), outermost first, at most five deep. */
export function* errorChain(error: unknown): Generator<Record<string, unknown>> {
  for (let current: unknown = error, depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    const candidate = current as { driverError?: unknown; cause?: unknown };
    yield current as Record<string, unknown>;
    current = candidate.driverError ?? candidate.cause;
  }
}

export function isTransient(error: unknown): boolean {
  for (const current of errorChain(error)) {
    const candidate = current as { code?: unknown; errno?: unknown; retriable?: unknown; name?: unknown; fatal?: unknown; message?: unknown };
    if (typeof candidate.code === 'string' && TRANSIENT_CODES.has(candidate.code)) return true;
    if (candidate.retriable === true && typeof candidate.name === 'string' && candidate.name.startsWith('KafkaJS')) return true;
    // mysql2 marks a connection it can no longer use as fatal, whatever its code.
    if (candidate.fatal === true) return true;
    if (
      typeof candidate.message === 'string' &&
      /Connection lost|Pool is closed|connect ETIMEDOUT|Can't add new command when connection is in closed state/.test(candidate.message)
    )
      return true;
  }
  return false;
}
