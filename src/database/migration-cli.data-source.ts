/**
 * The DataSource the TypeORM CLI loads (`npm run migration:run`, `migration:revert`,
 * `migration:generate`, compiled to dist/): the app's own options (data-source.options.ts),
 * on DATABASE_URL's database, or the embedded server's as `npm start` uses it.
 */
import 'reflect-metadata';
import { DataSource, type Migration, type QueryRunner } from 'typeorm';
import { loadConfig } from '../config/app-config.js';
import { MIGRATION_LOCK_KEY } from './advisory-locks.js';
import { dataSourceOptions } from './data-source.options.js';
import { resolveDatabase, type ResolvedDatabase } from './database-url.js';

/**
 * Runs and reverts under the advisory lock the app migrates under at start-up, so the CLI
 * and an instance starting meanwhile never migrate at the same time; stops the embedded
 * server, if it started one, when the CLI is done.
 */
class MigrationCliDataSource extends DataSource {
  constructor(private readonly database: ResolvedDatabase) {
    super(dataSourceOptions({ url: database.url, poolSize: 2, applicationName: 'customer-data-api-migrations' }));
  }

  override runMigrations(options?: Parameters<DataSource['runMigrations']>[0]): Promise<Migration[]> {
    return this.underMigrationLock(() => super.runMigrations(options));
  }

  override undoLastMigration(options?: Parameters<DataSource['undoLastMigration']>[0]): Promise<void> {
    return this.underMigrationLock(() => super.undoLastMigration(options));
  }

  override async destroy(): Promise<void> {
    await super.destroy();
    await this.database.close();
  }

  private async underMigrationLock<T>(work: () => Promise<T>): Promise<T> {
    const lockHolder: QueryRunner = this.createQueryRunner();
    await lockHolder.connect();
    try {
      await lockHolder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      return await work();
    } finally {
      await lockHolder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
      await lockHolder.release();
    }
  }
}

// Only the database settings: migrating must not need JWT_SECRET or the HTTP settings.
const config = loadConfig({
  DATABASE_URL: process.env.DATABASE_URL,
  EMBEDDED_PG_DIR: process.env.EMBEDDED_PG_DIR,
  EMBEDDED_PG_PORT: process.env.EMBEDDED_PG_PORT,
});
if (config.databaseUrl === undefined)
  console.log(`DATABASE_URL is not set: using the embedded server (${config.embeddedDataDir})`);

export default new MigrationCliDataSource(await resolveDatabase(config, () => undefined));
