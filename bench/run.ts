import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { demoCatalog, demoCustomerId } from '../src/database/seed/demo-catalog.js';
import { signToken } from '../src/modules/auth/token-signer.js';
import { loadData, type CustomerRows, type DataShape } from './load.js';
import { CpuMeter, localPostmaster, waitForQuietMachine } from './cpu.js';
import { hammer, sequentially, waitForIdle, type Measurement } from './measure.js';
import {
  explainScenarios,
  parallelReads,
  readRecording,
  RECORD_HEADER,
  type BaselineSql,
  type RecordedStatement,
} from './recorded-sql.js';
import { refreshAvailable, renderReport, type BenchResults, type Conditions, type RefreshResult } from './report.js';
import { benchDatabase, startApi, startServer, type RunningServer } from './support.js';

const USAGE = `Usage: npm run bench -- --interactions N [options]

  --interactions N    interactions to load (required; 1000000, 10_000_000)
  --customers N       customers CUST001… (default 100000)
  --seconds S         measured seconds per scenario (default 10)
  --warmup S          warm-up seconds before each (default: a fifth of --seconds, at most 2)
  --connections N     autocannon connections (default 8)
  --erasures N        customers erased one by one (default 30)
  --deep-page N       the page the deep-history scenario hammers (default 500)
  --refresh-rows N    rows ingested before timing one summary refresh (default 100000)
  --offers/--creatives/--channels N   catalog size (default 200/600/8)
  --quiet-cpu P       before each scenario, wait for a second in which other processes took less
                      than P% of the CPU (default 10) …
  --quiet-wait S      … for at most S seconds (default 120; 0: don't wait)
  --retries N         run a load scenario again, up to N times, when other processes took more
                      than --quiet-cpu % of the CPU during it; the least disturbed run is kept
                      (default 2)
  --database NAME     database created (dropped first) on DATABASE_URL's server or the
                      embedded one under .data/bench-pg (default bench_reads)
  --reuse             keep the database when it already holds at least --interactions
                      interactions (an earlier run's load, and what that run wrote): skips
                      the load; the report says so
  --compare FILE      a results .json whose p99s this run's are compared with (default, for
                      runs larger than 1M: the newest bench/results/*-1000000.json)
  --out FILE          the markdown report (default bench/results/<date>-<N>.md), the raw figures
                      beside it as <name>.json; the EXPLAINs go to --plans
  --plans DIR         where <name>-explain.md goes (default bench/plans, which git ignores:
                      plans are for reading, the tables are the record)`;

const SECRET = 'bench-secret-that-is-at-least-32-bytes-long';
const HISTORY_PAGE = 20;
const INGEST_BATCH = 1000;

/** A bad command line: reported in one line and the usage, without a stack. */
class UsageError extends Error {}

function whole(name: string, raw: string | undefined, min = 0): number {
  const value = Number((raw ?? '').replaceAll('_', ''));
  if (raw === undefined || !Number.isSafeInteger(value) || value < min) {
    throw new UsageError(`--${name} must be a whole number of at least ${min} (got "${raw}")`);
  }
  return value;
}

function decimal(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new UsageError(`--${name} must be a number ≥ 0 (got "${raw}")`);
  return value;
}

