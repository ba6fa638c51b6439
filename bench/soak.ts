import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { demoCatalog } from '../src/database/seed/demo-catalog.js';
import { signToken } from '../src/modules/auth/token-signer.js';
import { quantile, waitForIdle } from './measure.js';
import { runChecks, type Check, type RowFigures } from './soak-checks.js';
import {
  KINDS,
  Traffic,
  type Catalog,
  type Customers,
  type IngestAnswer,
  type Request,
  type Tokens,
} from './soak-traffic.js';
import { benchDatabase, markdownTable, startApi, type RunningServer } from './support.js';

/**
 * `npm run soak`: minutes of mixed traffic through autocannon against the compiled API on a
 * fresh database (DATABASE_URL's server, or the embedded one under .data/bench-pg): ingest
 * batches with ids unique to the run, replays of acknowledged batches, profile, history and
 * summary reads, erasures (with and without suppression) and summary refreshes, while the
 * scheduled refresh also runs. Then it checks that every acknowledged interaction is stored
 * exactly once (unless its customer was erased), that erasure held, that every summary and
 * total equals aggregating the history, and that no request failed. Prints a report and
 * exits 1 when a check fails.
 */
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '3m' },
    connections: { type: 'string', default: '8' },
    batch: { type: 'string', default: '50' },
    customers: { type: 'string', default: '2000' },
    database: { type: 'string', default: 'bench_soak' },
    out: { type: 'string' },
  },
});
const SECRET = 'soak-secret-that-is-at-least-32-bytes-long';
/** Customers erased during the run, as a share of all. */
const ERASABLE_SHARE = 0.1;
/** Interactions per customer stored before the traffic starts. */
const SEED_PER_CUSTOMER = 2;

/** `180`, `180s`, `3m`: seconds. */
function seconds(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(s|m)?$/.exec(text.trim());
  if (!match) throw new Error(`--duration must be seconds or minutes, e.g. 180, 90s, 3m (got "${text}")`);
  return Number(match[1]) * (match[2] === 'm' ? 60 : 1);
}

function customerIds(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${String(i + 1).padStart(5, '0')}`);
}

async function put(api: RunningServer, token: string, path: string, body: object): Promise<void> {
  const response = await fetch(api.baseUrl + path, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`PUT ${path}: ${response.status} ${await response.text()}`);
}

async function loadCatalog(api: RunningServer, token: string): Promise<Catalog> {
  const { channels, offers, creatives } = demoCatalog();
  // Creatives refer to offers and channels: those first.
  await Promise.all([
    ...channels.map(([id, name]) => put(api, token, `/api/v1/channels/${id}`, { name })),
    ...offers.map(({ id, ...offer }) => put(api, token, `/api/v1/offers/${id}`, offer)),
  ]);
  await Promise.all(creatives.map(({ id, ...creative }) => put(api, token, `/api/v1/creatives/${id}`, creative)));
  return { offers: offers.map((offer) => offer.id), creatives };
}

/** Every customer gets a few interactions first, so reads find data from the start. */
async function seed(api: RunningServer, token: string, traffic: Traffic, customers: Customers): Promise<void> {
  const groups: [string[], boolean][] = [
    [customers.stable, true],
    [[...customers.suppressed, ...customers.erased], false],
  ];
  for (const [ids, stableOnly] of groups) {
    const all = Array.from({ length: SEED_PER_CUSTOMER }, () => ids).flat();
    for (let start = 0; start < all.length; start += 1000) {
      const batch = traffic.seedBatch(all.slice(start, start + 1000), stableOnly);
      const response = await fetch(`${api.baseUrl}/api/v1/interactions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ interactions: batch.items }),
      });
      if (!response.ok) throw new Error(`seeding: ${response.status} ${await response.text()}`);
      traffic.seeded(batch, (await response.json()) as IngestAnswer);
    }
  }
}

