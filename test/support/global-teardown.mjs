import { rm } from 'node:fs/promises';
import pg from 'pg';

/** Drops every database this run created, then stops the embedded server if there is one. */
export default async function globalTeardown() {
  const adminUrl = process.env.CDAPI_TEST_ADMIN_URL;
  const runPrefix = process.env.CDAPI_TEST_RUN_PREFIX;
  if (adminUrl && runPrefix) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      const { rows } = await admin.query(
        `SELECT datname FROM pg_database WHERE starts_with(datname, $1) ORDER BY datname DESC`,
        [runPrefix],
      );
      for (const { datname } of rows) {
        await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(datname)} WITH (FORCE)`);
      }
    } finally {
      await admin.end();
    }
  }
  await globalThis.__EMBEDDED_PG__?.stop();
  const dir = process.env.CDAPI_TEST_EMBEDDED_DIR;
  if (dir) await rm(dir, { recursive: true, force: true });
}