const started = performance.now();
function log(line: string): void {
  console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}`);
}

interface Options {
  interactions: number;
  customers: number;
  seconds: number;
  warmup: number;
  connections: number;
  erasures: number;
  deepPage: number;
  refreshRows: number;
  catalog: { offers: number; creatives: number; channels: number };
  quietCpu: number;
  quietWait: number;
  retries: number;
  database: string;
  reuse: boolean;
  compare: string | undefined;
  out: string;
  plans: string;
}

/** The command line, checked; undefined for --help. */
function options(argv = process.argv.slice(2)): Options | undefined {
  let args;
  try {
    args = parseArgs({
      options: {
        interactions: { type: 'string' },
        customers: { type: 'string', default: '100000' },
        seconds: { type: 'string', default: '10' },
        warmup: { type: 'string' },
        connections: { type: 'string', default: '8' },
        erasures: { type: 'string', default: '30' },
        'deep-page': { type: 'string', default: '500' },
        'refresh-rows': { type: 'string', default: '100000' },
        offers: { type: 'string', default: '200' },
        creatives: { type: 'string', default: '600' },
        channels: { type: 'string', default: '8' },
        'quiet-cpu': { type: 'string', default: '10' },
        'quiet-wait': { type: 'string', default: '120' },
        retries: { type: 'string', default: '2' },
        database: { type: 'string', default: 'bench_reads' },
        reuse: { type: 'boolean', default: false },
        compare: { type: 'string' },
        out: { type: 'string' },
        plans: { type: 'string', default: 'bench/plans' },
        help: { type: 'boolean', default: false },
      },
      args: argv,
    }).values;
  } catch (error) {
    // Unknown or malformed options.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (args.help) return undefined;
  const duration = decimal('seconds', args.seconds);
  const interactions = whole('interactions', args.interactions, 1000);
  const date = new Date().toISOString().slice(0, 10);
  return {
    interactions,
    customers: whole('customers', args.customers, 1),
    seconds: duration,
    warmup: args.warmup === undefined ? Math.min(2, duration / 5) : decimal('warmup', args.warmup),
    connections: whole('connections', args.connections, 1),
    erasures: whole('erasures', args.erasures, 1),
    deepPage: whole('deep-page', args['deep-page'], 1),
    refreshRows: whole('refresh-rows', args['refresh-rows'], 0),
    catalog: {
      offers: whole('offers', args.offers, 1),
      creatives: whole('creatives', args.creatives, 1),
      channels: whole('channels', args.channels, 1),
    },
    quietCpu: decimal('quiet-cpu', args['quiet-cpu']),
    quietWait: decimal('quiet-wait', args['quiet-wait']),
    retries: whole('retries', args.retries, 0),
    database: args.database,
    reuse: args.reuse,
    compare: args.compare,
    out: args.out ?? `bench/results/${date}-${interactions}.md`,
    plans: args.plans,
  };
}

/** The app's read scenarios, measured with autocannon, in order; the baseline's follow their app twin. */
interface ReadScenario {
  key: string;
  label: string;
  server: 'app' | 'baseline';
  path: () => string;
  /** A representative request, recorded on the probe instance (app scenarios only). */
  sample?: string;
}

async function main(): Promise<void> {
  const opts = options();
  if (opts === undefined) {
    console.log(USAGE);
    return;
  }
  demoCatalog(opts.catalog); // rejects an impossible catalog before anything is loaded
  const token = signToken(SECRET, { subject: 'bench', roles: ['admin'], expiresInSeconds: 24 * 3600 });
  const auth = { authorization: `Bearer ${token}` };
  const servers: RunningServer[] = [];
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'cdapi-bench-'));

  log(`database ${opts.database} on ${process.env.DATABASE_URL ? "DATABASE_URL's server" : 'the embedded server'}`);
  const database = await benchDatabase(opts.database, { keep: opts.reuse });
  const admin = new pg.Client({ connectionString: database.url, application_name: 'bench-harness' });
  // A lost connection fails the next query (and so the run, cleanly) instead of crashing the process.
  admin.on('error', (error) => log(`database connection lost: ${error.message}`));
  let closing: Promise<void> | undefined;
  /** Stops what the run started (the embedded server too: it is ours, and no exit hook stops it). */
  const close = () =>
    (closing ??= (async () => {
      for (const server of servers.reverse()) await server.stop().catch(() => undefined);
      await admin.end().catch(() => undefined);
      await database.close().catch(() => undefined);
      await rm(scratch, { recursive: true, force: true });
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping`);
      void close().finally(() => process.exit(130));
    });
  }
  try {
    const data = await loadData(database.url, {
      interactions: opts.interactions,
      customers: opts.customers,
      catalog: opts.catalog,
      erasures: opts.erasures,
      reuse: opts.reuse,
      log,
    });
    await admin.connect();
    // No scheduled refresh: the bench refreshes explicitly, so that the timed refresh gets
    // exactly the rows ingested for it (nothing new is written while reads are measured).
    const appEnv = {
      DATABASE_URL: database.url,
      JWT_SECRET: SECRET,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      SUMMARY_REFRESH_INTERVAL: '0',
    };

    // The probe: the app with the SQL recorder preloaded. It refreshes the summaries once,
    // walks to the deep page, and records each scenario's SQL; it is stopped before measuring.
    log('starting a probe instance of the app (records the SQL of one request per scenario)');
    const sqlLog = path.join(scratch, 'sql.jsonl');
    const recorder = fileURLToPath(new URL('./sql-recorder.js', import.meta.url));
    const probe = await startApi({ ...appEnv, BENCH_SQL_LOG: sqlLog }, ['--import', recorder]);
    servers.push(probe);

    log('refreshing the materialized summaries, if the app has them');
    const initialRefresh = await refreshSummaries(probe.baseUrl, auth);
    const refreshable = refreshAvailable(initialRefresh);
    log(
      !refreshable
        ? `  POST /api/v1/interaction-summary/refresh: ${initialRefresh.status}, nothing to refresh; skipped`
        : `  ${initialRefresh.status} after ${(initialRefresh.ms / 1000).toFixed(1)} s: ${initialRefresh.body}`,
    );

    const deep = await deepCursor(probe.baseUrl, auth, data.heaviest.customerId, opts.deepPage);
    log(`deep page: ${deep.page} of ${data.heaviest.customerId} (${data.heaviest.rows.toLocaleString('en')} rows)`);

    // The random-customer reads draw from customers with data: on a reused database, those an
    // earlier run erased would answer 404 (counted as errors) or an empty page.
    const { rows: withData } = await admin.query<{ id: string }>(
      `SELECT customer_id AS id FROM customer_interaction_total WHERE total > 0`,
    );
    const scenarios = readScenarios(
      data,
      withData.map((row) => row.id),
      deep,
    );

    const sources = await recordSql(probe.baseUrl, auth, scenarios);
    await probe.stop();
    const recorded = await readRecording(sqlLog);
    const baselineSql: BaselineSql = {
      customerId: data.typical.customerId,
      profile: parallelReads('profile', recorded.get('profile')),
      history: parallelReads('history', recorded.get('history')),
    };

    log('starting the app and the bare Fastify + pg baseline');
    const api = await startApi(appEnv);
    servers.push(api);
    const baseline = await startServer('baseline', [fileURLToPath(new URL('./baseline-server.js', import.meta.url))], {
      DATABASE_URL: database.url,
      BASELINE_SQL: JSON.stringify(baselineSql),
    });
    servers.push(baseline);

    const measured: Record<string, Measurement> = {};
    const watcher = await Watcher.create(admin, opts);
    for (const scenario of scenarios) {
      measured[scenario.key] = await watcher.leastDisturbed(
        scenario.key,
        () =>
          hammer({
            baseUrl: scenario.server === 'app' ? api.baseUrl : baseline.baseUrl,
            connections: opts.connections,
            seconds: opts.seconds,
            warmupSeconds: opts.warmup,
            headers: scenario.server === 'app' ? auth : {},
            path: scenario.path,
            settle: () => waitForIdle(admin),
          }),
        (result, other) =>
          log(
            `${scenario.label}: ${result.rps.toFixed(1)} req/s, p50 ${result.p50.toFixed(1)} ms, ` +
              `p99 ${result.p99.toFixed(1)} ms, ${result.errors} errors; other work took ` +
              `${other?.toFixed(0) ?? '?'}% of the CPU`,
          ),
      );
    }
    await baseline.stop();

    log('EXPLAIN (ANALYZE, BUFFERS) of the recorded statements');
    await waitForIdle(admin);
    const explained = await explainScenarios(
      admin,
      scenarios
        .filter((s) => s.sample !== undefined)
        .map((s): [string, RecordedStatement[]] => [
          `${s.label}: \`GET ${s.sample!.replace(/cursor=[^&]+/, 'cursor=…')}\``,
          recorded.get(s.key) ?? [],
        ]),
    );

    log(`erasing ${data.toErase.length} customers one by one`);
    const erase = await watcher.watch('erase', () => eraseOneByOne(api.baseUrl, auth, data.toErase));
    measured.erase = erase;
    log(`  p50 ${erase.p50.toFixed(1)} ms, p99 ${erase.p99.toFixed(1)} ms, max ${erase.max.toFixed(1)} ms`);
    for (const failure of erase.failures.slice(0, 5)) log(`  failed: ${failure}`);

    let refreshAfterRows: RefreshResult | undefined;
    if (refreshable && opts.refreshRows > 0) {
      log(`ingesting ${opts.refreshRows.toLocaleString('en')} new interactions (timestamps over 90 days)`);
      await ingest(api.baseUrl, auth, opts, data);
      log('timing one refresh');
      refreshAfterRows = await watcher.watch('refresh', () => refreshSummaries(api.baseUrl, auth));
      log(`  ${refreshAfterRows.status} after ${(refreshAfterRows.ms / 1000).toFixed(2)} s: ${refreshAfterRows.body}`);
    }

    const labels = Object.fromEntries(scenarios.map((s) => [s.key, s.label]));
    labels.erase = `erase a customer with ~100 rows (sequential)`;
    const results: BenchResults = {
      date: new Date().toISOString(),
      options: {
        interactions: opts.interactions,
        customers: opts.customers,
        seconds: opts.seconds,
        warmup: opts.warmup,
        connections: opts.connections,
        refreshRows: opts.refreshRows,
        quietCpu: opts.quietCpu,
        quietWait: opts.quietWait,
        retries: opts.retries,
        catalog: opts.catalog,
      },
      machine: await machine(admin),
      data,
      labels,
      measured,
      eraseFailures: erase.failures,
      sources,
      refresh: { initial: initialRefresh, afterRows: refreshAfterRows },
      conditions: watcher.conditions,
      comparison: await comparison(opts),
    };
    const { markdown, table } = renderReport(results, explained);
    const base = opts.out.replace(/\.md$/, '');
    await mkdir(path.dirname(opts.out), { recursive: true });
    await writeFile(opts.out, markdown.report);
    const plans = path.join(opts.plans, `${path.basename(base)}-explain.md`);
    await mkdir(path.dirname(plans), { recursive: true });
    await writeFile(plans, markdown.explain);
    await writeFile(`${base}.json`, JSON.stringify(results, null, 2) + '\n');
    console.log('\n' + table + '\n');
    log(`written to ${opts.out}, ${base}.json and ${plans}`);
  } finally {
    await close();
  }
}