interface RunResult {
  seconds: number;
  timeouts: number;
  connectionErrors: number;
}

/** autocannon with one request template whose every request is drawn from `traffic`. */
function drive(baseUrl: string, traffic: Traffic, connections: number, duration: number): Promise<RunResult> {
  // onResponse runs just before the 'response' event of the same answer: it names the kind.
  let answered: { kind: Request['kind']; ok: boolean } | undefined;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        duration,
        timeout: 30,
        requests: [
          {
            setupRequest: (request, context: { request?: Request }) => {
              const next = traffic.next();
              context.request = next;
              return { ...request, method: next.method, path: next.path, headers: next.headers, body: next.body };
            },
            onResponse: (status, body, context: { request?: Request }) => {
              const request = context.request as Request;
              traffic.answer(request, status, body);
              answered = { kind: request.kind, ok: status >= 200 && status < 300 };
            },
          },
        ],
      },
      (error, result) => {
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else
          resolve({
            seconds: result.duration,
            timeouts: result.timeouts,
            connectionErrors: result.errors - result.timeouts,
          });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      if (answered?.ok) traffic.latency(answered.kind, responseTime);
      answered = undefined;
    });
  });
}

const ms = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(1));
const n = (value: number) => value.toLocaleString('en');

function requestTable(traffic: Traffic, run: RunResult): { table: string; total: number; failed: number } {
  let total = 0;
  let failed = 0;
  const all: number[] = [];
  const rows = KINDS.map((kind) => {
    const stats = traffic.stats.get(kind)!;
    const answered = [...stats.statuses.values()].reduce((a, b) => a + b, 0);
    const errors = [...stats.statuses].filter(([status]) => status < 200 || status >= 300);
    total += answered;
    failed += errors.reduce((sum, [, count]) => sum + count, 0);
    const sorted = [...stats.latencies].sort((a, b) => a - b);
    all.push(...sorted);
    return [
      kind,
      n(answered),
      errors.length === 0 ? '0' : errors.map(([status, count]) => `${count} × ${status}`).join(', '),
      ms(quantile(sorted, 0.5)),
      ms(quantile(sorted, 0.99)),
      ms(sorted.at(-1) ?? Number.NaN),
    ];
  });
  all.sort((a, b) => a - b);
  rows.push([
    '**all**',
    `${n(total)} (${n(Math.round(total / run.seconds))}/s)`,
    String(failed + run.timeouts + run.connectionErrors) +
      (run.timeouts + run.connectionErrors > 0
        ? ` (${run.timeouts} timeouts, ${run.connectionErrors} socket errors)`
        : ''),
    ms(quantile(all, 0.5)),
    ms(quantile(all, 0.99)),
    ms(all.at(-1) ?? Number.NaN),
  ]);
  const table = markdownTable(['request', 'answered', 'errors by status', 'p50 ms', 'p99 ms', 'max ms'], rows);
  return { table, total, failed: failed + run.timeouts + run.connectionErrors };
}

function rowTable(rows: RowFigures, traffic: Traffic): string {
  return markdownTable(
    ['interactions', 'count'],
    [
      ['acknowledged (2xx), all customers', n(rows.acknowledged)],
      ['acknowledged, customers never erased', n(rows.acknowledgedKept)],
      ['stored, customers never erased', n(rows.storedKept)],
      ['stored from ingests left unanswered at the end', n(rows.storedUnanswered)],
      ['answered `suppressed` (customer erased with ?suppress=true)', n(traffic.suppressedCount)],
      ['stored now, erased customers', n(rows.storedErasable)],
      ['stored, all', n(rows.storedTotal)],
      ['customers with an acknowledged erasure', n(traffic.erasedAcked.size)],
    ],
  );
}

function checkTable(checks: Check[]): string {
  return markdownTable(
    ['check', 'result', 'detail'],
    checks.map((check) => [check.name, check.ok ? 'pass' : '**FAIL**', check.detail]),
  );
}

