/**
 * The operator's migration commands (`npm run migration:run`, `migration:revert`,
 * `migration:generate`) against a fresh, empty database given by DATABASE_URL.
 *
 * Each runs the command of its package.json script without its `nest build` step (the test
 * run has built dist/ already, and rebuilding it under the other test files would pull it
 * from under them), so the arguments tested are the ones operators run.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { MIGRATION_LOCK_KEY } from '../../src/database/advisory-locks.js';
import { MIGRATIONS } from '../../src/database/migrations.js';
import { createTestDatabase, dropTestDatabase } from '../support/database.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const CLI_TIMEOUT_MS = 60_000;
const MIGRATION_NAMES = MIGRATIONS.map((migration) => migration.name);
const LAST = MIGRATION_NAMES[MIGRATION_NAMES.length - 1];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

async function scriptWithoutBuild(name: string): Promise<string> {
  const pkg = JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8'));
  const script = pkg.scripts[name] as string;
  expect(script).toContain('nest build && ');
  return script.replace('nest build && ', '');
}

/** `npm run <script> -- <args>` as npm runs it (sh -c, node_modules/.bin on PATH), minus the build. */
async function runScript(name: string, env: Record<string, string>, args: string[] = []): Promise<Run> {
  const command = [await scriptWithoutBuild(name), ...args].join(' ');
  const childEnv: Record<string, string | undefined> = {
    ...process.env,
    PATH: `${path.join(projectRoot, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    DATABASE_URL: undefined,
    EMBEDDED_PG_DIR: undefined,
    EMBEDDED_PG_PORT: undefined,
    ...env,
  };
  const child = spawn('sh', ['-c', command], { cwd: projectRoot, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), CLI_TIMEOUT_MS);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  return { code, stdout, stderr };
}

describe('npm run migration:run / migration:revert / migration:generate', () => {
  let databaseUrl: string;
  let env: { DATABASE_URL: string };
  let db: pg.Client;

  const applied = async () =>
    (await db.query<{ name: string }>('SELECT name FROM typeorm_migrations ORDER BY id')).rows.map((r) => r.name);
  /** A table or an index. */
  const tableExists = async (table: string) =>
    (await db.query<{ found: string | null }>('SELECT to_regclass($1) AS found', [table])).rows[0].found !== null;
  const columnExists = async (table: string, column: string) =>
    (
      await db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = $1 AND column_name = $2',
        [table, column],
      )
    ).rows[0].n === 1;
  /** 'r' for a plain table, 'p' for a partitioned one. */
  const relationKind = async (table: string) =>
    (await db.query<{ kind: string }>('SELECT relkind AS kind FROM pg_class WHERE oid = $1::regclass', [table])).rows[0]
      .kind;

  beforeAll(async () => {
    databaseUrl = await createTestDatabase({ migrated: false });
    env = { DATABASE_URL: databaseUrl };
    db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    if (databaseUrl) await dropTestDatabase(databaseUrl);
  });

  it('migration:run applies every migration to an empty database, in order, then finds nothing to do', async () => {
    expect(await tableExists('typeorm_migrations')).toBe(false);
    const first = await runScript('migration:run', env);
    expect({ code: first.code, stderr: first.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    expect(first.stdout).toContain(`${MIGRATION_NAMES.length} migrations are new migrations must be executed.`);
    expect(first.stdout).toContain(`Migration ${LAST} has been executed successfully.`);
    expect(await applied()).toEqual(MIGRATION_NAMES);
    expect(await tableExists('interaction_history')).toBe(true);
    expect(await tableExists('summary_refresh_state')).toBe(true);

    const again = await runScript('migration:run', env);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('No migrations are pending');
    expect(await applied()).toEqual(MIGRATION_NAMES);
  });

  it('migration:revert undoes the last migration only, and migration:run re-applies it', async () => {
    const revert = await runScript('migration:revert', env);
    expect(revert.code).toBe(0);
    expect(revert.stdout).toContain(`Migration ${LAST} has been reverted successfully.`);
    expect(await applied()).toEqual(MIGRATION_NAMES.slice(0, -1));
    // The last migration dropped a column; it is back, and what the earlier ones made stays.
    expect(await columnExists('customer_interaction_summary', 'first_interaction_at')).toBe(true);
    expect(await relationKind('interaction_history')).toBe('p');
    expect(await tableExists('customer_rollup_day')).toBe(true);
    expect(await tableExists('summary_rollup_day')).toBe(true);
    expect(await tableExists('interaction_history')).toBe(true);

    const run = await runScript('migration:run', env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 migrations are new migrations must be executed.');
    expect(await applied()).toEqual(MIGRATION_NAMES);
    expect(await columnExists('customer_interaction_summary', 'first_interaction_at')).toBe(false);
  });

  it('migration:run waits for the migration lock the app takes at start-up', async () => {
    const holder = new pg.Client({ connectionString: databaseUrl });
    await holder.connect();
    try {
      await holder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      const running = runScript('migration:run', env);
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      const waiting = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a USING (pid)
         WHERE l.locktype = 'advisory' AND NOT l.granted AND a.datname = $1`,
        [new URL(databaseUrl).pathname.slice(1)],
      );
      expect(waiting.rows[0].n).toBe(1);
      await holder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
      expect((await running).code).toBe(0);
    } finally {
      await holder.end();
    }
  });

  it('migration:generate finds no difference between the entities and the migrated schema, and writes nothing', async () => {
    const before = await readdir(path.join(projectRoot, 'migrations'));
    const generate = await runScript('migration:generate', env, ['nothing-to-do']);
    expect(generate.code).toBe(1);
    expect(generate.stdout).toContain('No changes in database schema were found');
    expect(await readdir(path.join(projectRoot, 'migrations'))).toEqual(before);
  });

  it('migration:generate without a name prints its usage', async () => {
    const generate = await runScript('migration:generate', env);
    expect(generate.code).toBe(2);
    expect(generate.stderr).toContain('Usage: npm run migration:generate -- <name>');
  });

  it('refuses a bad DATABASE_URL with the configuration error', async () => {
    const run = await runScript('migration:run', { DATABASE_URL: 'mysql://root@localhost/db' });
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain('Invalid configuration: DATABASE_URL must use the postgres:// scheme');
  });
});
