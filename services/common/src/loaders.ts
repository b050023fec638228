import DataLoader from 'dataloader';
import { DataSource, EntitySchema, FindOptionsWhere, In } from 'typeorm';

/**
 * A per-request DataLoader keyed by id: N lookups in one tick cost one query.
 * Create it per request (never share one across requests: its cache would leak between tenants).
 */
export function loaderById<T extends { id: string }>(fetchMany: (ids: readonly string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await fetchMany(ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** A per-request loader of rows of one table by primary key `id`. */
export function entityLoader<T extends { id: string }>(dataSource: DataSource, entity: EntitySchema<T>): DataLoader<string, T | null> {
  return loaderById((ids) => dataSource.getRepository(entity).findBy({ id: In([...ids]) } as FindOptionsWhere<T>));
}
