import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DestinationStream } from 'pino';
import { createApp } from '../../src/app.factory.js';
import { AppLogger } from '../../src/common/logging/app-logger.js';
import { loadConfig } from '../../src/config/app-config.js';
import { createTestDatabase, dropTestDatabase } from './database.js';
import { TEST_JWT_SECRET } from './tokens.js';

export interface TestApp {
  app: NestFastifyApplication;
  /** e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  databaseUrl: string;
  /** fetch() against the app, path relative to baseUrl. */
  request(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/**
 * Boots the real application on its own database and a real port: tests speak HTTP
 * to it exactly as clients do. `databaseUrl`: boot on that (already migrated) database
 * instead, as a second instance of the service would; closing it leaves the database.
 * The scheduled summary refresh is off (SUMMARY_REFRESH_INTERVAL=0) and the rate limit out of
 * reach (RATE_LIMIT_PER_MINUTE=1000000) unless `env` sets them.
 * `logDestination`: where the app's JSON log lines go instead of stdout.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { databaseUrl?: string; logDestination?: DestinationStream } = {},
): Promise<TestApp> {
  const ownsDatabase = options.databaseUrl === undefined;
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase());
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    JWT_SECRET: TEST_JWT_SECRET,
    SUMMARY_REFRESH_INTERVAL: '0',
    // The limiter stays on, far above any test file's pace (edge-limits.e2e-spec.ts tests it).
    RATE_LIMIT_PER_MINUTE: '1000000',
    ...env,
  });
  const logger = options.logDestination ? AppLogger.create(config, options.logDestination) : undefined;
  const app = await createApp(config, databaseUrl, { logger });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (address === null || typeof address === 'string') throw new Error('test app has no TCP address');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  return {
    app,
    baseUrl,
    databaseUrl,
    request: (path, init) => fetch(baseUrl + path, init),
    close: async () => {
      // A test's teardown need not drain: a connection a client left mid-upload (a 413 for an
      // oversized body) would otherwise hold app.close() until Node's request timeout.
      (app.getHttpServer() as { closeAllConnections?: () => void }).closeAllConnections?.();
      await app.close();
      if (ownsDatabase) await dropTestDatabase(databaseUrl);
    },
  };
}
