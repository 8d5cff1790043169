import pg from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { SafeTypeOrmLogger } from './typeorm-logger.js';
import { MIGRATIONS } from './migrations/index.js';

// A PostgreSQL `date` is a calendar day, not an instant: keep it as 'YYYY-MM-DD' rather than a local-midnight Date.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/** Connections to PostgreSQL per API node. */
const POOL_SIZE = 20;

/** The one description of the database, used by Nest, the migration generator and the tests. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsRun: false,
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; no extension to install.
    uuidExtension: 'pgcrypto',
    logging: ['error', 'warn', 'migration'],
    logger: new SafeTypeOrmLogger(),
    maxQueryExecutionTime: 1000,
    // Connections once opened stay open (min = max), however long a meeting's quiet spell: the burst of votes that
    // follows does not wait for new backends and their statements to be planned again. node-postgres closes idle
    // ones after 10 s by default, and after any idle limit the first votes after a discussion that long pay for it.
    extra: { max: POOL_SIZE, min: POOL_SIZE, application_name: 'convene' },
  };
}

export function createDataSource(url: string): DataSource {
  return new DataSource(dataSourceOptions(url));
}
