import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory.js';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config.js';
import { resolveDatabase } from './database/database-url.js';
import { DOCS_PATH } from './common/openapi/openapi.js';

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

async function bootstrap(): Promise<void> {
  const config = readConfig();
  const database = await resolveDatabase(config, (line) => logger.debug(line.trimEnd()));
  if (database.embedded) logger.log(`Embedded PostgreSQL ready (${config.embeddedDataDir})`);

  let app: Awaited<ReturnType<typeof createApp>>;
  try {
    app = await createApp(config, database.url);
  } catch (error) {
    await database.close();
    throw error;
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: finishing in-flight requests`);
    // Stop accepting, let in-flight requests finish, close the pool, then the database.
    const deadline = setTimeout(() => {
      logger.error('Shutdown took longer than 20 s; exiting');
      process.exit(1);
    }, 20_000);
    deadline.unref();
    try {
      await app.close();
      await database.close();
      process.exit(0);
    } catch (error) {
      logger.error(`Shutdown failed: ${String(error)}`);
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const url = await app.getUrl();
  logger.log(`Customer Data API listening on ${url} (docs: ${url}/${DOCS_PATH})`);
}

bootstrap().catch((error: unknown) => {
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
