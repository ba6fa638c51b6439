/**
 * The compiled server (`dist/src/main.js`, built by `npm test`) as a real child process:
 * first start on a fresh embedded data directory, survival of a SIGKILL, graceful SIGTERM,
 * configuration errors and the development tokens printed without JWT_SECRET.
 *
 * Every child gets its own temporary EMBEDDED_PG_DIR and ports, and never the DATABASE_URL
 * of the test run. Whatever happens, afterAll kills the children and stops any postmaster
 * they left behind: a leaked postgres would break later runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import jwt from 'jsonwebtoken';
import { createTestDatabase, dropTestDatabase, queryOnce } from '../support/database.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = 'dist/src/main.js';
const JWT_SECRET = 'process-lifecycle-test-secret-0123456789abcdef';
const HEALTH_TIMEOUT_MS = 60_000;
const SHUTDOWN_TIMEOUT_MS = 20_000;
// A config error exits before any I/O, but loading the modules alone took over 10 s on a loaded CI machine.
const CONFIG_ERROR_TIMEOUT_MS = 30_000;
const BUILD_WAIT_MS = 30_000;

/** Variables the app reads: none of them may leak from the test run into a child. */
const APP_VARIABLES = [
  'DATABASE_URL',
  'DATABASE_POOL_SIZE',
  'EMBEDDED_PG_DIR',
  'EMBEDDED_PG_PORT',
  'HOST',
  'PORT',
  'JWT_SECRET',
  'JWT_ISSUER',
  'JWT_AUDIENCE',
  'NODE_ENV',
  'LOG_LEVEL',
];

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

interface Server {
  label: string;
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  exited: Promise<Exit>;
  exit: Exit | undefined;
  /** performance.now() when spawned */
  spawnedAt: number;
}

/** One isolated setup: its own temp dir, embedded data dir and ports. */
interface Instance {
  root: string;
  dataDir: string;
  ownerFile: string;
  pgPort: number;
  httpPort: number;
  baseUrl: string;
  databaseUrl: string;
}

const instances: Instance[] = [];
const servers: Server[] = [];
let serversOfThisTest: Server[] = [];
let testPassed = false;
const timings: Record<string, number> = {};

// ---------------------------------------------------------------------------------------
// helpers

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}

