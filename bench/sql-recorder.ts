/**
 * Preloaded into a probe instance of the API (`node --import ./dist/bench/sql-recorder.js
 * dist/src/main.js`, never into the instance being measured): every statement the app sends
 * to PostgreSQL while it serves a request carrying `x-bench-record: <label>` is appended to
 * the file BENCH_SQL_LOG as one JSON line, `{ label, text, values }`.
 *
 * This is how the bench knows the app's SQL without copying it: the baseline server issues
 * these very statements, and the EXPLAIN file explains them. A request's statements are
 * told from everything else (the scheduler, other requests) by an AsyncLocalStorage opened
 * around the request's handler, which follows the request through Fastify, Nest and TypeORM
 * down to node-postgres.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { appendFileSync } from 'node:fs';
import http from 'node:http';
import pg from 'pg';
import { RECORD_HEADER, type RecordedStatement } from './recorded-sql.js';

const file = process.env.BENCH_SQL_LOG;
if (file) install(file);

function install(log: string): void {
  const requestLabel = new AsyncLocalStorage<string>();

  type Emit = (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the server as `this` below
  const emit = http.Server.prototype.emit as Emit;
  const labellingEmit: Emit = function (this: http.Server, event, ...args) {
    const label = event === 'request' ? (args[0] as http.IncomingMessage).headers[RECORD_HEADER] : undefined;
    return typeof label === 'string'
      ? requestLabel.run(label, () => emit.call(this, event, ...args))
      : emit.call(this, event, ...args);
  };
  http.Server.prototype.emit = labellingEmit as typeof http.Server.prototype.emit;

  type Query = (this: pg.Client, ...args: unknown[]) => unknown;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the client as `this` below
  const query = pg.Client.prototype.query as unknown as Query;
  const recordingQuery: Query = function (this: pg.Client, ...args: unknown[]) {
    const label = requestLabel.getStore();
    if (label !== undefined) {
      const [first, second] = args;
      const config =
        typeof first === 'object' && first !== null ? (first as { text?: string; values?: unknown[] }) : {};
      const statement: RecordedStatement = {
        label,
        connection: (this as pg.Client & { processID: number | null }).processID,
        text: typeof first === 'string' ? first : (config.text ?? ''),
        values: Array.isArray(second) ? (second as unknown[]) : (config.values ?? []),
      };
      appendFileSync(log, JSON.stringify(statement) + '\n');
    }
    return query.apply(this, args);
  };
  pg.Client.prototype.query = recordingQuery as unknown as typeof pg.Client.prototype.query;
}
