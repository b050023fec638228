import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Connection, cursorPosition, PageRequest, toConnection } from '../pagination';

/**
 * The list a query pages through, as cursors are tied to it: its SQL and parameters before
 * paging (the filter, the parent, the caller's tenant), so another list's cursor does not fit.
 */
export function listOf<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): string {
  return JSON.stringify(query.getQueryAndParameters());
}

/**
 * One page of a query in (created_at, id) order, by keyset: the cursor holds
 * the last row's position, so deep pages cost the same as the first (given an
 * index ending in created_at, id).
 */
export async function pageByCreation<T extends ObjectLiteral & { id: string; createdAt: Date }>(
  query: SelectQueryBuilder<T>,
  alias: string,
  page: PageRequest,
  order: 'ASC' | 'DESC',
): Promise<Connection<T>> {
  const list = `${order}:${listOf(query)}`;
  const position = cursorPosition(page, list, ['timestamp', 'uuid']);
  const totalCount = await query.clone().getCount();
  if (position) {
    const [createdAt, id] = position as [string, string];
    const beyond = order === 'ASC' ? '>' : '<';
    query.andWhere(`(${alias}.created_at ${beyond} :cursorAt OR (${alias}.created_at = :cursorAt AND ${alias}.id ${beyond} :cursorId))`, {
      cursorAt: new Date(createdAt),
      cursorId: id,
    });
  }
  const rows = await query
    .orderBy(`${alias}.created_at`, order)
    .addOrderBy(`${alias}.id`, order)
    .take(page.first + 1)
    .getMany();
  return toConnection(rows, page, totalCount, list, (row) => [row.createdAt.toISOString(), row.id]);
}
