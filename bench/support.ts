import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import {
  ensureDatabase,
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
} from '../src/database/embedded-postgres.js';

/**
 * A database for a benchmark on DATABASE_URL's server, or on an embedded one under
 * .data/bench-pg, dropped and created afresh (or kept as it is, with `keep`). A session advisory lock named after it, held
 * until close(), stops a second run from dropping the database of one still running (a second
 * run adopts the first one's embedded server).
 */
export async function benchDatabase(
  name: string,
  options: { keep?: boolean } = {},
): Promise<{ url: string; close(): Promise<void> }> {
  let server: EmbeddedPostgresHandle | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    server = await startEmbeddedPostgres({ dataDir: path.resolve('.data/bench-pg'), port: 54339 });
    adminUrl = server.url;
  }
  const lock = new pg.Client({ connectionString: adminUrl, application_name: 'bench-lock' });
  // The server may go away first at the end (an embedded one is stopped by close()).
  lock.on('error', () => undefined);
  await lock.connect();
  const close = async () => {
    await lock.end().catch(() => undefined);
    await server?.stop();
  };
  const {
    rows: [{ locked }],
  } = await lock.query<{ locked: boolean }>(
    `SELECT pg_try_advisory_lock(hashtext('customer-data-api bench'), hashtext($1)) AS locked`,
    [name],
  );
  if (!locked) {
    await close();
    throw new Error(`Another bench is using database ${name} on this server: let it finish, or pass another name`);
  }
  if (!options.keep) await lock.query(`DROP DATABASE IF EXISTS ${lock.escapeIdentifier(name)} WITH (FORCE)`);
  const url = await ensureDatabase(adminUrl, name);
  return { url, close };
}

export async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  server.close();
  return port;
}

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
}

/** Starts the compiled API as its own process (as in production) and waits for /health. */
export function startApi(env: Record<string, string>, nodeOptions: string[] = []): Promise<RunningServer> {
  return startServer(
    'API',
    ['dist/src/main.js'],
    {
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      // One token drives thousands of requests a second here: no per-caller rate limit.
      RATE_LIMIT_PER_MINUTE: '0',
      ...env,
    },
    nodeOptions,
  );
}

/**
 * Starts `node [nodeOptions] script` with PORT set to a free port, and waits until its
 * /health answers. stop() sends SIGTERM and waits for the exit.
 */
export async function startServer(
  name: string,
  [script, ...args]: string[],
  env: Record<string, string>,
  nodeOptions: string[] = [],
): Promise<RunningServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [...nodeOptions, script, ...args], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}`);
    const ok = await fetch(`${baseUrl}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${name} did not become healthy within 60 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { baseUrl, stop };
}

export function markdownTable(header: string[], rows: (string | number)[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}
