import type { ClientBase } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations.js';

export interface DatabaseSettings {
  url: string;
  /**
   * Streaming replicas of `url` (DATABASE_REPLICA_URLS): each gets a pool of its own, of
   * `poolSize` connections with the settings below. Queries go to the primary unless they
   * ask for a replica (read-replicas.ts). Unset or empty: the primary only.
   */
  replicaUrls?: readonly string[];
  poolSize: number;
  /** Name shown in pg_stat_activity. */
  applicationName?: string;
  /**
   * Milliseconds a query waits for a pooled connection, or to open one, before it fails (and
   * the request gets a 503) rather than queueing behind an exhausted pool or a dead server.
   */
  poolTimeoutMs?: number;
  /**
   * PostgreSQL statement_timeout of every connection, in ms (DATABASE_STATEMENT_TIMEOUT_MS):
   * one slow statement cannot hold a pooled connection for long. Unset or 0: none (the CLI
   * tools, which run long statements on purpose).
   */
  statementTimeoutMs?: number;
}

export const DEFAULT_POOL_TIMEOUT_MS = 5_000;

/** The one data-source definition, shared by the app, the migration CLI and the tests. */
export function dataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  const replicas = settings.replicaUrls ?? [];
  return {
    type: 'postgres',
    url: settings.url,
    ...(replicas.length === 0
      ? {}
      : {
          replication: {
            master: { url: settings.url },
            slaves: replicas.map((url) => ({ url })),
            // TypeORM's default sends every query builder and repository SELECT to a replica,
            // including those that must read what the request just wrote. Here only a query
            // runner asked for in 'slave' mode goes there (ReadReplicas), nothing by default.
            defaultMode: 'master' as const,
          },
        }),
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    // uuid ids default to gen_random_uuid(), built into PostgreSQL 13+: no extension needed,
    // and the app never tries to install one.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // Schema changes go through reviewed migrations only.
    synchronize: false,
    migrationsRun: false,
    applicationName: settings.applicationName ?? 'customer-data-api',
    // Applied to every pool, the replicas' as the primary's.
    extra: {
      // JIT compiles a plan when its cost estimate is high, and the estimate of a statement
      // that reads a few thousand rows can be (a guessed row count): measured here, 60 ms of
      // compiling for a 2 ms read. The API's statements are short; none gains from it.
      options: '-c jit=off',
      max: settings.poolSize,
      onConnect: listenForConnectionErrors,
      // Fail fast instead of queueing forever when the pool or the server is gone.
      connectionTimeoutMillis: settings.poolTimeoutMs ?? DEFAULT_POOL_TIMEOUT_MS,
      // Sent in the startup packet, so it is the session default: `SET LOCAL statement_timeout`
      // lifts it for one transaction (see statement-timeout.ts) and RESET returns to it.
      ...(settings.statementTimeoutMs ? { statement_timeout: settings.statementTimeoutMs } : {}),
    },
  };
}

/**
 * A new connection killed as it is handed out (the server's last startup message and its FATAL
 * read in one go) reports the error after the pool stops listening and before TypeORM starts:
 * unheard, that 'error' event is an uncaught exception that ends the process. This listener,
 * there for the connection's whole life, hears it; the driver has already marked the
 * connection broken, so its next query fails (a 503) and the pool discards it.
 */
function listenForConnectionErrors(client: ClientBase): void {
  client.on('error', () => undefined);
}
