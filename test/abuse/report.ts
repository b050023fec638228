import { CATEGORIES, Category, TARGETS } from './categories';
import type { HostileRequest } from './hostile-request';

/** Requests per category (rows) and target (columns), as one compact table. */
export function countTable(corpus: HostileRequest[], title: string): string {
  const counts = new Map<string, number>();
  const key = (category: string, target: string) => `${category}/${target}`;
  for (const request of corpus) {
    for (const k of [key(request.category, request.target), key(request.category, 'total'), key('total', request.target), key('total', 'total')])
      counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const columns = [...TARGETS, 'total'];
  const rows = [...(Object.keys(CATEGORIES) as Category[]).map((category) => [CATEGORIES[category], category]), ['total', 'total']];
  const width = Math.max(...rows.map(([label]) => label.length));
  const cell = (value: string | number, size: number) => String(value).padStart(size);
  const header = `${''.padEnd(width)} ${columns.map((column) => cell(column, Math.max(column.length, 5))).join(' ')}`;
  const lines = rows.map(
    ([label, category]) =>
      `${label.padEnd(width)} ${columns.map((column) => cell(counts.get(key(category, column)) ?? 0, Math.max(column.length, 5))).join(' ')}`,
  );
  return [title, header, ...lines].join('\n');
}