/** The load scenarios, in the order they run; each baseline scenario follows its app twin. */
function readScenarios(
  data: DataShape,
  customers: string[],
  deep: { page: number; cursor: string | undefined },
): ReadScenario[] {
  const randomCustomer = () => encodeURIComponent(customers[randomInt(customers.length)]);
  const typical = encodeURIComponent(data.typical.customerId);
  const deepQuery = `customerId=${encodeURIComponent(data.heaviest.customerId)}&limit=${HISTORY_PAGE}${
    deep.cursor === undefined ? '' : `&cursor=${encodeURIComponent(deep.cursor)}`
  }`;
  const summary = (groupBy: string) => `/api/v1/interaction-summary?groupBy=${groupBy}&days=30&limit=100`;
  return [
    {
      key: 'profile',
      label: 'unified profile (random customers)',
      server: 'app',
      path: () => `/api/v1/customers/${randomCustomer()}/unified-profile`,
      sample: `/api/v1/customers/${typical}/unified-profile`,
    },
    {
      key: 'baseline-profile',
      label: 'bare Fastify + pg: unified profile SQL',
      server: 'baseline',
      path: () => `/profile/${randomCustomer()}`,
    },
    {
      key: 'history',
      label: 'history first page by customer (random customers)',
      server: 'app',
      path: () => `/api/v1/interaction-history?customerId=${randomCustomer()}&limit=${HISTORY_PAGE}`,
      sample: `/api/v1/interaction-history?customerId=${typical}&limit=${HISTORY_PAGE}`,
    },
    {
      key: 'baseline-history',
      label: 'bare Fastify + pg: history first page SQL',
      server: 'baseline',
      path: () => `/history?customerId=${randomCustomer()}`,
    },
    {
      key: 'history-deep',
      label: `history page ${deep.page} deep by cursor (heaviest customer)`,
      server: 'app',
      path: () => `/api/v1/interaction-history?${deepQuery}`,
      sample: `/api/v1/interaction-history?${deepQuery}`,
    },
    {
      key: 'history-unfiltered',
      label: 'unfiltered history first page incl. exact total',
      server: 'app',
      path: () => `/api/v1/interaction-history?limit=${HISTORY_PAGE}`,
      sample: `/api/v1/interaction-history?limit=${HISTORY_PAGE}`,
    },
    ...['action', 'treatment', 'channel', 'customer'].map((groupBy): ReadScenario => ({
      key: `summary-${groupBy}`,
      label: `summary groupBy=${groupBy}, days=30, limit 100`,
      server: 'app',
      path: () => summary(groupBy),
      sample: summary(groupBy),
    })),
  ];
}

