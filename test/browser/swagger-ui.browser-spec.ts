/**
 * Swagger UI as an admin uses it, in a real browser: `npm run test:browser` (not part of
 * `npm test`). Starts the compiled app (`dist/src/main.js`) as its own process, on a fresh
 * embedded PostgreSQL that it seeds with the demo data on first start, or, when DATABASE_URL
 * is set, on a throwaway database of that server seeded by `npm run seed`'s CLI, next to a
 * local OpenID provider (./local-idp.ts) whose tokens the app verifies through its JWKS. Then,
 * in Debian's headless Chromium driven by playwright-core: Authorize with a bearer token and
 * execute the unified profile (saving a screenshot to docs/swagger-ui-profile.png); "Try it
 * out" on the history sends only the filters typed; and login with the provider (code + PKCE)
 * authorizes calls without leaving the token in the browser's storage.
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
import { signToken } from '../../src/modules/auth/token-signer.js';
import { TEST_JWT_SECRET } from '../support/tokens.js';
import { startLocalIdp, type LocalIdp } from './local-idp.js';

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
/** The local provider's client for Swagger UI, the API's audience and the roles it grants. */
const OIDC_CLIENT_ID = 'customer-data-api-docs';
const AUDIENCE = 'https://customer-data-api.test';
const API_SCOPE = 'customer-data-api';
const IDP_ROLES = ['admin'];
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
  'JWT_JWKS_URI',
  'JWT_ROLES_CLAIM',
  'OIDC_CLIENT_ID',
  'OIDC_ISSUER_URL',
  'OIDC_SCOPES',
  'SWAGGER_PERSIST_AUTHORIZATION',
  'RATE_LIMIT_PER_MINUTE',
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
let idp: LocalIdp | undefined;
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
  const [httpPort, pgPort, idpPort] = await freePorts(3);
  baseUrl = `http://127.0.0.1:${httpPort}`;
  idp = await startLocalIdp({
    port: idpPort,
    clientId: OIDC_CLIENT_ID,
    redirectUri: `${baseUrl}/api/docs/oauth2-redirect.html`,
    audience: AUDIENCE,
    apiScope: API_SCOPE,
    roles: IDP_ROLES,
  });
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
      JWT_JWKS_URI: idp.jwksUri,
      JWT_ISSUER: idp.issuer,
      JWT_AUDIENCE: AUDIENCE,
      OIDC_CLIENT_ID,
      OIDC_SCOPES: `openid ${API_SCOPE}`,
      LOG_LEVEL: 'info',
      SUMMARY_REFRESH_INTERVAL: '0',
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  app.stdout?.on('data', (chunk: Buffer) => (appOutput += chunk.toString()));
  app.stderr?.on('data', (chunk: Buffer) => (appOutput += chunk.toString()));
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
  const context = await chromium.launchPersistentContext(path.join(tempDir, 'chromium-profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  // Only 127.0.0.1 exists for this test (the provider's dev pages import a web font).
  await context.route(/^(?!https?:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
  return context;
}

/** An HS256 token of the kind an admin pastes, with the issuer and audience the app requires. */
function pastedToken(roles: string[]): string {
  return signToken(TEST_JWT_SECRET, {
    subject: 'browser-test',
    roles,
    expiresInSeconds: 600,
    issuer: idp!.issuer,
    audience: AUDIENCE,
  });
}

/** The history's `total` for these filters, asked of the API directly. */
async function historyTotal(query: string): Promise<number> {
  const response = await fetch(`${baseUrl}/api/v1/interaction-history?limit=1${query}`, {
    headers: { authorization: `Bearer ${pastedToken(['viewer'])}` },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { total: number }).total;
}

/** Swagger UI, freshly loaded: nothing authorized, no operation open. */
async function openDocs(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/api/docs`);
  await page.locator('.swagger-ui .information-container .title').waitFor();
}

/** The Authorize dialog's section for one security scheme. */
function schemeSection(page: Page, scheme: string) {
  return page
    .locator('.swagger-ui .dialog-ux .modal-ux .auth-container')
    .filter({ has: page.locator('h4', { hasText: new RegExp(`^${scheme}\\b`) }) });
}

async function closeAuthorizeDialog(page: Page): Promise<void> {
  const dialog = page.locator('.swagger-ui .dialog-ux .modal-ux');
  await dialog.locator('button.btn-done').first().click();
  await dialog.waitFor({ state: 'detached' });
}

async function authorizeWithBearer(page: Page, token: string): Promise<void> {
  await page.locator('.swagger-ui .auth-wrapper button.authorize').click();
  const bearer = schemeSection(page, 'bearer');
  await bearer.locator('input[type="text"]').fill(token);
  await bearer.locator('button.authorize').click();
  await bearer.locator('button', { hasText: 'Logout' }).waitFor();
  await closeAuthorizeDialog(page);
}

/** Expands an operation and presses "Try it out". */
async function tryItOut(page: Page, tag: string, operationId: string) {
  const operation = page.locator(`#operations-${tag}-${operationId}`);
  await operation.locator('.opblock-summary').first().click();
  await operation.locator('button.try-out__btn').click();
  return operation;
}

/** Presses Execute; returns the URL the browser requested and the status and body Swagger UI shows. */
async function execute(
  page: Page,
  operation: ReturnType<Page['locator']>,
  path: string,
): Promise<{ url: URL; status: string; body: any; curl: string }> {
  // Clear the previous response first, so that the one read below answers this request.
  const clear = operation.locator('button.btn-clear');
  if ((await clear.count()) > 0) {
    await clear.click();
    await operation.locator('.live-responses-table').waitFor({ state: 'detached' });
  }
  const sent = page.waitForRequest((request) => new URL(request.url()).pathname === path);
  await operation.locator('button.execute').click();
  const url = new URL((await sent).url());
  await operation.locator('.request-url pre', { hasText: url.href }).waitFor();
  const response = operation.locator('.responses-wrapper .live-responses-table tbody tr.response');
  await response.locator('.response-col_description pre').first().waitFor();
  return {
    url,
    status: (await response.locator('.response-col_status').innerText()).trim(),
    body: JSON.parse(await response.locator('.response-col_description pre').first().innerText()),
    curl: await operation.locator('.curl-command').innerText(),
  };
}

describe('Swagger UI in a real browser', () => {
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    tempDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cdapi-browser-'));
    await startApp();
    browser = await launchChromium();
    page = browser.pages()[0] ?? (await browser.newPage());
    page.setDefaultTimeout(UI_TIMEOUT_MS);
    page.on('pageerror', (error) => errors.push(error.message));
  });

  afterEach(() => {
    expect(errors.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await stopApp();
    await idp?.close();
    await fs.rm(tempDir, { recursive: true, force: true });
  });

  it('authorizes with a bearer token, executes the unified profile of a demo customer and shows it', async () => {
    await openDocs(page);
    expect(await page.locator('.swagger-ui .information-container .title').innerText()).toContain('Customer Data API');
    await authorizeWithBearer(page, pastedToken(['viewer']));

    // The unified profile operation: expand, Try it out, the demo customer's id, Execute.
    const operation = await tryItOut(page, 'unified-profile', 'getUnifiedProfile');
    await operation.locator('tr[data-param-name="id"] input').fill(CUSTOMER);
    const {
      status,
      body: profile,
      curl,
    } = await execute(page, operation, `/api/v1/customers/${CUSTOMER}/unified-profile`);
    expect(status).toBe('200');
    expect(profile).toMatchObject({
      customerId: CUSTOMER,
      attributes: expect.any(Object),
      interactions: { totalCount: expect.any(Number), recentInteractions: expect.any(Array) },
    });
    expect(Object.keys(profile.attributes).length).toBeGreaterThan(0);
    expect(profile.interactions.totalCount).toBeGreaterThan(0);
    // The request Swagger UI sent carried the token.
    expect(curl).toMatch(/Authorization: Bearer ey/);

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

  it('"Try it out" on the history sends only the filters the admin typed, and counts every matching row', async () => {
    const [allRows, customerRows] = await Promise.all([historyTotal(''), historyTotal(`&customerId=${CUSTOMER}`)]);
    expect(customerRows).toBeGreaterThan(0);
    expect(customerRows).toBeLessThan(allRows);

    await openDocs(page);
    await authorizeWithBearer(page, pastedToken(['admin']));
    const operation = await tryItOut(page, 'interactions', 'listInteractionHistory');
    const filters = ['customerId', 'offerId', 'actionId', 'creativeId', 'treatmentId', 'cursor'];
    for (const name of filters) {
      expect({ name, value: await operation.locator(`tr[data-param-name="${name}"] input`).inputValue() }).toEqual({
        name,
        value: '',
      });
    }

    // Nothing typed: no filter sent (the page size shows, and sends, its documented default).
    const untouched = await execute(page, operation, '/api/v1/interaction-history');
    expect([...untouched.url.searchParams]).toEqual([['limit', '20']]);
    expect(untouched.curl).toContain(`${baseUrl}/api/v1/interaction-history?limit=20'`);
    expect(untouched.status).toBe('200');
    expect(untouched.body.total).toBe(allRows);
    expect(untouched.body.data).toHaveLength(20);

    // One filter typed: that filter alone.
    await operation.locator('tr[data-param-name="customerId"] input').fill(CUSTOMER);
    const filtered = await execute(page, operation, '/api/v1/interaction-history');
    expect([...filtered.url.searchParams]).toEqual([
      ['customerId', CUSTOMER],
      ['limit', '20'],
    ]);
    expect(filtered.status).toBe('200');
    expect(filtered.body.total).toBe(customerRows);
  });

  it('logs in with the identity provider (code + PKCE), calls the API with its token and stores no token', async () => {
    await openDocs(page);
    await page.locator('.swagger-ui .auth-wrapper button.authorize').click();
    const oidc = schemeSection(page, 'oidc');
    // Discovered from the issuer: the code flow with PKCE, the client id and scopes filled in.
    await oidc.locator('.flow code', { hasText: 'authorization_code with PKCE' }).waitFor();
    expect(await oidc.locator('input[data-name="clientId"]').inputValue()).toBe(OIDC_CLIENT_ID);
    for (const scope of ['openid', API_SCOPE]) {
      expect(await oidc.locator(`input[type="checkbox"][data-value="${scope}"]`).isChecked()).toBe(true);
    }

    // The provider's login and consent pages open in a popup, as a real provider's would.
    const popupOpened = page.waitForEvent('popup');
    await oidc.locator('button.authorize').click();
    const popup = await popupOpened;
    popup.setDefaultTimeout(UI_TIMEOUT_MS);
    await popup.locator('input[name="login"]').fill('alice@example.com');
    await popup.locator('input[name="password"]').fill('any password');
    await popup.locator('button[type="submit"]').click();
    await popup.locator('button[type="submit"]', { hasText: 'Continue' }).click();
    // oauth2-redirect.html hands the code back to Swagger UI, which redeems it with the verifier.
    await popup.waitForEvent('close');
    await oidc.locator('button', { hasText: 'Logout' }).waitFor();
    await closeAuthorizeDialog(page);

    const operation = await tryItOut(page, 'auth', 'getCurrentUser');
    const me = await execute(page, operation, '/api/v1/auth/me');
    expect(me.status).toBe('200');
    expect(me.body).toMatchObject({ subject: 'alice@example.com', roles: IDP_ROLES });
    const token = /Authorization: Bearer ([\w-]+\.[\w-]+\.[\w-]+)/.exec(me.curl)?.[1];
    if (token === undefined) throw new Error(`no bearer token in the curl command:\n${me.curl}`);
    const [header, claims] = token
      .split('.')
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()));
    expect(header).toMatchObject({ alg: 'RS256', typ: 'at+jwt' });
    expect(claims).toMatchObject({ iss: idp!.issuer, aud: AUDIENCE, sub: 'alice@example.com' });

    // SWAGGER_PERSIST_AUTHORIZATION is off: the token lives in the page's memory only.
    const storage = await page.evaluate<string>(
      'JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } })',
    );
    expect(storage).not.toContain(token);
    expect(JSON.parse(storage)).toEqual({ local: {}, session: {} });
  });
});
