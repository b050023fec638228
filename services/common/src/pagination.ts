import { invalid } from './domain-error';

/** Relay connection arguments, validated: `first` within limits, `after` an opaque cursor. */
export interface PageRequest {
  first: number;
  after?: string;
}

export interface Connection<T> {
  edges: Array<{ node: T; cursor: string }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export const MAX_PAGE_SIZE = 100;

export function pageRequest(first: number | null | undefined, after: string | null | undefined, defaultSize = 20): PageRequest {
  const size = first ?? defaultSize;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) throw invalid('first', `first must be between 1 and ${MAX_PAGE_SIZE}.`);
  return { first: size, after: after ?? undefined };
}

/** Cursors are opaque to clients: base64url of the keyset position. */
export function encodeCursor(position: unknown[]): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): unknown[] {
  try {
    const position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(position) && position.length === length) return position;
  } catch {
    // fall through to the error below
  }
  throw invalid('after', 'The cursor is not valid; pass an endCursor from a previous page.');
}

/** Builds a connection from rows fetched with one extra row (limit first + 1) to know whether more follow. */
export function toConnection<T>(rows: T[], page: PageRequest, totalCount: number, positionOf: (row: T) => unknown[]): Connection<T> {
  const hasNextPage = rows.length > page.first;
  const nodes = hasNextPage ? rows.slice(0, page.first) : rows;
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(positionOf(node)) }));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: page.after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
