import type { DataShape } from './load.js';
import type { Measurement } from './measure.js';
import { markdownTable } from './support.js';

/** 404: no refresh endpoint (yet); 409: SUMMARY_MATERIALIZED=false. Either way nothing to refresh. */
export function refreshAvailable(refresh: RefreshResult): boolean {
  return refresh.status !== 404 && refresh.status !== 409;
}

/** `rowsProcessed` of a refresh's response, when it says. */
function rowsProcessed(refresh: RefreshResult): number | undefined {
  try {
    const { rowsProcessed } = JSON.parse(refresh.body) as { rowsProcessed?: unknown };
    return typeof rowsProcessed === 'number' ? rowsProcessed : undefined;
  } catch {
    return undefined;
  }
}

export interface RefreshResult {
  /** Wall time of the POST, in milliseconds. */
  ms: number;
  status: number;
  /** The response body, cut to 500 characters. */
  body: string;
}

/** Everything a run produced; also written as JSON beside the report. */
export interface BenchResults {
  date: string;
  options: {
    interactions: number;
    customers: number;
    seconds: number;
    warmup: number;
    connections: number;
    refreshRows: number;
    quietCpu: number;
    quietWait: number;
    retries: number;
    catalog: { offers: number; creatives: number; channels: number };
  };
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGiB: number;
    os: string;
    node: string;
    /** The commit measured (see codeVersion in run.ts). */
    code: string;
    postgres: string;
    postgresServer: string;
    postgresSettings: Record<string, string>;
  };
  data: DataShape;
  /** Scenario key → label, in the order measured. */
  labels: Record<string, string>;
  measured: Record<string, Measurement>;
  eraseFailures: string[];
  /** Scenario key → the `source` (and `refreshedAt`) the app reported, where it reports one. */
  sources: Record<string, string>;
  refresh: { initial: RefreshResult; afterRows: RefreshResult | undefined };
  /** Scenario key → the state of the database and the machine around its run. */
  conditions: Record<string, Conditions>;
  comparison: { file: string; interactions: number; measured: Record<string, Measurement> } | undefined;
}

export interface Conditions {
  /** Runs made (a disturbed load run is repeated; the figures are the least disturbed one's). */
  attempts: number;
  /** How long the database took to go idle before the run; null: it never did (the wait gave up). */
  databaseIdleAfterSeconds: number | null;
  /** Whether the machine went quiet before the run, how long that took, and how busy other work kept it then; null: not waited for. */
  machineQuiet: boolean | null;
  quietAfterSeconds: number | null;
  backgroundCpuPercent: number | null;
  /** Share of the machine's CPU that other processes took during the run; null: unknown (no /proc). */
  otherCpuPercent: number | null;
}

