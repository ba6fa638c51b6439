/**
 * Swagger UI as an admin uses it, in a real browser: `npm run test:browser` (not part of
 * `npm test`). Starts the compiled app (`dist/src/main.js`) as its own process, on a fresh
 * embedded PostgreSQL that it seeds with the demo data on first start, or, when DATABASE_URL
 * is set, on a throwaway database of that server seeded by `npm run seed`'s CLI. Then, in
 * Debian's headless Chromium driven by playwright-core: Authorize with a bearer token, open
 * the unified profile operation, Try it out for a demo customer, Execute, and check the
 * response panel. Saves a screenshot to docs/swagger-ui-profile.png.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { TEST_JWT_SECRET, tokenFor } from '../support/tokens.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SCREENSHOT = path.join(projectRoot, 'docs/swagger-ui-profile.png');
/** A demo customer (src/database/seed: CUST001 … CUST1000, each with attributes and history). */
const CUSTOMER = 'CUST001';
const START_TIMEOUT_MS = 180_000;
const UI_TIMEOUT_MS = 30_000;

/** Variables the app reads: none may leak from this shell into the app under test. */
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
  'SEED_DEMO',
  'SUMMARY_REFRESH_INTERVAL',
  'SUMMARY_MATERIALIZED',
  'METRICS_PORT',
];

let tempDir: string;
let app: ChildProcess | undefined;
let appOutput = '';
let throwawayDatabase: { adminUrl: string; name: string } | undefined;
let browser: BrowserContext | undefined;
let baseUrl: string;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
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
  const ports = servers.map((server) => (server.address() as net.AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

function appEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of APP_VARIABLES) delete env[name];
  return { ...env, ...overrides };
}

/** Runs a compiled CLI to completion; throws with its output when it fails. */
async function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const child = spawn(process.execPath, args, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`node ${args.join(' ')} exited with ${code}:\n${output}`);
}

/** DATABASE_URL's server: a database of our own, migrated and seeded like a demo. */
async function seededThrowawayDatabase(serverUrl: string): Promise<string> {
  const name = `cdapi_browser_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
  throwawayDatabase = { adminUrl: serverUrl, name };
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await runNode(
    ['dist/src/cli/seed.js', '--customers', '100', '--interactions', '5000'],
    appEnv({ DATABASE_URL: url.href }),
  );
  return url.href;
}

async function startApp(): Promise<void> {
  const entry = path.join(projectRoot, 'dist/src/main.js');
  if (!existsSync(entry)) throw new Error('dist/src/main.js is missing: `npm run test:browser` builds first');
  const [httpPort, pgPort] = await freePorts(2);
  const database: Record<string, string> = process.env.DATABASE_URL
    ? { DATABASE_URL: await seededThrowawayDatabase(process.env.DATABASE_URL) }
    : { EMBEDDED_PG_DIR: path.join(tempDir, 'pg'), EMBEDDED_PG_PORT: String(pgPort), SEED_DEMO: 'true' };
  app = spawn(process.execPath, [entry], {
    cwd: projectRoot,
    env: appEnv({
      ...database,
      HOST: '127.0.0.1',
      PORT: String(httpPort),
      JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: 'info',
      SUMMARY_REFRESH_INTERVAL: '0',
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  app.stdout?.on('data', (chunk: Buffer) => (appOutput += chunk.toString()));
  app.stderr?.on('data', (chunk: Buffer) => (appOutput += chunk.toString()));
  baseUrl = `http://127.0.0.1:${httpPort}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (app.exitCode !== null) throw new Error(`The app exited with ${app.exitCode}:\n${appOutput}`);
    const health = await fetch(`${baseUrl}/health`).catch(() => undefined);
    // Listening comes after the demo seed, so a healthy app has its demo data.
    if (health?.status === 200) return;
    if (Date.now() > deadline) throw new Error(`The app did not become healthy:\n${appOutput}`);
    await sleep(250);
  }
}

