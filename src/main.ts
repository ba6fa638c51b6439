import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from './app.factory.js';
import { AppLogger } from './common/logging/app-logger.js';
import { DOCS_PATH } from './common/openapi/openapi.js';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config.js';
import { resolveDatabase, type ResolvedDatabase } from './database/database-url.js';
import { seedDemoDataOnFirstStart } from './database/seed/demo-on-first-start.js';

const logger = new Logger('Main');

function readConfig(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/** What has been started so far, so a signal at any moment stops exactly that. */
const running: { database?: ResolvedDatabase; app?: NestFastifyApplication; stopping: boolean } = { stopping: false };

async function shutdown(signal: string): Promise<void> {
  if (running.stopping) return;
  running.stopping = true;
  logger.log(`${signal} received: finishing in-flight requests`);
  const deadline = setTimeout(() => {
    logger.error('Shutdown took longer than 20 s; exiting');
    process.exit(1);
  }, 20_000);
  deadline.unref();
  try {
    // Stop accepting, let in-flight requests finish, close the pool, then the database.
    await running.app?.close();
    await running.database?.close();
    process.exit(0);
  } catch (error) {
    logger.error({ msg: 'Shutdown failed', err: error });
    process.exit(1);
  }
}

async function bootstrap(): Promise<void> {
  const config = readConfig();
  // Registered before anything starts: a signal during start-up still stops the database.
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  // JSON logs from the first line on; the app logs through the same logger.
  const appLogger = AppLogger.create(config);
  Logger.overrideLogger(appLogger);

  // The embedded server's own output is forwarded (at debug) only while it starts: once it
  // serves queries, its ERROR/DETAIL/STATEMENT lines would carry the values of the requests.
  let databaseStarting = true;
  running.database = await resolveDatabase(config, (line) => {
    if (databaseStarting) logger.debug(line.trimEnd());
  });
  databaseStarting = false;
  if (running.database.embedded) logger.log(`Embedded PostgreSQL ready (${config.embeddedDataDir})`);
  if (running.stopping) return;

  running.app = await createApp(config, running.database.url, { logger: appLogger });
  if (running.stopping) return;
  if (running.database.embedded && config.seedDemo) await seedDemoDataOnFirstStart(running.app, logger);

  await running.app.listen({ port: config.port, host: config.host });
  const url = await running.app.getUrl();
  logger.log(`Customer Data API listening on ${url} (docs: ${url}/${DOCS_PATH})`);
}

bootstrap().catch(async (error: unknown) => {
  // Start-up failures (database, migrations, port) need their message to be fixed, and no
  // request has been served yet, so no message can hold a customer's data.
  logger.error({ msg: error instanceof Error ? error.message : String(error), err: error });
  await running.database?.close().catch(() => undefined);
  process.exit(1);
});
