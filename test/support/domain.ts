import { DomainError } from '@channelgraph/common';

/** The code (and field) of the DomainError a rule throws, or 'no error': one readable value per table row. */
export function failure(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return `${error.code}${error.field ? `:${error.field}` : ''}`;
    throw error;
  }
  return 'no error';
}
