import path from 'node:path';
import { Logger } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { ensureDatabase, startEmbeddedPostgres } from './embedded-postgres.js';

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  /** Stops the embedded server if this process started it. */
  close(): Promise<void>;
}

const EMBEDDED_DATABASE = 'customer_data';

/** DATABASE_URL when set; otherwise an embedded PostgreSQL under `.data/`. */
export async function resolveDatabase(config: AppConfig, log: (line: string) => void): Promise<ResolvedDatabase> {
  if (config.databaseUrl !== undefined) {
    return { url: config.databaseUrl, embedded: false, close: () => Promise.resolve() };
  }
  const server = await startEmbeddedPostgres({
    dataDir: path.resolve(config.embeddedDataDir),
    port: config.embeddedPort,
    log: config.logLevel === 'debug' ? log : undefined,
    // Where the data went, when it is not where configured, is for every reader of the log.
    notice: (line) => new Logger('EmbeddedPostgres').log(line),
  });
  const url = await ensureDatabase(server.url, EMBEDDED_DATABASE);
  return { url, embedded: true, close: () => server.stop() };
}
