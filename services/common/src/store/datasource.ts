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

/** Initializes the DataSource and applies pending migrations, one transaction each. */
export async function openDatabase(dataSource: DataSource): Promise<DataSource> {
  if (!dataSource.isInitialized) await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
