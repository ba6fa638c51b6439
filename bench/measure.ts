import autocannon from 'autocannon';
import type pg from 'pg';

/** One scenario's figures. Latencies in milliseconds, of successful (2xx) responses only. */
export interface Measurement {
  /** Successful responses. */
  requests: number;
  /** Non-2xx responses, connection errors and timeouts. */
  errors: number;
  seconds: number;
  /** Successful responses per second. */
  rps: number;
  p50: number;
  p99: number;
  max: number;
}

export interface LoadOptions {
  baseUrl: string;
  connections: number;
  seconds: number;
  warmupSeconds: number;
  headers: Record<string, string>;
  method?: 'GET' | 'POST' | 'DELETE';
  /** The path of each request (called once per request: random customers). */
  path: () => string;
  /** Called between the warm-up and the measured run: wait there for the warm-up's stragglers. */
  settle?: () => Promise<unknown>;
}

/** The q-quantile by nearest rank. */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function summarise(latencies: number[], errors: number, seconds: number): Measurement {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    errors,
    seconds,
    rps: sorted.length / seconds,
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
    max: sorted.length === 0 ? Number.NaN : sorted[sorted.length - 1],
  };
}

/**
 * autocannon at `connections` for `seconds`, after a warm-up run of `warmupSeconds` whose
 * figures are dropped. Latencies are taken from every response exactly (autocannon's own
 * histogram rounds to whole milliseconds). Requests still running when the time is up are
 * abandoned, not counted, but the server still works on them: `settle` between the warm-up
 * and the run, and wait for the database to go idle before the next one.
 */
export async function hammer(options: LoadOptions): Promise<Measurement> {
  if (options.warmupSeconds > 0) {
    await cannon(options, options.warmupSeconds);
    await options.settle?.();
  }
  return cannon(options, options.seconds);
}

function cannon(options: LoadOptions, seconds: number): Promise<Measurement> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.baseUrl,
        connections: options.connections,
        duration: seconds,
        // A live summary at 10M rows can take many seconds: let it finish rather than count a timeout.
        timeout: 120,
        requests: [
          {
            method: options.method ?? 'GET',
            headers: options.headers,
            setupRequest: (request) => ({ ...request, path: options.path() }),
          },
        ],
      },
      (error, result) => {
        if (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        resolve(summarise(latencies, result.non2xx + result.errors, result.duration));
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
}

/** Requests one after the other, each timed on its own (for writes: one customer each). */
export async function sequentially(
  count: number,
  request: (i: number) => Promise<boolean>,
): Promise<Measurement & { failures: string[] }> {
  const latencies: number[] = [];
  const failures: string[] = [];
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    let ok = false;
    try {
      ok = await request(i);
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
    }
    if (ok) latencies.push(performance.now() - t0);
  }
  const errors = count - latencies.length;
  return { ...summarise(latencies, errors, (performance.now() - started) / 1000), failures };
}

/**
 * Waits until no other session of this database is running a statement (a run that outlived
 * its time, autovacuum, a refresh), three polls in a row. Gives up after `timeoutMs` and
 * says how long it waited either way.
 */
export async function waitForIdle(client: pg.Client, timeoutMs = 300_000): Promise<{ ms: number; idle: boolean }> {
  const started = Date.now();
  let quiet = 0;
  while (Date.now() - started < timeoutMs) {
    const {
      rows: [{ busy }],
    } = await client.query<{ busy: number }>(
      `SELECT count(*)::int AS busy FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND state IS NOT NULL AND state <> 'idle'`,
    );
    quiet = busy === 0 ? quiet + 1 : 0;
    if (quiet >= 3) return { ms: Date.now() - started, idle: true };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { ms: Date.now() - started, idle: false };
}
