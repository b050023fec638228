import mysql from 'mysql2/promise';

const DATABASE_NAME = /^[A-Za-z0-9_]{1,64}$/;

/** Creates the database on the server if it is missing (utf8mb4, portable to MySQL 8 and MariaDB 10.11). */
export async function ensureDatabase(mysqlUrl: string, database: string): Promise<void> {
  if (!DATABASE_NAME.test(database)) throw new Error(`Invalid database name "${database}"`);
  const connection = await mysql.createConnection({ uri: mysqlUrl });
  try {
    await connection.query(`CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await connection.end();
  }
}

/** Drops and recreates a test database; refuses any name that does not end in _test. */
export async function recreateTestDatabase(mysqlUrl: string, database: string): Promise<void> {
  assertTestDatabase(database);
  const connection = await mysql.createConnection({ uri: mysqlUrl });
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
  } finally {
    await connection.end();
  }
  await ensureDatabase(mysqlUrl, database);
}

export function assertTestDatabase(database: string): void {
  if (!database.endsWith('_test')) {
    throw new Error(`Refusing to reset "${database}": test helpers only touch databases whose name ends in _test`);
  }
}