/** Distinct ports that were free a moment ago (all held open together, then released). */
async function freePorts(count: number): Promise<number[]> {
  const listeners = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<net.Server>((resolve, reject) => {
          const server = net.createServer();
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = listeners.map((server) => (server.address() as net.AddressInfo).port);
  await Promise.all(listeners.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

async function createInstance(): Promise<Instance> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'cdapi-lifecycle-'));
  const [pgPort, httpPort] = await freePorts(2);
  const dataDir = path.join(root, 'pg');
  const instance: Instance = {
    root,
    dataDir,
    ownerFile: `${dataDir}.owner`,
    pgPort,
    httpPort,
    baseUrl: `http://127.0.0.1:${httpPort}`,
    databaseUrl: `postgres://postgres:postgres@127.0.0.1:${pgPort}/customer_data`,
  };
  instances.push(instance);
  return instance;
}

/** A copy of this process' environment without the app's variables, plus `overrides`. */
function childEnv(overrides: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of APP_VARIABLES) delete env[name];
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

/** The environment the brief's server runs with; `overrides` can remove (undefined) or add. */
function serverEnv(instance: Instance, overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return childEnv({
    EMBEDDED_PG_DIR: instance.dataDir,
    EMBEDDED_PG_PORT: String(instance.pgPort),
    PORT: String(instance.httpPort),
    HOST: '127.0.0.1',
    JWT_SECRET,
    LOG_LEVEL: 'info',
    ...overrides,
  });
}

/**
 * Other work in this checkout may rebuild dist/ while the tests run (`nest build` deletes it
 * first): wait a little for the entry point rather than fail on a missing module.
 */
async function entryPoint(): Promise<string> {
  const entry = path.join(projectRoot, ENTRY);
  const deadline = Date.now() + BUILD_WAIT_MS;
  while (!existsSync(entry)) {
    if (Date.now() > deadline) throw new Error(`${ENTRY} is missing: build first (npm test runs \`nest build\`)`);
    await sleep(200);
  }
  return ENTRY;
}

async function spawnServer(label: string, env: NodeJS.ProcessEnv): Promise<Server> {
  const entry = await entryPoint();
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [entry], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const server: Server = {
    label: `${label} (pid ${child.pid ?? '?'})`,
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    exit: undefined,
    spawnedAt,
    exited: new Promise<Exit>((resolve) => {
      child.once('exit', (code, signal) => {
        server.exit = { code, signal };
        resolve(server.exit);
      });
      child.once('error', (error) => {
        stderr += `\n[spawn error] ${String(error)}`;
        server.exit ??= { code: null, signal: null };
        resolve(server.exit);
      });
    }),
  };
  servers.push(server);
  serversOfThisTest.push(server);
  return server;
}

function describeServer(server: Server): string {
  const state = server.exit ? `exited code=${server.exit.code} signal=${server.exit.signal}` : 'running';
  return [
    `===== ${server.label}: ${state}`,
    '----- stdout',
    stripAnsi(server.stdout()).trimEnd() || '(empty)',
    '----- stderr',
    stripAnsi(server.stderr()).trimEnd() || '(empty)',
  ].join('\n');
}

async function waitForExit(server: Server, timeoutMs: number): Promise<Exit> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${server.label} did not exit within ${timeoutMs} ms\n${describeServer(server)}`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([server.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Polls GET /health until 200; fails early when the child exits. Returns ms since the spawn. */
async function waitForHealth(server: Server, baseUrl: string): Promise<number> {
  const deadline = server.spawnedAt + HEALTH_TIMEOUT_MS;
  let last: string;
  for (;;) {
    if (server.exit) throw new Error(`${server.label} exited before it was healthy\n${describeServer(server)}`);
    try {
      const response = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2_000) });
      last = `${response.status} ${await response.text()}`;
      if (response.status === 200) return performance.now() - server.spawnedAt;
    } catch (error) {
      last = String(error);
    }
    if (performance.now() > deadline) {
      throw new Error(
        `${server.label} not healthy within ${HEALTH_TIMEOUT_MS} ms (last: ${last})\n${describeServer(server)}`,
      );
    }
    await sleep(100);
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(2_000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function readPidLine(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').split('\n')[0].trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

const postmasterPid = (instance: Instance) => readPidLine(path.join(instance.dataDir, 'postmaster.pid'));
const ownerPid = (instance: Instance) => readPidLine(instance.ownerFile);

/** Alive and not a zombie (this container's init may never reap orphans). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat[stat.lastIndexOf(')') + 2] !== 'Z';
  } catch {
    return !existsSync('/proc/self/stat'); // no procfs: trust signal 0
  }
}

function processName(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return undefined;
  }
}

async function waitUntilDead(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}

/** Signals `pid`, escalating to SIGKILL when it does not go away. */
async function terminate(pid: number, first: NodeJS.Signals, graceMs: number): Promise<void> {
  try {
    process.kill(pid, first);
  } catch {
    return;
  }
  if (await waitUntilDead(pid, graceMs)) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return;
  }
  await waitUntilDead(pid, 5_000);
}

/** Processes whose command line names `dir` (a postmaster's `-D`, initdb's `--pgdata`). */
async function processesMentioning(dir: string): Promise<number[]> {
  const entries = await fs.readdir('/proc').catch(() => [] as string[]);
  const pids: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    const cmdline = await fs.readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.split('\0').some((arg) => arg.includes(dir)) && isAlive(Number(entry))) pids.push(Number(entry));
  }
  return pids;
}

/** Leaves nothing of `instance` behind: its postmaster (fast shutdown), strays, the temp dir. */
async function destroyInstance(instance: Instance): Promise<void> {
  const pid = postmasterPid(instance);
  if (pid !== undefined && isAlive(pid) && processName(pid) === 'postgres') {
    await terminate(pid, 'SIGINT', 30_000);
  }
  // Anything else still working on this directory (e.g. initdb of a child killed mid-start).
  for (const stray of await processesMentioning(instance.root)) await terminate(stray, 'SIGINT', 10_000);
  await fs.rm(instance.root, { recursive: true, force: true });
}

function nonWarningLines(text: string): string[] {
  return (
    text
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '')
      // Node's own warnings (e.g. from NODE_OPTIONS of the test run) are not the app's output.
      .filter((line) => !/^\(node:\d+\) |^\(Use `node --trace-warnings/.test(line))
  );
}

// ---------------------------------------------------------------------------------------
// lifecycle of the test file