/** The issue's targets (set for 10M rows), on p99 unless said otherwise. */
const P99_TARGETS: Record<string, number> = {
  profile: 15,
  history: 10,
  'history-unfiltered': 15,
  'summary-action': 25,
  'summary-treatment': 25,
  'summary-channel': 25,
  'summary-customer': 300,
  erase: 50,
};
const DEEP_FACTOR = 1.5;
const REFRESH_TARGET_MS = 5_000;
const BASELINE_RATIO = 0.8;
const GROWTH_LIMIT = 1.5;
/** The read endpoints whose p99 must not grow more than 1.5× from 1M to 10M rows. */
const READS = [
  'profile',
  'history',
  'history-deep',
  'history-unfiltered',
  'summary-action',
  'summary-treatment',
  'summary-channel',
  'summary-customer',
];

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '—');
const rate = (value: number) => (value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(1));
const count = (value: number) => value.toLocaleString('en');
const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20).toLocaleString('en')} MiB`;

function verdict(m: Measurement, ok: boolean): string {
  if (m.requests === 0) return 'no (no response completed)';
  if (m.errors > 0) return 'no (errors)';
  return ok ? 'yes' : 'no';
}

export const TABLE_HEADER = [
  'scenario',
  'req/s',
  'p50 ms',
  'p99 ms',
  'max ms',
  'errors',
  'other CPU %',
  'target (10M rows)',
  'met?',
];

interface Row {
  scenario: string;
  rps?: string;
  p50?: string;
  p99?: string;
  max?: string;
  errors?: number;
  otherCpu?: string;
  target: string;
  met: string;
}

function tableRows(results: BenchResults): Row[] {
  const { measured, labels, conditions } = results;
  const rows: Row[] = [];
  const cpu = (key: string) => {
    const percent = conditions[key]?.otherCpuPercent;
    return percent === null || percent === undefined ? '?' : percent.toFixed(0);
  };
  for (const key of Object.keys(labels)) {
    const m = measured[key];
    if (m === undefined) continue;
    const figures = {
      scenario: labels[key],
      rps: rate(m.rps),
      p50: ms(m.p50),
      p99: ms(m.p99),
      max: ms(m.max),
      errors: m.errors,
      otherCpu: cpu(key),
    };
    if (key in P99_TARGETS) {
      rows.push({ ...figures, target: `p99 ≤ ${P99_TARGETS[key]} ms`, met: verdict(m, m.p99 <= P99_TARGETS[key]) });
    } else if (key === 'history-deep') {
      const limit = DEEP_FACTOR * measured.history.p99;
      rows.push({
        ...figures,
        target: `p99 ≤ ${DEEP_FACTOR} × first page = ${ms(limit)} ms`,
        met: verdict(m, m.p99 <= limit),
      });
    } else {
      rows.push({ ...figures, target: '(reference)', met: '' });
    }
  }
  const { initial, afterRows } = results.refresh;
  if (afterRows === undefined) {
    rows.push({
      scenario: `refresh after ${count(results.options.refreshRows)} new rows`,
      target: `≤ ${REFRESH_TARGET_MS} ms`,
      met: refreshAvailable(initial) ? 'not run (--refresh-rows 0)' : `not run: nothing to refresh (${initial.status})`,
    });
  } else {
    const ok = afterRows.status >= 200 && afterRows.status < 300;
    const processed = rowsProcessed(afterRows);
    rows.push({
      scenario:
        `refresh after ${count(results.options.refreshRows)} new rows (one POST` +
        `${processed === undefined ? '' : `; ${count(processed)} rows processed`})`,
      p50: ms(afterRows.ms),
      p99: ms(afterRows.ms),
      max: ms(afterRows.ms),
      errors: ok ? 0 : 1,
      otherCpu: cpu('refresh'),
      target: `≤ ${REFRESH_TARGET_MS} ms`,
      met: ok ? (afterRows.ms <= REFRESH_TARGET_MS ? 'yes' : 'no') : 'no (errors)',
    });
  }
  for (const [app, bare, name] of [
    ['profile', 'baseline-profile', 'unified profile'],
    ['history', 'baseline-history', 'history first page'],
  ]) {
    if (measured[app] === undefined || measured[bare] === undefined) continue;
    const ratio = measured[app].rps / measured[bare].rps;
    rows.push({
      scenario: `app ÷ bare Fastify + pg throughput: ${name}`,
      rps: ratio.toFixed(2),
      target: `≥ ${BASELINE_RATIO}`,
      met: ratio >= BASELINE_RATIO ? 'yes' : 'no',
    });
  }
  if (results.comparison) {
    const other = results.comparison.measured;
    for (const key of READS) {
      if (measured[key] === undefined || other[key] === undefined) continue;
      const growth = measured[key].p99 / other[key].p99;
      rows.push({
        scenario: `p99 ÷ p99 at ${count(results.comparison.interactions)} rows (${ms(other[key].p99)} ms): ${labels[key]}`,
        p99: growth.toFixed(2),
        target: `≤ ${GROWTH_LIMIT}`,
        met: growth <= GROWTH_LIMIT ? 'yes' : 'no',
      });
    }
  }
  return rows;
}

function tableCells(row: Row): (string | number)[] {
  const { scenario, rps, p50, p99, max, errors, otherCpu, target, met } = row;
  return [scenario, rps ?? '—', p50 ?? '—', p99 ?? '—', max ?? '—', errors ?? '—', otherCpu ?? '—', target, met];
}

function setup(results: BenchResults): string[] {
  const { machine, data, options } = results;
  return [
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, ${machine.os}; Node ${machine.node}; ` +
      `${machine.postgres} (${machine.postgresServer}; ${Object.entries(machine.postgresSettings)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}). App, PostgreSQL, the baseline server and autocannon share these cores.`,
    '',
    `Code: ${machine.code}.`,
    '',
    `Data: ${count(data.interactions)} interactions over 90 days (70% impression, 15% click, 10% dismiss, 5% convert) ` +
      `for ${count(data.customers)} customers (${count(data.customersWithInteractions)} with interactions; rows per ` +
      `customer: median ${data.medianRows}, p99 ${data.p99Rows}, heaviest ${data.heaviest.customerId} with ` +
      `${count(data.heaviest.rows)}), ${data.offers} offers, ${data.creatives} creatives, ${data.channels} channels. ` +
      `interaction_history: ${mib(data.tableBytes)} heap + ${mib(data.indexBytes)} indexes. ` +
      (data.reused
        ? 'Loaded by an earlier run and reused (--reuse), with what that run wrote (its refresh rows; its erasures).'
        : `Seeded in ${data.seedSeconds.toFixed(1)} s, VACUUM ANALYZE in ${data.vacuumSeconds.toFixed(1)} s.`),
    '',
    `Load: autocannon, ${options.connections} connections, ${options.seconds} s per scenario after a ` +
      `${options.warmup} s warm-up, each run started once no other statement was running in the database and ` +
      `(waiting up to ${options.quietWait} s) other processes took less than ${options.quietCpu}% of the CPU; a run ` +
      `they disturbed more was repeated up to ${options.retries} times. ` +
      'Latencies are of 2xx responses, exact per response. The app runs as its own process with ' +
      'NODE_ENV=production and LOG_LEVEL=warn; the bare Fastify + pg server issues the SQL the app issued for the ' +
      'same request (recorded from a probe instance of the app), side by side on a pool of the same size.',
  ];
}

