import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chmod, chown, cp, lstat, mkdtemp, readdir, appendFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { postgresBinaries } from '../../src/database/embedded-postgres.js';
import { freePort, type OwnPostgres } from './own-postgres.js';

/**
 * A hot standby of a test's own server (own-postgres.ts), streaming its WAL: what
 * DATABASE_REPLICA_URLS points at in production, on this machine.
 *
 * Made from the embedded PostgreSQL package's own binaries, so its major version is the
 * primary's and nothing but `npm ci` is needed. The package ships no pg_basebackup, so the
 * base backup is taken as pg_basebackup takes it, with the low-level API (PostgreSQL manual,
 * "Making a Base Backup Using the Low Level API"): pg_backup_start, a copy of the data
 * directory while the primary runs, pg_backup_stop's backup_label written into the copy. A
 * physical replication slot, made first, keeps the primary's WAL from that point until the
 * standby has streamed it. The initdb defaults the embedded server keeps are all streaming
 * needs: wal_level replica, max_wal_senders 10, and pg_hba.conf's replication lines for
 * 127.0.0.1 (password).
 */
export interface StreamingReplica {
  /** The primary's database, on the replica. */
  url: string;
  /** Stops applying WAL (it still receives it): reads on the replica stay as they are. */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  /** Resolves once the replica has replayed everything the primary had written when called. */
  caughtUp(timeoutMs?: number): Promise<void>;
  /** One query on the replica, on a connection of the test's own. */
  query<Row extends object>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Fast shutdown; the files stay (close() removes them). */
  stop(): Promise<void>;
  /** Stops it for good and deletes its files. */
  close(): Promise<void>;
}

const SLOT = 'cdapi_test_replica';
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;
const LOG_LINES_KEPT = 40;

/**
 * What a low-level base backup may leave out (the manual's section on it, and what
 * pg_basebackup leaves out): the postmaster's own files, and the contents of these
 * directories, which the standby makes afresh (its WAL comes from streaming).
 */
const SKIPPED_FILES = new Set(['postmaster.pid', 'postmaster.opts']);
const EMPTIED_DIRECTORIES = [
  'pg_wal',
  'pg_replslot',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
];

