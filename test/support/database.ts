import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { testEnv, withDatabase } from './test-env.js';

/**
 * A fresh database for one test file, cloned from the run's migrated template, or with
 * `migrated: false` an empty one (for tests of the migrations themselves).
 */
export async function createTestDatabase({ migrated = true }: { migrated?: boolean } = {}): Promise<string> {
  const name = `${testEnv('runPrefix')}_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testEnv('adminUrl') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}${migrated ? ` TEMPLATE ${testEnv('templateDb')}` : ''}`);
  } finally {
    await admin.end();
  }
  return withDatabase(testEnv('adminUrl'), name);
}

export async function dropTestDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: testEnv('adminUrl') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** One statement on a connection of its own (for servers a test starts and stops itself). */
export async function queryOnce(url: string, sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as Record<string, unknown>[];
  } finally {
    await client.end();
  }
}
