import { createHash } from 'node:crypto';
import { DataSource, EntitySchema, MixedList } from 'typeorm';
import { accessRevocationEntity } from '../auth/revocations';
import { inboxEntity, outboxEntity } from './event-tables';

export interface DataSourceOptions {
  mysqlUrl: string;
  database: string;
  entities: EntitySchema[];
  migrations: MixedList<Function>;
  poolSize?: number;
}

/** A MySQL DataSource for one service's own database; schema comes only from migrations. */
export function createDataSource(options: DataSourceOptions): DataSource {
  const url = new URL(options.mysqlUrl);
  url.pathname = `/${options.database}`;
  return new DataSource({
    type: 'mysql',
    url: url.toString(),
    entities: [...options.entities, outboxEntity, inboxEntity, accessRevocationEntity],
    migrations: options.migrations,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    logging: false,
    timezone: 'Z',
    dateStrings: false,
    charset: 'utf8mb4_unicode_ci',
    poolSize: options.poolSize ?? 10,
    supportBigNumbers: true,
    bigNumberStrings: true,
  });
}

/**
 * Initializes the DataSource and applies pending migrations, one transaction each. Instances
 * starting together take turns (a named lock on the server): two would otherwise both find a
 * migration pending and the second would fail on the table the first just created.
 */
export async function openDatabase(dataSource: DataSource): Promise<DataSource> {
  if (!dataSource.isInitialized) await dataSource.initialize();
  await whileHoldingMigrationLock(dataSource, () => dataSource.runMigrations({ transaction: 'each' }));
  return dataSource;
}

const MIGRATION_LOCK_WAIT_SECONDS = 120;

async function whileHoldingMigrationLock(dataSource: DataSource, work: () => Promise<unknown>): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [{ database }] = await runner.query('SELECT DATABASE() AS `database`');
    // Lock names are limited to 64 characters; database names may be as long.
    const lock = `migrate:${createHash('sha256').update(String(database)).digest('hex').slice(0, 40)}`;
    const [{ acquired }] = await runner.query('SELECT GET_LOCK(?, ?) AS acquired', [lock, MIGRATION_LOCK_WAIT_SECONDS]);
    if (Number(acquired) !== 1) {
      throw new Error(`Another instance has been migrating database ${database} for ${MIGRATION_LOCK_WAIT_SECONDS} s; try again once it has started.`);
    }
    try {
      await work();
    } finally {
      await runner.query('SELECT RELEASE_LOCK(?)', [lock]);
    }
  } finally {
    await runner.release();
  }
}