export async function startStreamingReplica(primary: OwnPostgres): Promise<StreamingReplica> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cdapi-replica-'));
  const dataDir = path.join(dir, 'pg');
  const port = await freePort();
  const primaryUrl = new URL(primary.url);
  const url = new URL(primary.url);
  url.port = String(port);

  let child: ChildProcess | undefined;
  const recent: string[] = [];
  const onExit = () => child?.kill('SIGINT');
  try {
    await baseBackup(primary, dataDir);
    await writeFile(path.join(dataDir, 'standby.signal'), '');
    const conninfo = [
      `host=${primaryUrl.hostname}`,
      `port=${primaryUrl.port}`,
      `user=${decodeURIComponent(primaryUrl.username)}`,
      `password=${decodeURIComponent(primaryUrl.password)}`,
      'application_name=cdapi_test_replica',
    ].join(' ');
    await appendFile(
      path.join(dataDir, 'postgresql.auto.conf'),
      `primary_conninfo = '${conninfo.replaceAll("'", "''")}'\nprimary_slot_name = '${SLOT}'\nhot_standby = on\n`,
    );
    const owner = postgresOwner();
    if (owner !== undefined) {
      // Postgres refuses to run as root: it runs as `postgres` (as the embedded server does), which must
      // own the copy and be able to reach it.
      await chmod(dir, 0o711);
      await chownTree(dataDir, owner);
    }
    await chmod(dataDir, 0o700);

    const { postgres } = await postgresBinaries();
    child = spawn(
      postgres,
      ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      { ...owner, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } },
    );
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      for (const line of chunk.split('\n').filter((l) => l.trim() !== '')) {
        recent.push(line);
        if (recent.length > LOG_LINES_KEPT) recent.shift();
      }
    });
    // A test process that exits without close() must not leave the server behind.
    process.once('exit', onExit);
    await waitUntilStandby(url.href, child);
  } catch (error) {
    process.removeListener('exit', onExit);
    await stopChild(child);
    await dropSlot(primary.url);
    await rm(dir, { recursive: true, force: true });
    throw new Error(
      `the streaming replica did not start: ${String(error)}\n--- its last log lines ---\n${recent.join('\n')}`,
      {
        cause: error,
      },
    );
  }

  const query = async <Row extends object>(sql: string, params: unknown[] = []): Promise<Row[]> => {
    const client = new pg.Client({ connectionString: url.href, application_name: 'replica-test' });
    await client.connect();
    try {
      return (await client.query<Row>(sql, params)).rows;
    } finally {
      await client.end();
    }
  };
  const stop = async () => {
    process.removeListener('exit', onExit);
    await stopChild(child);
  };

  return {
    url: url.href,
    query,
    pauseReplay: async () => {
      await query(`SELECT pg_wal_replay_pause()`);
    },
    resumeReplay: async () => {
      await query(`SELECT pg_wal_replay_resume()`);
    },
    caughtUp: async (timeoutMs = 30_000) => {
      const [{ lsn }] = await queryOn<{ lsn: string }>(primary.url, `SELECT pg_current_wal_lsn()::text AS lsn`);
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const [{ replayed }] = await query<{ replayed: boolean }>(
          `SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS replayed`,
          [lsn],
        );
        if (replayed) return;
        if (Date.now() > deadline) throw new Error(`the replica has not replayed up to ${lsn} in ${timeoutMs} ms`);
        await sleep(20);
      }
    },
    stop,
    close: async () => {
      await stop();
      await dropSlot(primary.url).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The copy of the primary's data directory, as a base backup, in `dataDir`. */
async function baseBackup(primary: OwnPostgres, dataDir: string): Promise<void> {
  const client = new pg.Client({ connectionString: primary.url, application_name: 'replica-base-backup' });
  await client.connect();
  try {
    // Reserves WAL from now on: nothing the standby needs is recycled before it streams it.
    await client.query(`SELECT pg_create_physical_replication_slot($1, true)`, [SLOT]);
    // Fast: an immediate checkpoint, not a spread one. Its session must stay until the stop.
    await client.query(`SELECT pg_backup_start('cdapi-test-replica', true)`);
    await cp(primary.dataDir, dataDir, {
      recursive: true,
      filter: async (source) => {
        const relative = path.relative(primary.dataDir, source);
        if (SKIPPED_FILES.has(relative)) return false;
        const emptied = EMPTIED_DIRECTORIES.find((name) => relative.startsWith(`${name}${path.sep}`));
        if (emptied === undefined) return true;
        // pg_wal's subdirectories (archive_status, summaries) are kept, empty; nothing else is
        // (a slot's directory without its state file would stop the standby).
        return emptied === 'pg_wal' && (await lstat(source)).isDirectory();
      },
    });
    const { rows } = await client.query<{ labelfile: string; spcmapfile: string }>(
      `SELECT labelfile, spcmapfile FROM pg_backup_stop(false)`,
    );
    await writeFile(path.join(dataDir, 'backup_label'), rows[0].labelfile);
    if (rows[0].spcmapfile) await writeFile(path.join(dataDir, 'tablespace_map'), rows[0].spcmapfile);
  } finally {
    await client.end();
  }
}

async function dropSlot(primaryUrl: string): Promise<void> {
  await queryOn(
    primaryUrl,
    `SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = $1`,
    [SLOT],
  ).catch(() => undefined);
}

/** The uid and gid to run postgres as: the `postgres` user when this process is root. */
function postgresOwner(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

async function chownTree(target: string, owner: { uid: number; gid: number }): Promise<void> {
  await chown(target, owner.uid, owner.gid);
  for (const entry of await readdir(target, { withFileTypes: true })) {
    const child = path.join(target, entry.name);
    if (entry.isDirectory()) await chownTree(child, owner);
    else await chown(child, owner.uid, owner.gid);
  }
}

/** Waits until the server accepts connections as a standby (hot standby: once consistent). */
async function waitUntilStandby(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error('postgres exited');
    try {
      const [{ standby }] = await queryOn<{ standby: boolean }>(url, `SELECT pg_is_in_recovery() AS standby`);
      if (!standby) throw new Error('the copy started as a primary, not as a standby');
      return;
    } catch (error) {
      if (Date.now() > deadline || (error as Error).message.startsWith('the copy')) throw error;
      await sleep(100);
    }
  }
}

/** SIGINT (fast shutdown), and waits for the postmaster to exit. */
async function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGQUIT'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

async function queryOn<Row extends object>(url: string, sql: string, params: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  await client.connect();
  try {
    return (await client.query<Row>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
