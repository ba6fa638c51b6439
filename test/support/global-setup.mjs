// Jest loads global setup outside its ESM test runtime, so this file is plain ESM and
// uses the compiled application (`npm test` builds first). The variable names below
// are read by test/support/test-env.ts.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../dist/src/database/data-source.options.js';
import { startEmbeddedPostgres } from '../../dist/src/database/embedded-postgres.js';

/**
 * One PostgreSQL server for the whole run: DATABASE_URL's when set, otherwise an
 * embedded one in a temporary directory. A template database is migrated once; every
 * test file clones its own database from it (CREATE DATABASE … TEMPLATE), and the
 * teardown drops everything this run created.
 */
export default async function globalSetup() {
  const runPrefix = `cdapi_t${Date.now().toString(36)}${process.pid.toString(36)}`;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cdapi-test-pg-'));
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    globalThis.__EMBEDDED_PG__ = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port });
    adminUrl = globalThis.__EMBEDDED_PG__.url;
    process.env.CDAPI_TEST_EMBEDDED_DIR = dir;
  }
  const templateDb = `${runPrefix}_template`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${templateDb}`);
  } finally {
    await admin.end();
  }
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${templateDb}`;
  const dataSource = new DataSource(dataSourceOptions({ url: templateUrl.toString(), poolSize: 2 }));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
  process.env.CDAPI_TEST_ADMIN_URL = adminUrl;
  process.env.CDAPI_TEST_TEMPLATE_DB = templateDb;
  process.env.CDAPI_TEST_RUN_PREFIX = runPrefix;
}