beforeEach(() => {
  testPassed = false;
  serversOfThisTest = [];
});

afterEach(() => {
  // Covers failed assertions and Jest timeouts alike: the children's output explains them.
  if (!testPassed) {
    const name = expect.getState().currentTestName ?? 'test';
    const logs = serversOfThisTest.map(describeServer).join('\n\n') || '(no child process started)';
    console.error(`Diagnostics for failed test "${name}":\n${logs}`);
  }
});

afterAll(async () => {
  for (const server of servers) {
    if (server.exit) continue;
    server.child.kill('SIGKILL');
    await waitForExit(server, 5_000).catch(() => undefined);
  }
  for (const instance of instances) {
    await destroyInstance(instance).catch((error: unknown) => {
      console.error(`cleanup of ${instance.root} failed: ${String(error)}`);
    });
  }
  if (Object.keys(timings).length > 0) {
    const lines = Object.entries(timings).map(([what, ms]) => `  ${what}: ${Math.round(ms)} ms`);
    console.log(`process lifecycle timings:\n${lines.join('\n')}`);
  }
}, 120_000);

/** `it` that marks success, so afterEach prints the children's output only for failures. */
function itWithLogs(name: string, fn: () => Promise<void>, timeoutMs: number): void {
  it(
    name,
    async () => {
      await fn();
      testPassed = true;
    },
    timeoutMs,
  );
}

// ---------------------------------------------------------------------------------------
// tests