async function main(): Promise<boolean> {
  const duration = seconds(values.duration);
  const connections = Number(values.connections);
  const batchSize = Number(values.batch);
  const customerCount = Number(values.customers);
  const erasable = Math.max(2, Math.round(customerCount * ERASABLE_SHARE));
  const customers: Customers = {
    stable: customerIds('soak_k', customerCount - erasable),
    suppressed: customerIds('soak_s', Math.floor(erasable / 2)),
    erased: customerIds('soak_e', Math.ceil(erasable / 2)),
  };
  const token = (role: string) =>
    signToken(SECRET, { subject: `soak-${role}`, roles: [role], expiresInSeconds: 86_400 });
  const tokens: Tokens = { admin: token('admin'), editor: token('editor'), viewer: token('viewer') };

  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const database = await benchDatabase(values.database);
  let api: RunningServer | undefined;
  const db = new pg.Client({ connectionString: database.url, application_name: 'soak-check' });
  try {
    // The scheduled refresh runs too, every 10 s, racing the traffic's own refreshes and erasures.
    api = await startApi({ DATABASE_URL: database.url, JWT_SECRET: SECRET, SUMMARY_REFRESH_INTERVAL: '10' });
    await db.connect();
    console.log(`API up at ${elapsed()}; loading the catalog and ${SEED_PER_CUSTOMER} interactions per customer`);
    const catalog = await loadCatalog(api, tokens.admin);
    const traffic = new Traffic(customers, catalog, tokens, {
      batchSize,
      now: Date.now(),
      durationMs: duration * 1000,
    });
    await seed(api, tokens.editor, traffic, customers);
    console.log(
      `${elapsed()}: soak of ${duration} s at ${connections} connections, ${batchSize}-interaction batches, ` +
        `${n(customerCount)} customers (${n(erasable)} erased during the run)`,
    );
    const run = await drive(api.baseUrl, traffic, connections, duration);
    // Requests still running when the time was up finish on the server: wait for them.
    const idle = await waitForIdle(db, 120_000);
    console.log(`${elapsed()}: traffic done, database idle after ${(idle.ms / 1000).toFixed(1)} s; checking`);
    const { checks, rows } = await runChecks(db, { baseUrl: api.baseUrl, tokens }, traffic, customers);
    console.log(`${elapsed()}: checked`);
    const requests = requestTable(traffic, run);
    checks.unshift(
      {
        name: 'no request failed (no 5xx, no 4xx, no timeouts)',
        ok: requests.failed === 0,
        detail: `${requests.failed} of ${n(requests.total)}`,
      },
      {
        name: 'every answer agrees with what was sent',
        ok: traffic.problemCount === 0,
        detail: traffic.problemCount === 0 ? 'ingest counts, replays all duplicates' : traffic.problems[0],
      },
    );
    const report = [
      `# Soak, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      '',
      `${duration} s of mixed traffic at ${connections} connections (autocannon), ${batchSize} interactions per ingest, ` +
        `${n(customerCount)} customers, against the compiled API (NODE_ENV=production) on ` +
        `${process.env.DATABASE_URL ? "DATABASE_URL's server" : 'embedded PostgreSQL 17'}; ` +
        `${os.cpus().length} cores shared by the API, PostgreSQL and the load generator.`,
      '',
      requests.table,
      '',
      rowTable(rows, traffic),
      '',
      checkTable(checks),
      ...(traffic.problems.length > 0 ? ['', 'First problems:', ...traffic.problems.map((line) => `- ${line}`)] : []),
      '',
    ].join('\n');
    console.log('\n' + report);
    if (values.out) {
      await writeFile(values.out, report);
      console.log(`written to ${values.out}`);
    }
    return checks.every((check) => check.ok);
  } finally {
    await db.end().catch(() => undefined);
    await api?.stop();
    await database.close();
  }
}

process.exitCode = (await main()) ? 0 : 1;