/**
 * One request of each app scenario on the probe instance, with the header that makes it
 * record the statements; returns the `source` each summary reported.
 */
async function recordSql(
  baseUrl: string,
  auth: Record<string, string>,
  scenarios: ReadScenario[],
): Promise<Record<string, string>> {
  const sources: Record<string, string> = {};
  for (const scenario of scenarios) {
    if (scenario.sample === undefined) continue;
    const response = await fetch(baseUrl + scenario.sample, { headers: { ...auth, [RECORD_HEADER]: scenario.key } });
    if (!response.ok) throw new Error(`${scenario.sample}: ${response.status} ${await response.text()}`);
    const body = (await response.json()) as { source?: unknown; refreshedAt?: unknown };
    if (typeof body.source === 'string') {
      sources[scenario.key] = `${body.source}, refreshedAt ${String(body.refreshedAt)}`;
    }
  }
  return sources;
}

/**
 * Runs measurements once the database is idle and the machine quiet (or the wait is over),
 * and notes the conditions of each: how much of the machine other work took meanwhile.
 */
class Watcher {
  readonly conditions: Record<string, Conditions> = {};

  private constructor(
    private readonly admin: pg.Client,
    private readonly meter: CpuMeter,
    private readonly opts: Options,
  ) {}

  static async create(admin: pg.Client, opts: Options): Promise<Watcher> {
    // A DATABASE_URL server on this machine counts as ours (its backends are busy with our queries).
    const {
      rows: [{ pid }],
    } = await admin.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    const postmaster = process.env.DATABASE_URL ? localPostmaster(pid) : undefined;
    return new Watcher(admin, new CpuMeter(postmaster === undefined ? [] : [postmaster]), opts);
  }

