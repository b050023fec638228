import mysql from 'mysql2/promise';

/** Row count and CHECKSUM TABLE of every table, by `database.table`. */
export type Snapshot = Map<string, { rows: number; checksum: string }>;

/**
 * Tables left out of the comparison, each with why: only those that change
 * legitimately on reads or on refused attempts. Leads are counted by their own
 * rows (written only on success) and the relay's housekeeping on outbox rows
 * is over once setup has settled, so neither is here. A table that changes for
 * any other reason is a finding.
 */
export const EXCLUDED_TABLES: Record<string, string> = {
  // The shared abuse limits (DESIGN §8) of enrollment, relationship and notification: sign-ins, sign-ups, password changes,
  // invitations and their emails are counted, refused ones above all.
  abuse_counter: 'abuse-limit counters count refused attempts by design',
};

const isExcluded = (database: string, table: string) => Object.keys(EXCLUDED_TABLES).some((name) => name === table || name === `${database}.${table}`);

export async function snapshot(connection: mysql.Connection, databases: string[]): Promise<Snapshot> {
  const result: Snapshot = new Map();
  for (const database of databases) {
    const [tables] = await connection.query<mysql.RowDataPacket[]>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name",
      [database],
    );
    for (const { name } of tables) {
      if (isExcluded(database, name)) continue;
      const qualified = `\`${database}\`.\`${name}\``;
      const [[count]] = await connection.query<mysql.RowDataPacket[]>(`SELECT COUNT(*) AS n FROM ${qualified}`);
      const [[sum]] = await connection.query<mysql.RowDataPacket[]>(`CHECKSUM TABLE ${qualified}`);
      result.set(`${database}.${name}`, { rows: Number(count.n), checksum: String(sum.Checksum) });
    }
  }
  return result;
}

/** Tables whose rows or content differ, in words. */
export function differences(before: Snapshot, after: Snapshot): string[] {
  const changed: string[] = [];
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    const was = before.get(name);
    const is = after.get(name);
    if (!was) changed.push(`${name}: a new table`);
    else if (!is) changed.push(`${name}: dropped`);
    else if (was.rows !== is.rows) changed.push(`${name}: ${was.rows} rows before, ${is.rows} after`);
    else if (was.checksum !== is.checksum) changed.push(`${name}: same ${is.rows} rows, content changed`);
  }
  return changed;
}

async function unpublished(connection: mysql.Connection, databases: string[]): Promise<number> {
  let count = 0;
  for (const database of databases) {
    const [[row]] = await connection.query<mysql.RowDataPacket[]>(`SELECT COUNT(*) AS n FROM \`${database}\`.outbox_event WHERE published_at IS NULL`);
    count += Number(row.n);
  }
  return count;
}

/**
 * Waits until events and emails in flight have landed: every outbox row
 * published and three snapshots in a row the same. What a hostile request set
 * off asynchronously (an event, an email) so shows in the snapshot after it.
 */
export async function settledSnapshot(connection: mysql.Connection, databases: string[], timeoutMs = 30000): Promise<Snapshot> {
  const deadline = Date.now() + timeoutMs;
  let previous = await snapshot(connection, databases);
  let steady = 0;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 600));
    const current = await snapshot(connection, databases);
    const same = differences(previous, current).length === 0;
    steady = same && (await unpublished(connection, databases)) === 0 ? steady + 1 : 0;
    if (steady >= 2) return current;
    if (Date.now() > deadline)
      throw new Error(`The databases did not settle within ${timeoutMs} ms: ${differences(previous, current).join('; ') || 'unpublished outbox rows'}`);
    previous = current;
  }
}
