import type { ErrorCode } from './errors';

/**
 * A broken business rule, raised by pure domain code (which must not depend on
 * GraphQL). The server maps it to a GraphQL error with the same code and field.
 */
export class DomainError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'INTERNAL_SERVER_ERROR'>,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const invalid = (field: string, message: string) => new DomainError('BAD_USER_INPUT', message, field);