describe('the compiled server as a child process, on one embedded data directory', () => {
  let instance: Instance;
  let server: Server | undefined;

  beforeAll(async () => {
    instance = await createInstance();
  });

  /** The server the previous test left running, or a new one (when that test failed). */
  async function runningServer(): Promise<Server> {
    if (server && !server.exit) {
      serversOfThisTest.push(server); // its output belongs to this test's diagnostics too
      return server;
    }
    server = await spawnServer('server', serverEnv(instance));
    await waitForHealth(server, instance.baseUrl);
    return server;
  }

  itWithLogs(
    'starts on a fresh data directory: healthy within 60 s, with its API documentation',
    async () => {
      expect(existsSync(instance.dataDir)).toBe(false);
      server = await spawnServer('fresh start', serverEnv(instance));
      timings['first healthy start on a fresh data dir (spawn -> /health 200)'] = await waitForHealth(
        server,
        instance.baseUrl,
      );

      const health = await fetch(`${instance.baseUrl}/health`);
      expect(health.status).toBe(200);
      await expect(health.json()).resolves.toMatchObject({
        status: 'ok',
        details: { database: { status: 'up' }, migrations: { status: 'up' } },
      });

      const doc = await fetch(`${instance.baseUrl}/api/docs-json`);
      expect(doc.status).toBe(200);
      const { paths } = (await doc.json()) as { paths: Record<string, unknown> };
      expect(Object.keys(paths)).toEqual(expect.arrayContaining(['/health', '/api/v1/auth/me']));

      const ui = await fetch(`${instance.baseUrl}/api/docs`);
      expect(ui.status).toBe(200);
      expect(ui.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await ui.text()).toMatch(/swagger/i);

      // The embedded server, not any DATABASE_URL of the test run, and owned by this child.
      expect(stripAnsi(server.stdout())).toContain(`Embedded PostgreSQL ready (${instance.dataDir})`);

      // A newcomer's first start seeds the demo data set, once.
      expect(stripAnsi(server.stdout())).toMatch(/seeded demo data \(1000 customers CUST001/);
      const [demo] = await queryOnce(
        instance.databaseUrl,
        `SELECT (SELECT count(*) FROM interaction_history)::int AS interactions,
                (SELECT count(DISTINCT customer_id) FROM schema_record)::int AS customers,
                (SELECT count(*) FROM offer)::int AS offers`,
      );
      expect(demo).toEqual({ interactions: 50_000, customers: 1_000, offers: expect.any(Number) });
      expect(ownerPid(instance)).toBe(server.child.pid);
      expect(postmasterPid(instance)).toBeDefined();
    },
    BUILD_WAIT_MS + HEALTH_TIMEOUT_MS + 15_000,
  );

  itWithLogs(
    'keeps its data through a SIGKILL: the orphaned postmaster is replaced on restart',
    async () => {
      const killed = await runningServer();
      await queryOnce(instance.databaseUrl, `INSERT INTO channel (id, name) VALUES ('ch_kill', 'Survivor')`);

      const orphan = postmasterPid(instance);
      expect(orphan).toBeDefined();
      const killedAt = performance.now();
      killed.child.kill('SIGKILL');
      await expect(waitForExit(killed, 5_000)).resolves.toEqual({ code: null, signal: 'SIGKILL' });

      // The postmaster outlived its owner, whose pid is still in the owner file.
      expect(isAlive(orphan!)).toBe(true);
      expect(await accepts(instance.pgPort)).toBe(true);
      expect(ownerPid(instance)).toBe(killed.child.pid);

      server = await spawnServer('restart after SIGKILL', serverEnv(instance));
      timings['restart after SIGKILL (spawn -> /health 200)'] = await waitForHealth(server, instance.baseUrl);
      timings['SIGKILL -> healthy again'] = performance.now() - killedAt;

      // The orphan was stopped and replaced by a postmaster of the new process.
      expect(await waitUntilDead(orphan!, 5_000)).toBe(true);
      expect(postmasterPid(instance)).toBeDefined();
      expect(postmasterPid(instance)).not.toBe(orphan);
      expect(ownerPid(instance)).toBe(server.child.pid);

      await expect(
        queryOnce(instance.databaseUrl, `SELECT id, name FROM channel WHERE id = 'ch_kill'`),
      ).resolves.toEqual([{ id: 'ch_kill', name: 'Survivor' }]);
      // Demo data is seeded once, not again on a restart.
      expect(stripAnsi(server.stdout())).not.toMatch(/seeded demo data/);
      await expect(
        queryOnce(instance.databaseUrl, `SELECT count(*)::int AS n FROM interaction_history`),
      ).resolves.toEqual([{ n: 50_000 }]);

      const token = jwt.sign({ roles: ['viewer'] }, JWT_SECRET, { algorithm: 'HS256', expiresIn: 60, subject: 't' });
      const me = await fetch(`${instance.baseUrl}/api/v1/auth/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(me.status).toBe(200);
      await expect(me.json()).resolves.toEqual({ subject: 't', roles: ['viewer'] });
    },
    2 * (BUILD_WAIT_MS + HEALTH_TIMEOUT_MS) + 15_000,
  );

  itWithLogs(
    'shuts down on SIGTERM: exit code 0, embedded server stopped, owner file removed',
    async () => {
      const stopping = await runningServer();
      const postmaster = postmasterPid(instance);
      expect(postmaster).toBeDefined();

      const signalledAt = performance.now();
      stopping.child.kill('SIGTERM');
      const exit = await waitForExit(stopping, SHUTDOWN_TIMEOUT_MS);
      timings['SIGTERM -> process exit'] = performance.now() - signalledAt;
      expect(exit).toEqual({ code: 0, signal: null });

      expect(stripAnsi(stopping.stdout())).toContain('SIGTERM received');
      expect(isAlive(postmaster!)).toBe(false);
      expect(await accepts(instance.pgPort)).toBe(false);
      expect(await accepts(instance.httpPort)).toBe(false);
      expect(existsSync(path.join(instance.dataDir, 'postmaster.pid'))).toBe(false);
      expect(existsSync(instance.ownerFile)).toBe(false);
    },
    BUILD_WAIT_MS + HEALTH_TIMEOUT_MS + SHUTDOWN_TIMEOUT_MS + 15_000,
  );
});

describe('configuration errors stop the process before anything starts', () => {
  async function expectConfigError(env: NodeJS.ProcessEnv, instance: Instance, variable: string): Promise<void> {
    const server = await spawnServer(`config error ${variable}`, env);
    expect(await waitForExit(server, CONFIG_ERROR_TIMEOUT_MS)).toEqual({ code: 1, signal: null });
    const lines = nonWarningLines(server.stderr());
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Invalid configuration: ${variable} `));
    // No postgres was started (nor initialised) for it.
    expect(existsSync(instance.dataDir)).toBe(false);
    expect(existsSync(instance.ownerFile)).toBe(false);
    expect(await accepts(instance.pgPort)).toBe(false);
  }

  itWithLogs(
    'PORT=abc: exit 1 with one line naming PORT',
    async () => {
      const instance = await createInstance();
      await expectConfigError(serverEnv(instance, { PORT: 'abc' }), instance, 'PORT');
    },
    BUILD_WAIT_MS + CONFIG_ERROR_TIMEOUT_MS + 5_000,
  );

  itWithLogs(
    'DATABASE_URL=mysql://x@y/z: exit 1 with one line naming DATABASE_URL',
    async () => {
      const instance = await createInstance();
      await expectConfigError(serverEnv(instance, { DATABASE_URL: 'mysql://x@y/z' }), instance, 'DATABASE_URL');
    },
    BUILD_WAIT_MS + CONFIG_ERROR_TIMEOUT_MS + 5_000,
  );
});

describe('with DATABASE_URL', () => {
  itWithLogs(
    'uses that database and never seeds demo data into it',
    async () => {
      const instance = await createInstance();
      const databaseUrl = await createTestDatabase();
      try {
        const server = await spawnServer('DATABASE_URL', serverEnv(instance, { DATABASE_URL: databaseUrl }));
        await waitForHealth(server, instance.baseUrl);
        await expect(
          queryOnce(
            databaseUrl,
            `SELECT (SELECT count(*) FROM offer)::int + (SELECT count(*) FROM schema_record)::int AS n`,
          ),
        ).resolves.toEqual([{ n: 0 }]);
        expect(existsSync(instance.dataDir)).toBe(false);
        server.child.kill('SIGTERM');
        expect(await waitForExit(server, SHUTDOWN_TIMEOUT_MS)).toEqual({ code: 0, signal: null });
      } finally {
        await dropTestDatabase(databaseUrl);
      }
    },
    BUILD_WAIT_MS + HEALTH_TIMEOUT_MS + SHUTDOWN_TIMEOUT_MS,
  );
});

describe('without JWT_SECRET', () => {
  itWithLogs(
    'outside production: prints a ready-to-paste token per role, and the admin one works',
    async () => {
      const instance = await createInstance();
      const server = await spawnServer(
        'no JWT_SECRET',
        serverEnv(instance, { JWT_SECRET: undefined, NODE_ENV: undefined }),
      );
      await waitForHealth(server, instance.baseUrl);

      const log = stripAnsi(server.stdout() + server.stderr());
      expect(log).toMatch(/admin {2}Bearer ey/);
      const tokens = new Map<string, string>();
      for (const match of log.matchAll(/^\s*(admin|editor|viewer)\s+Bearer (ey[\w-]+\.[\w-]+\.[\w-]+)\s*$/gm)) {
        tokens.set(match[1], match[2]);
      }
      expect([...tokens.keys()].sort()).toEqual(['admin', 'editor', 'viewer']);

      const me = (token: string) =>
        fetch(`${instance.baseUrl}/api/v1/auth/me`, { headers: { authorization: `Bearer ${token}` } });
      const admin = await me(tokens.get('admin')!);
      expect(admin.status).toBe(200);
      await expect(admin.json()).resolves.toMatchObject({ roles: ['admin'] });
      for (const role of ['editor', 'viewer']) {
        const response = await me(tokens.get(role)!);
        expect(response.status).toBe(200);
        await expect(response.json()).resolves.toMatchObject({ roles: [role] });
      }
      // The secret is random: a token signed with any other secret is refused.
      const foreign = jwt.sign({ roles: ['admin'] }, JWT_SECRET, { algorithm: 'HS256', expiresIn: 60, subject: 't' });
      expect((await me(foreign)).status).toBe(401);

      server.child.kill('SIGTERM');
      expect(await waitForExit(server, SHUTDOWN_TIMEOUT_MS)).toEqual({ code: 0, signal: null });
    },
    BUILD_WAIT_MS + HEALTH_TIMEOUT_MS + SHUTDOWN_TIMEOUT_MS + 15_000,
  );

  itWithLogs(
    'NODE_ENV=production: exit 1 with one line naming JWT_SECRET',
    async () => {
      const instance = await createInstance();
      const server = await spawnServer(
        'production without JWT_SECRET',
        serverEnv(instance, { JWT_SECRET: undefined, NODE_ENV: 'production' }),
      );
      expect(await waitForExit(server, CONFIG_ERROR_TIMEOUT_MS)).toEqual({ code: 1, signal: null });
      const lines = nonWarningLines(server.stderr());
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^Invalid configuration: JWT_SECRET /);
      expect(existsSync(instance.dataDir)).toBe(false);
      expect(await accepts(instance.pgPort)).toBe(false);
    },
    BUILD_WAIT_MS + CONFIG_ERROR_TIMEOUT_MS + 5_000,
  );
});
