import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource, MigrationExecutor } from 'typeorm';
import { MIGRATION_LOCK_KEY } from './advisory-locks.js';
import { LIFT_STATEMENT_TIMEOUT_FOR_SESSION, RESTORE_STATEMENT_TIMEOUT } from './statement-timeout.js';

/**
 * Brings the schema up to date. Several instances may start together against one
 * database: a session advisory lock lets one migrate while the others wait, and then
 * find nothing left to do. Returns the names of the migrations it applied.
 */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const lockHolder = dataSource.createQueryRunner();
  await lockHolder.connect();
  try {
    // Waiting for another instance's migrations, and a migration itself, may take longer than
    // the app's statement timeout: none on this connection, which also runs the migrations.
    await lockHolder.query(LIFT_STATEMENT_TIMEOUT_FOR_SESSION);
    await lockHolder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const executor = new MigrationExecutor(dataSource, lockHolder);
    executor.transaction = 'each';
    const applied = await executor.executePendingMigrations();
    return applied.map((m) => m.name);
  } finally {
    await lockHolder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lockHolder.query(RESTORE_STATEMENT_TIMEOUT).catch(() => undefined);
    await lockHolder.release();
  }
}

/** Runs the migrations before the app serves anything, and tells /health what is pending. */
@Injectable()
export class MigrationRunner implements OnModuleInit {
  private readonly logger = new Logger('Migrations');
  private migrated: Promise<void> | undefined;

  constructor(private readonly dataSource: DataSource) {}

  onModuleInit(): Promise<void> {
    return this.ensureMigrated();
  }

  /**
   * Migrates once per process. Providers that read tables at start-up await this, so they
   * never depend on the order in which Nest initialises modules.
   */
  ensureMigrated(): Promise<void> {
    this.migrated ??= migrate(this.dataSource).then((applied) => {
      if (applied.length > 0) this.logger.log(`Applied ${applied.length} migration(s): ${applied.join(', ')}`);
    });
    return this.migrated;
  }

  /** Names of migrations the code knows but the database has not applied. */
  async pending(): Promise<string[]> {
    const rows: { name: string }[] = await this.dataSource.query(
      `SELECT name FROM ${this.dataSource.options.migrationsTableName ?? 'migrations'}`,
    );
    const applied = new Set(rows.map((row) => row.name));
    return this.dataSource.migrations.map((m) => m.name ?? m.constructor.name).filter((name) => !applied.has(name));
  }
}