  async watch<T>(key: string, work: () => Promise<T>): Promise<T> {
    const { quietCpu, quietWait } = this.opts;
    const idle = await waitForIdle(this.admin);
    const quiet = quietWait > 0 ? await waitForQuietMachine(this.meter, quietCpu, quietWait) : undefined;
    const before = this.meter.sample();
    const result = await work();
    this.conditions[key] = {
      attempts: (this.conditions[key]?.attempts ?? 0) + 1,
      databaseIdleAfterSeconds: idle.idle ? idle.ms / 1000 : null,
      machineQuiet: quiet === undefined || quiet.foreign === undefined ? null : quiet.foreign < quietCpu,
      quietAfterSeconds: quiet?.waitedSeconds ?? null,
      backgroundCpuPercent: quiet?.foreign ?? null,
      otherCpuPercent: CpuMeter.foreignPercent(before, this.meter.sample()) ?? null,
    };
    return result;
  }

  /**
   * `watch`, repeated (up to --retries more times) while other work took --quiet-cpu % of
   * the CPU or more during the run; the least disturbed run's figures and conditions are kept.
   */
  async leastDisturbed<T>(
    key: string,
    work: () => Promise<T>,
    report: (result: T, other: number | null) => void,
  ): Promise<T> {
    let kept: { result: T; conditions: Conditions } | undefined;
    for (let attempt = 0; attempt <= this.opts.retries; attempt++) {
      const result = await this.watch(key, work);
      const conditions = this.conditions[key];
      report(result, conditions.otherCpuPercent);
      if (kept === undefined || (conditions.otherCpuPercent ?? 0) < (kept.conditions.otherCpuPercent ?? 0)) {
        kept = { result, conditions };
      }
      if (conditions.otherCpuPercent === null || conditions.otherCpuPercent < this.opts.quietCpu) break;
    }
    this.conditions[key] = { ...kept!.conditions, attempts: this.conditions[key].attempts };
    return kept!.result;
  }
}

/** Erases the customers one after the other, each timed on its own, checking what was erased. */
function eraseOneByOne(
  baseUrl: string,
  auth: Record<string, string>,
  customers: CustomerRows[],
): ReturnType<typeof sequentially> {
  return sequentially(customers.length, async (i) => {
    const { customerId, rows } = customers[i];
    const response = await fetch(`${baseUrl}/api/v1/customers/${encodeURIComponent(customerId)}`, {
      method: 'DELETE',
      headers: auth,
    });
    const body = (await response.json()) as { deleted?: { interactionHistory?: number } };
    if (!response.ok || body.deleted?.interactionHistory !== rows) {
      throw new Error(`${customerId}: ${response.status}, ${JSON.stringify(body)} (expected ${rows} rows)`);
    }
    return true;
  });
}

/**
 * One refresh of the materialized summaries, timed. 404 (no such endpoint yet) and 409
 * (SUMMARY_MATERIALIZED=false) mean there is nothing to refresh; a 503 (a long write
 * transaction is in the way) is tried again; any other failure is returned for the report.
 * A refresh already running (the scheduler's) is waited for by the app itself.
 */
