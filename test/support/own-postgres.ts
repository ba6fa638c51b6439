import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source.options.js';
import {
  ensureDatabase,
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
} from '../../src/database/embedded-postgres.js';
import { migrate } from '../../src/database/migration-runner.js';

/**
 * A PostgreSQL server of a test file's own, which the test may stop and start again (the
 * run's shared server must never go down under other files). Embedded, in a temporary
 * directory, with one migrated database; the data survives a stop().
 */
export interface OwnPostgres {
  /** URL of the migrated database. */
  url: string;
  /** The server's data directory (streaming-replica.ts copies it). */
  dataDir: string;
  /** Fast shutdown (SIGINT): sessions are cut, as when the server restarts. */
  stop(): Promise<void>;
  /** Starts it again on the same data directory and port. */
  start(): Promise<void>;
  /** Stops it for good and deletes its files. */
  close(): Promise<void>;
}

export async function startOwnPostgres(): Promise<OwnPostgres> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cdapi-own-pg-'));
  const dataDir = path.join(dir, 'pg');
  const port = await freePort();
  let server: EmbeddedPostgresHandle | undefined = await startEmbeddedPostgres({ dataDir, port });
  const url = await ensureDatabase(server.url, 'app');
  // Migrated exactly as the run's template is (test/support/global-setup.mjs).
  const dataSource = new DataSource(dataSourceOptions({ url, poolSize: 2, applicationName: 'test-migrate' }));
  await dataSource.initialize();
  try {
    await migrate(dataSource);
  } finally {
    await dataSource.destroy();
  }
  const stop = async () => {
    await server?.stop();
    server = undefined;
  };
  return {
    url,
    dataDir,
    stop,
    start: async () => {
      server ??= await startEmbeddedPostgres({ dataDir, port });
    },
    close: async () => {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A TCP port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
