/**
 * The read benchmark (`npm run bench`, dist/bench/run.js) end to end at a small size, so the
 * harness cannot rot: 20,000 interactions over 2,000 customers, about a second per scenario
 * at 2 connections, on the test run's server in a database of its own. Its report goes to a
 * temporary directory, never to bench/results. Figures are not judged here, only that every
 * scenario ran and answered without errors.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { dropTestDatabase } from '../support/database.js';
import { testEnv, withDatabase } from '../support/test-env.js';

/** Every row the report must have, by the start of its label. */
const SCENARIOS = [
  'unified profile (random customers)',
  'bare Fastify + pg: unified profile SQL',
  'history first page by customer (random customers)',
  'bare Fastify + pg: history first page SQL',
  'history page ',
  'unfiltered history first page incl. exact total',
  'summary groupBy=action, days=30',
  'summary groupBy=treatment, days=30',
  'summary groupBy=channel, days=30',
  'summary groupBy=customer, days=30',
  'erase a customer with ~100 rows',
];

/** Small and short, and no waiting for a quiet machine nor reruns: the figures are not judged here. */
const SMOKE_OPTIONS = [
  ...['--interactions', '20000', '--customers', '2000', '--seconds', '1', '--warmup', '0.2', '--connections', '2'],
  ...['--erasures', '5', '--refresh-rows', '2000', '--deep-page', '50', '--quiet-wait', '0', '--retries', '0'],
];

type Row = Record<'scenario' | 'req/s' | 'p50 ms' | 'p99 ms' | 'errors' | 'met?', string>;

/** The report's table, one object per row, keyed by the header's names. */
function tableRows(markdown: string): Row[] {
  const lines = markdown.split('\n').filter((line) => line.startsWith('| '));
  const cells = (line: string) =>
    line
      .slice(2, -2)
      .split(' | ')
      .map((cell) => cell.trim());
  const [header, , ...rows] = lines.map(cells);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])) as Row);
}

const number = (cell: string) => Number(cell.replaceAll(',', ''));

describe('bench harness, smoke run', () => {
  let dir: string;
  const database = `${testEnv('runPrefix')}_bench`;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'cdapi-bench-smoke-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await dropTestDatabase(withDatabase(testEnv('adminUrl'), database));
  });

  it('loads, measures every scenario and writes the report, the EXPLAINs and the figures', async () => {
    const out = path.join(dir, 'bench.md');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['dist/bench/run.js', ...SMOKE_OPTIONS, '--database', database, '--out', out, '--plans', dir],
      { env: { ...process.env, DATABASE_URL: testEnv('adminUrl') }, maxBuffer: 16 * 2 ** 20, timeout: 110_000 },
    );
    expect(stdout).toContain(`written to ${out}`);

    const rows = tableRows(await readFile(out, 'utf8'));
    for (const scenario of SCENARIOS) {
      const row = rows.find((r) => r.scenario.startsWith(scenario));
      expect({ scenario, found: row !== undefined }).toEqual({ scenario, found: true });
      expect({ scenario, rps: number(row!['req/s']) > 0, errors: row!.errors }).toEqual({
        scenario,
        rps: true,
        errors: '0',
      });
      expect(number(row!['p99 ms'])).toBeGreaterThan(0);
    }
    expect(rows.find((r) => r.scenario.startsWith('history page '))?.scenario).toMatch(/^history page 50 deep/);

    // Refreshing the materialized summaries: timed without error, or reported as not available.
    const refresh = rows.find((r) => r.scenario.startsWith('refresh after'));
    expect(refresh).toBeDefined();
    if (!refresh!['met?'].startsWith('not run: nothing to refresh')) {
      expect({ errors: refresh!.errors, took: number(refresh!['p50 ms']) > 0 }).toEqual({ errors: '0', took: true });
    }
    for (const name of ['unified profile', 'history first page']) {
      const ratio = rows.find((r) => r.scenario === `app ÷ bare Fastify + pg throughput: ${name}`);
      expect(number(ratio!['req/s'])).toBeGreaterThan(0);
    }

    const explain = await readFile(path.join(dir, 'bench-explain.md'), 'utf8');
    for (const heading of ['unified profile', 'history first page by customer', 'history page 50 deep', 'summary']) {
      expect(explain).toContain(`## ${heading}`);
    }
    expect(explain).toMatch(/Index (Only )?Scan/);
    const figures = JSON.parse(await readFile(out.replace(/\.md$/, '.json'), 'utf8'));
    expect(figures.data).toMatchObject({ interactions: 20_000, customers: 2_000, offers: 200, creatives: 600 });
  }, 120_000);
});