async function refreshSummaries(baseUrl: string, auth: Record<string, string>): Promise<RefreshResult> {
  const deadline = Date.now() + 30 * 60_000;
  for (;;) {
    const t0 = performance.now();
    const response = await post(`${baseUrl}/api/v1/interaction-summary/refresh`, auth);
    const result = { ms: performance.now() - t0, status: response.status, body: response.body.slice(0, 500) };
    if (response.status !== 503 || Date.now() > deadline) return result;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/**
 * A POST without a body that waits as long as the server takes (fetch gives up on a response
 * whose headers take more than 300 s, as a first refresh of 10M rows might).
 */
function post(url: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end();
  });
}

/**
 * The cursor of page `page` of a customer's history, walked from the first page through
 * the API (as a client would); stops early when the customer has fewer pages.
 */
async function deepCursor(
  baseUrl: string,
  auth: Record<string, string>,
  customerId: string,
  page: number,
): Promise<{ page: number; cursor: string | undefined }> {
  let cursor: string | undefined;
  let reached = 1;
  while (reached < page) {
    const query = `customerId=${encodeURIComponent(customerId)}&limit=${HISTORY_PAGE}${
      cursor === undefined ? '' : `&cursor=${encodeURIComponent(cursor)}`
    }`;
    const response = await fetch(`${baseUrl}/api/v1/interaction-history?${query}`, { headers: auth });
    if (!response.ok) throw new Error(`history page ${reached}: ${response.status} ${await response.text()}`);
    const body = (await response.json()) as { hasMore: boolean; nextCursor: string | null };
    if (!body.hasMore || body.nextCursor === null) break;
    cursor = body.nextCursor;
    reached++;
  }
  return { page: reached, cursor };
}

/** `refreshRows` new interactions through the API, 1000 a batch, spread over the last 90 days (late rows). */
async function ingest(baseUrl: string, auth: Record<string, string>, opts: Options, data: DataShape): Promise<void> {
  const { creatives } = demoCatalog(opts.catalog);
  const types = ['impression', 'impression', 'impression', 'click', 'dismiss', 'convert'] as const;
  const now = Date.now();
  for (let done = 0; done < opts.refreshRows; done += INGEST_BATCH) {
    const interactions = Array.from({ length: Math.min(INGEST_BATCH, opts.refreshRows - done) }, (_, i) => {
      const creative = creatives[randomInt(creatives.length)];
      return {
        id: `bench_${now.toString(36)}_${done + i}`,
        customerId: demoCustomerId(1 + Math.floor(Math.random() ** 3 * data.customers)),
        offerId: creative.offerId,
        creativeId: creative.id,
        interactionType: types[randomInt(types.length)],
        timestamp: new Date(now - Math.random() * 90 * 86_400_000).toISOString(),
      };
    });
    const response = await fetch(`${baseUrl}/api/v1/interactions`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ interactions }),
    });
    if (!response.ok) throw new Error(`ingest: ${response.status} ${await response.text()}`);
  }
}

async function machine(client: pg.Client): Promise<BenchResults['machine']> {
  const settings = await client.query<{ name: string; setting: string }>(
    `SELECT name, current_setting(name) AS setting FROM pg_settings
     WHERE name IN ('shared_buffers', 'work_mem', 'effective_cache_size', 'max_parallel_workers_per_gather', 'jit',
                    'random_page_cost', 'max_connections')
     ORDER BY name`,
  );
  const {
    rows: [{ version }],
  } = await client.query<{ version: string }>('SELECT version()');
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    code: codeVersion(),
    postgres: version.split(',')[0],
    postgresServer: process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded (.data/bench-pg)',
    postgresSettings: Object.fromEntries(settings.rows.map((s) => [s.name, s.setting])),
  };
}

/** The commit measured, and whether the working tree had changes on top of it. */
function codeVersion(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', ':/src', ':/migrations'], {
      encoding: 'utf8',
    }).trim();
    return dirty === '' ? commit : `${commit} with uncommitted changes to src/ or migrations/`;
  } catch {
    return 'unknown (not a git work tree)';
  }
}

/** The p99s of a 1M run, to compare a larger run's with (the issue's "10M vs 1M" row). */
async function comparison(opts: Options): Promise<BenchResults['comparison']> {
  let file = opts.compare;
  if (file === undefined && opts.interactions > 1_000_000) {
    const dir = 'bench/results';
    const candidates = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('-1000000.json'));
    file = candidates
      .sort()
      .map((f) => path.join(dir, f))
      .pop();
  }
  if (file === undefined) return undefined;
  const other = JSON.parse(await readFile(file, 'utf8')) as BenchResults;
  return { file, interactions: other.data.interactions, measured: other.measured };
}

try {
  await main();
} catch (error) {
  if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`);
  else console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
}