async function stopApp(): Promise<void> {
  if (app && app.exitCode === null && app.signalCode === null) {
    const child = app;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    // SIGTERM: the app drains, closes its pool and stops its embedded server.
    const deadline = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(deadline);
  }
  if (throwawayDatabase) {
    const admin = new pg.Client({ connectionString: throwawayDatabase.adminUrl });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(throwawayDatabase.name)} WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }
}

async function launchChromium(): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's package (apt-get install -y chromium)`);
  }
  // A fresh profile every run: no cookies, no persisted Swagger authorization.
  return chromium.launchPersistentContext(path.join(tempDir, 'chromium-profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
}

describe('Swagger UI in a real browser', () => {
  let page: Page;

  beforeAll(async () => {
    tempDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cdapi-browser-'));
    await startApp();
    browser = await launchChromium();
    page = browser.pages()[0] ?? (await browser.newPage());
    page.setDefaultTimeout(UI_TIMEOUT_MS);
  });

  afterAll(async () => {
    await browser?.close();
    await stopApp();
    await fs.rm(tempDir, { recursive: true, force: true });
  });

  it('authorizes with a bearer token, executes the unified profile of a demo customer and shows it', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(`${baseUrl}/api/docs`);
    await page.locator('.swagger-ui .information-container .title').waitFor();
    expect(await page.locator('.swagger-ui .information-container .title').innerText()).toContain('Customer Data API');

    // Authorize: the bearer scheme's value is the token itself.
    await page.locator('.swagger-ui .auth-wrapper button.authorize').click();
    const dialog = page.locator('.swagger-ui .dialog-ux .modal-ux');
    await dialog.locator('input[type="text"]').fill(tokenFor(['viewer'], { subject: 'browser-test' }));
    await dialog.locator('.auth-btn-wrapper button.authorize').click();
    await dialog.locator('.auth-btn-wrapper button', { hasText: 'Logout' }).waitFor();
    await dialog.locator('.auth-btn-wrapper button.btn-done').click();
    await dialog.waitFor({ state: 'detached' });

    // The unified profile operation: expand, Try it out, the demo customer's id, Execute.
    const operation = page.locator('#operations-unified-profile-getUnifiedProfile');
    await operation.locator('.opblock-summary').first().click();
    await operation.locator('button.try-out__btn').click();
    await operation.locator('tr[data-param-name="id"] input').fill(CUSTOMER);
    await operation.locator('button.execute').click();

    const response = operation.locator('.responses-wrapper .live-responses-table tbody tr.response');
    await response.waitFor();
    expect((await response.locator('.response-col_status').innerText()).trim()).toBe('200');
    const body = await response.locator('.response-col_description pre').first().innerText();
    const profile = JSON.parse(body);
    expect(profile).toMatchObject({
      customerId: CUSTOMER,
      attributes: expect.any(Object),
      interactions: { totalCount: expect.any(Number), recentInteractions: expect.any(Array) },
    });
    expect(Object.keys(profile.attributes).length).toBeGreaterThan(0);
    expect(profile.interactions.totalCount).toBeGreaterThan(0);
    // The request Swagger UI sent carried the token.
    expect(await operation.locator('.curl-command').innerText()).toMatch(/Authorization: Bearer ey/);
    expect(errors).toEqual([]);

    // From the operation's header down to the server response (the documented responses
    // below it would triple the height).
    const top = await operation.boundingBox();
    const bottom = await operation.locator('.responses-wrapper .live-responses-table').boundingBox();
    if (!top || !bottom) throw new Error('the operation is not laid out');
    // Boxes are relative to the viewport; a full-page clip is relative to the page.
    const scrollY = await page.evaluate<number>('window.scrollY');
    await fs.mkdir(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({
      path: SCREENSHOT,
      fullPage: true,
      clip: { x: top.x, y: top.y + scrollY, width: top.width, height: bottom.y + bottom.height - top.y + 8 },
    });
    expect((await fs.stat(SCREENSHOT)).size).toBeGreaterThan(10_000);
  });
});
