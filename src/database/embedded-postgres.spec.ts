import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import swc from '@swc/core';
// @ts-expect-error -- async-exit-hook ships no type declarations and @types/async-exit-hook is not installed
import asyncExitHook from 'async-exit-hook';
import pg from 'pg';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded-postgres.js';

const modulePath = fileURLToPath(new URL('./embedded-postgres.ts', import.meta.url));
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

// Every test shares one data directory, so initdb runs once; they run in order.
let root: string;
let dataDir: string;
let port: number;
const handles: EmbeddedPostgresHandle[] = [];
const children: ChildProcess[] = [];

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'embedded-pg-spec-'));
  dataDir = path.join(root, 'pg');
  port = 55_000 + Math.floor(Math.random() * 5_000);
});

afterAll(async () => {
  for (const handle of handles) await handle.stop().catch(() => {});
  for (const child of children) child.kill('SIGKILL');
  // Whatever went wrong above, leave no postmaster behind.
  const pid = postmasterPid();
  if (pid !== undefined) {
    try {
      process.kill(pid, 'SIGINT');
      const pidFile = path.join(dataDir, 'postmaster.pid');
      for (let i = 0; i < 100 && existsSync(pidFile); i++) await sleep(100);
    } catch {
      // already gone
    }
  }
  await fs.rm(root, { recursive: true, force: true });
});

async function start(): Promise<EmbeddedPostgresHandle> {
  const handle = await startEmbeddedPostgres({ dataDir, port });
  handles.push(handle);
  return handle;
}

async function query(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as Record<string, unknown>[];
  } finally {
    await client.end();
  }
}

function accepts(onPort: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port: onPort });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function postmasterPid(): number | undefined {
  try {
    return Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return undefined;
  }
}

function ownerPid(): string | undefined {
  try {
    return readFileSync(`${dataDir}.owner`, 'utf8').trim();
  } catch {
    return undefined;
  }
}

/**
 * Another Node process running the real module (compiled here, since Node 20 cannot load
 * TypeScript). It stays alive until killed; SIGTERM stops its server first, as the app would.
 */
async function startInChild(): Promise<{ child: ChildProcess; url: string }> {
  const compiled = swc.transformFileSync(modulePath, {
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'es6' },
  }).code;
  const driver = `
    const handle = await startEmbeddedPostgres({ dataDir: process.env.PG_DATA_DIR, port: Number(process.env.PG_PORT) });
    process.on('SIGTERM', () => handle.stop().then(() => process.exit(0)));
    console.log(JSON.stringify({ url: handle.url, owned: handle.owned }));
    setInterval(() => {}, 60_000);
  `;
  // cwd decides how the eval'd module resolves '@embedded-postgres/…' and 'pg'.
  const child = spawn(process.execPath, ['--input-type=module', '-e', `${compiled}\n${driver}`], {
    cwd: projectRoot,
    env: { ...process.env, PG_DATA_DIR: dataDir, PG_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const line = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('\n')) resolve(stdout.split('\n')[0]);
    });
    child.once('exit', (code) => reject(new Error(`child exited (${code}): ${stderr}`)));
  });
  const { url, owned } = JSON.parse(line) as { url: string; owned: boolean };
  expect(owned).toBe(true);
  return { child, url };
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

it('installs no exit hooks (the embedded-postgres package would, to call process.exit)', () => {
  expect((asyncExitHook as { hookedEvents(): string[] }).hookedEvents()).toEqual([]);
});

it('initialises and starts a UTF8 server, and stops it', async () => {
  const handle = await start();
  expect(handle.owned).toBe(true);
  expect(handle.url).toBe(`postgres://postgres:postgres@127.0.0.1:${port}/postgres`);
  expect(ownerPid()).toBe(String(process.pid));

  expect(await query(handle.url, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
  expect(await query(handle.url, 'SHOW server_encoding')).toEqual([{ server_encoding: 'UTF8' }]);
  await query(handle.url, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('first run')");

  await handle.stop();
  await handle.stop();
  expect(await accepts(port)).toBe(false);
  expect(ownerPid()).toBeUndefined();
});

it('restarts on the existing data directory with its data', async () => {
  const handle = await start();
  expect(await query(handle.url, 'SELECT v FROM kept')).toEqual([{ v: 'first run' }]);
  await handle.stop();
});

it('creates a database once and returns its url', async () => {
  const handle = await start();
  const url = await ensureDatabase(handle.url, 'customer data');
  expect(await ensureDatabase(handle.url, 'customer data')).toBe(url);
  expect(await query(url, 'SELECT current_database() AS db')).toEqual([{ db: 'customer data' }]);
  await handle.stop();
});

it('puts the server log in the error when postgres cannot start', async () => {
  const blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
  try {
    await expect(startEmbeddedPostgres({ dataDir, port })).rejects.toThrow(
      /could not bind IPv4 address "127\.0\.0\.1": Address already in use/,
    );
    expect(ownerPid()).toBeUndefined();
  } finally {
    await new Promise((resolve) => blocker.close(resolve));
  }
});

it('stops a postmaster orphaned by a killed owner and starts a fresh one', async () => {
  const { child, url } = await startInChild();
  await query(url, "INSERT INTO kept VALUES ('orphan run')");
  const orphanPid = postmasterPid();
  child.kill('SIGKILL');
  await exited(child);
  expect(await accepts(port)).toBe(true); // outlived its owner
  expect(ownerPid()).toBe(String(child.pid));

  const handle = await start();
  expect(handle.owned).toBe(true);
  expect(postmasterPid()).not.toBe(orphanPid);
  expect(ownerPid()).toBe(String(process.pid));
  expect(await query(handle.url, 'SELECT v FROM kept ORDER BY v')).toEqual([{ v: 'first run' }, { v: 'orphan run' }]);
  await handle.stop();
});

it('adopts a server whose owner is alive and leaves it running on stop', async () => {
  const { child, url } = await startInChild();

  const handle = await start();
  expect(handle).toMatchObject({ owned: false, url });
  expect(await query(handle.url, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
  await handle.stop();
  expect(await accepts(port)).toBe(true);
  expect(ownerPid()).toBe(String(child.pid));

  child.kill('SIGTERM');
  await exited(child);
  expect(child.exitCode).toBe(0);
  expect(await accepts(port)).toBe(false);
});
