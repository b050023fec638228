import { createHash } from 'node:crypto';
import { invalid } from './domain-error';
import { isUuid } from './validation';

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

/** What each place of a cursor's position must hold when it comes back: the position goes into SQL. */
export type CursorPart = 'timestamp' | 'uuid' | 'text' | 'number';

const holds: Record<CursorPart, (value: unknown) => boolean> = {
  timestamp: (value) => typeof value === 'string' && !Number.isNaN(Date.parse(value)),
  uuid: isUuid,
  text: (value) => typeof value === 'string',
  number: (value) => typeof value === 'number' && Number.isFinite(value),
};

/** Binds a position to the list it belongs to: `list` names that list's query with its filters and parent. */
const checkOf = (list: string, position: unknown[]) =>
  createHash('sha256')
    .update(JSON.stringify([list, position]))
    .digest('base64url')
    .slice(0, 16);

/**
 * Cursors are opaque to clients: base64url of the keyset position, followed by
 * a check that ties it to its list. A cursor of another list (another filter,
 * another partner's customers), an edited one or a cut one is refused instead
 * of starting the list somewhere unexpected. The check is not a secret: a
 * forged cursor can only start the caller's own list at another place.
 */
export function encodeCursor(list: string, position: unknown[]): string {
  return Buffer.from(JSON.stringify([...position, checkOf(list, position)])).toString('base64url');
}

/** The position `page.after` holds, checked against its list and the parts it must have; undefined on the first page. */
export function cursorPosition(page: PageRequest, list: string, parts: readonly CursorPart[]): unknown[] | undefined {
  if (page.after === undefined) return undefined;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(page.after, 'base64url').toString('utf8'));
  } catch {
    // not even JSON: refused below
  }
  if (Array.isArray(decoded) && decoded.length === parts.length + 1) {
    const position = decoded.slice(0, -1);
    if (decoded.at(-1) === checkOf(list, position) && parts.every((part, i) => holds[part](position[i]))) return position;
  }
  throw invalid(
    'after',
    'This cursor is not one this list handed out (it was changed, or comes from another list or filter): start again from the first page, without after.',
  );
}

/** Builds a connection from rows fetched with one extra row (limit first + 1) to know whether more follow. */
export function toConnection<T>(rows: T[], page: PageRequest, totalCount: number, list: string, positionOf: (row: T) => unknown[]): Connection<T> {
  const hasNextPage = rows.length > page.first;
  const nodes = hasNextPage ? rows.slice(0, page.first) : rows;
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(list, positionOf(node)) }));
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
