import type { NextFunction, Request, Response } from 'express';

const MESSAGES: Record<string, string> = {
  'entity.too.large': 'The request body is too large.',
  'entity.parse.failed': 'The request body is not valid JSON.',
};

/**
 * A body the JSON parser refuses (too large, not JSON, an unsupported charset)
 * gets a GraphQL-shaped error with its 4xx status, not Express's HTML page with
 * a stack trace.
 */
export function bodyErrors(error: { type?: unknown; status?: unknown }, _req: Request, res: Response, next: NextFunction): void {
  const status = typeof error?.status === 'number' ? error.status : 500;
  if (typeof error?.type === 'string' && status >= 400 && status < 500) {
    res.status(status).json({ errors: [{ message: MESSAGES[error.type] ?? 'The request body cannot be read.', extensions: { code: 'BAD_REQUEST' } }] });
  } else {
    next(error);
  }
}
