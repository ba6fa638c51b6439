import { readFile } from 'node:fs/promises';
import type pg from 'pg';

/** The request header that makes the probe instance record a request's SQL (bench/sql-recorder.ts). */
export const RECORD_HEADER = 'x-bench-record';

export interface Statement {
  text: string;
  values: unknown[];
}

export interface RecordedStatement extends Statement {
  label: string;
  /** The PostgreSQL backend (process id) the statement was sent to. */
  connection: number | null;
}

/**
 * What the baseline server issues: the app's statements for one profile and for one first
 * page of a customer's history, recorded for `customerId`; the baseline puts the customer of
 * each request wherever that id was a parameter.
 */
export interface BaselineSql {
  customerId: string;
  profile: Statement[];
  history: Statement[];
}

export async function readRecording(file: string): Promise<Map<string, RecordedStatement[]>> {
  const byLabel = new Map<string, RecordedStatement[]>();
  const text = await readFile(file, 'utf8').catch(() => '');
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const statement = JSON.parse(line) as RecordedStatement;
    byLabel.set(statement.label, [...(byLabel.get(statement.label) ?? []), statement]);
  }
  return byLabel;
}

/** Transaction control and session settings: what a bare server would not send on its own. */
const CONTROL = /^\s*(START|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET|RESET)\b/i;

/** Plain reads: what can be EXPLAINed (in a read-only transaction) and issued side by side. */
export function isRead(statement: Statement): boolean {
  return /^\s*(SELECT|WITH)\b/i.test(statement.text) && !/\b(INSERT|UPDATE|DELETE)\b/i.test(statement.text);
}

/**
 * The statements of one request that a baseline can issue in parallel on a pool: only
 * plain reads. Anything else (a transaction, a write) means the app's read path changed
 * shape and the baseline must be taught it; failing says so instead of measuring something else.
 */
export function parallelReads(label: string, statements: Statement[] | undefined): Statement[] {
  if (!statements || statements.length === 0) throw new Error(`No SQL was recorded for "${label}"`);
  const other = statements.filter((s) => !isRead(s));
  if (other.length > 0) {
    throw new Error(
      `"${label}" is no longer only parallel reads (${other.map((s) => s.text.trim().split(/\s+/)[0]).join(', ')}): ` +
        'teach bench/baseline-server.ts the new shape',
    );
  }
  return statements.map(({ text, values }) => ({ text, values }));
}

/** The statement without the indentation its continuation lines share (its place in the repository's code). */
function dedent(text: string): string {
  const [first, ...rest] = text.replace(/^\s*\n|\s+$/g, '').split('\n');
  const depth = (line: string) => line.length - line.trimStart().length;
  const common = Math.min(...rest.filter((line) => line.trim() !== '').map(depth));
  return [first.trimStart(), ...rest.map((line) => line.slice(Math.min(common, depth(line))))].join('\n');
}

/**
 * `EXPLAIN (ANALYZE, BUFFERS)` of every read statement recorded for each scenario, each run
 * once before (so the cache is as warm as during the measurement) and explained inside a
 * read-only transaction that is rolled back. Returns markdown.
 */
export async function explainScenarios(
  client: pg.Client,
  scenarios: [title: string, RecordedStatement[]][],
): Promise<string> {
  const sections: string[] = [];
  for (const [title, statements] of scenarios) {
    const connections = new Set(statements.map((s) => s.connection)).size;
    sections.push(
      `## ${title}`,
      '',
      `${statements.length} statement(s) on ${connections} connection(s) of the app's pool.`,
      '',
    );
    const skipped = statements.filter((s) => !isRead(s) && !CONTROL.test(s.text));
    if (statements.some((s) => CONTROL.test(s.text))) {
      sections.push(
        `The app ran these inside a transaction (${statements
          .filter((s) => CONTROL.test(s.text))
          .map((s) => s.text.trim())
          .join('; ')}); each read is explained on its own.`,
        '',
      );
    }
    for (const statement of statements.filter(isRead)) {
      await client.query('BEGIN READ ONLY');
      try {
        await client.query(statement.text, statement.values);
        const plan = await client.query<{ 'QUERY PLAN': string }>(
          `EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`,
          statement.values,
        );
        sections.push(
          '```sql',
          dedent(statement.text),
          '```',
          `Parameters: \`${JSON.stringify(statement.values)}\``,
          '',
          '```',
          ...plan.rows.map((row) => row['QUERY PLAN']),
          '```',
          '',
        );
      } finally {
        await client.query('ROLLBACK');
      }
    }
    for (const statement of skipped) {
      sections.push(`Not explained (it writes): \`${statement.text.trim().split('\n')[0]}…\``, '');
    }
  }
  return sections.join('\n');
}
