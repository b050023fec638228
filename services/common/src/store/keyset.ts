import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Connection, decodeCursor, PageRequest, toConnection } from '../pagination';

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
  const totalCount = await query.clone().getCount();
  if (page.after) {
    const [createdAt, id] = decodeCursor(page.after, 2) as [string, string];
    const beyond = order === 'ASC' ? '>' : '<';
    query.andWhere(`(${alias}.created_at ${beyond} :cursorAt OR (${alias}.created_at = :cursorAt AND ${alias}.id ${beyond} :cursorId))`, {
      cursorAt: new Date(createdAt),
      cursorId: id,
    });
  }
  const rows = await query.orderBy(`${alias}.created_at`, order).addOrderBy(`${alias}.id`, order).take(page.first + 1).getMany();
  return toConnection(rows, page, totalCount, (row) => [row.createdAt.toISOString(), row.id]);
}