function notes(results: BenchResults): string[] {
  const { refresh, data } = results;
  const lines: string[] = [];
  if (!refreshAvailable(refresh.initial)) {
    lines.push(
      `- Materialized summaries: \`POST /api/v1/interaction-summary/refresh\` answered ${refresh.initial.status} ` +
        '(404: no such endpoint yet; 409: SUMMARY_MATERIALIZED=false), so nothing was refreshed and the refresh ' +
        'after new rows was not measured.',
    );
  } else {
    const ok = refresh.initial.status >= 200 && refresh.initial.status < 300;
    lines.push(
      `- Materialized summaries: ${ok ? 'refreshed' : `the refresh FAILED (${refresh.initial.status})`} once ` +
        `after loading, in ${(refresh.initial.ms / 1000).toFixed(1)} s (\`${refresh.initial.body}\`).`,
    );
    if (refresh.afterRows) {
      lines.push(
        `- The new rows went in through \`POST /api/v1/interactions\` (1000 a batch, timestamps over the last 90 ` +
          'days: late rows), with the scheduled refresh off (SUMMARY_REFRESH_INTERVAL=0) so that the timed ' +
          `refresh got them all; it answered \`${refresh.afterRows.body}\`.`,
      );
    }
  }
  const sources = Object.entries(results.sources);
  if (sources.length > 0) {
    lines.push(`- Summary \`source\` as the app reported it: ${sources.map(([k, v]) => `${k} ${v}`).join('; ')}.`);
  }
  lines.push(
    `- Erase: ${data.toErase.length} distinct customers with ${Math.min(...data.toErase.map((c) => c.rows))}–` +
      `${Math.max(...data.toErase.map((c) => c.rows))} rows each, erased one after the other with \`DELETE ` +
      '/api/v1/customers/{id}`, each timed on its own; req/s is erasures per second of that sequence.',
  );
  for (const failure of results.eraseFailures.slice(0, 5)) lines.push(`- Erase failed: ${failure}`);
  const waits = Object.entries(results.conditions).flatMap(([key, c]) => {
    const notes = [];
    if (c.attempts > 1) notes.push(`${c.attempts} runs, the least disturbed kept`);
    if (c.databaseIdleAfterSeconds === null) notes.push('the database never went idle');
    else if (c.databaseIdleAfterSeconds > 1)
      notes.push(`database idle after ${c.databaseIdleAfterSeconds.toFixed(1)} s`);
    if (c.machineQuiet === false) {
      notes.push(`the machine never went quiet (${c.backgroundCpuPercent?.toFixed(0) ?? '?'}% other work at the end)`);
    } else if (c.quietAfterSeconds !== null && c.quietAfterSeconds > 1.5) {
      notes.push(`machine quiet after ${c.quietAfterSeconds.toFixed(0)} s`);
    }
    return notes.length > 0 ? [`${key}: ${notes.join(', ')}`] : [];
  });
  if (waits.length > 0) lines.push(`- Run conditions: ${waits.join('; ')}.`);
  lines.push(
    '- "other CPU %": the share of the machine\'s CPU that processes other than the bench\'s (the app, the ' +
      'baseline, autocannon, PostgreSQL) took during the run; above a few percent, the figures of that row are ' +
      'disturbed.',
  );
  if (results.comparison) {
    lines.push(`- p99s compared with \`${results.comparison.file}\`.`);
  }
  lines.push(
    '- The targets are the issue\'s, set for 10M rows on this kind of machine; "met?" applies them as they are.',
  );
  return lines;
}

export function renderReport(
  results: BenchResults,
  explained: string,
): { table: string; markdown: { report: string; explain: string } } {
  const table = markdownTable(TABLE_HEADER, tableRows(results).map(tableCells));
  const title = `${count(results.options.interactions)} interactions, ${results.date.slice(0, 10)}`;
  const report = [`# Read benchmark: ${title}`, '', ...setup(results), '', table, '', ...notes(results), ''].join('\n');
  const explain = [
    `# EXPLAIN (ANALYZE, BUFFERS): ${title}`,
    '',
    'The statements the app sent to PostgreSQL for one request of each read scenario (recorded on a probe ' +
      'instance of the app), with the parameters it sent, each run once before being explained, after the ' +
      'measurements (warm cache).',
    '',
    ...setup(results).slice(0, 5),
    '',
    explained,
  ].join('\n');
  return { table, markdown: { report, explain } };
}
