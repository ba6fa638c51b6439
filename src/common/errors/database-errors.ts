import type { ProblemKind } from './problem-types.js';

/** PostgreSQL SQLSTATEs a client can cause, and what each means to that client. */
const SQLSTATE_KINDS: Record<string, ProblemKind> = {
  '23505': 'conflict', // unique_violation
  '23503': 'unprocessable', // foreign_key_violation
  '23514': 'invalid_input', // check_violation
  '22001': 'invalid_input', // string_data_right_truncation
  '22003': 'invalid_input', // numeric_value_out_of_range
  '22007': 'invalid_input', // invalid_datetime_format
  '22008': 'invalid_input', // datetime_field_overflow
  '22P02': 'invalid_input', // invalid_text_representation
  '22P05': 'invalid_input', // untranslatable_character
  '25P03': 'unavailable', // idle_in_transaction_session_timeout: the server closed the session
  '40001': 'unavailable', // serialization_failure: safe to retry
  '40P01': 'unavailable', // deadlock_detected: safe to retry
  '53300': 'unavailable', // too_many_connections
  '57014': 'unavailable', // query_canceled (statement timeout)
  '57P01': 'unavailable', // admin_shutdown (server stopping, or pg_terminate_backend)
  '57P02': 'unavailable', // crash_shutdown
  '57P03': 'unavailable', // cannot_connect_now (server starting or shutting down)
  '57P05': 'unavailable', // idle_session_timeout: the server closed the session
};

/** Socket errors met when the server is down or unreachable, or the connection breaks under a write. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ERR_STREAM_DESTROYED',
  'ERR_STREAM_WRITE_AFTER_END',
  'ERR_SOCKET_CLOSED',
]);

/**
 * TypeORM's errors for a query runner or data source whose connection is gone. The runner
 * releases itself when its connection reports an error (a kill, a server shutdown), so after
 * that every use of it (a query, the COMMIT, its manager) throws one of the first two.
 */
const CONNECTION_GONE_ERRORS = new Set([
  'QueryRunnerAlreadyReleasedError', // runner.query() and so commit/rollback
  'QueryRunnerProviderAlreadyReleasedError', // manager.query() / manager.transaction() on that runner
  'CannotExecuteNotConnectedError', // the data source is closed (shutting down) or not yet open
  'ConnectionIsNotSetError', // the driver has no pool (data source closed)
]);

/**
 * What the pg driver and its pool throw, without a code, when a connection is lost or none can
 * be had: `timeout exceeded when trying to connect` (pool exhausted, DATABASE_POOL_TIMEOUT_MS),
 * `Connection terminated unexpectedly` / `Connection terminated due to connection timeout`,
 * `Client has encountered a connection error and is not queryable`, `Client was closed and is
 * not queryable`, `Query read timeout`, `timeout expired` (connecting), a pool in shutdown, and
 * a protocol stream out of step (`Received unexpected … message from backend`); and TypeORM's
 * `Driver not Connected` (its pool is gone: the data source is closing).
 */
const CONNECTION_LOST =
  /timeout exceeded when trying to connect|Connection terminated|is not queryable|Cannot use a pool after calling end|^Query read timeout$|^timeout expired$|^Received unexpected \w+ message from backend|^Driver not Connected$/i;

/** How deep `driverError` / `cause` links are followed (they could form a cycle). */
const MAX_DEPTH = 4;

/**
 * The problem kind of a database error (TypeORM's QueryFailedError or the driver's own), or
 * undefined when `exception` is not one. Connection failures of every sort (server down,
 * restarting, connection killed before, during or between a request's queries, pool exhausted)
 * are `unavailable`: a 503 the client may retry.
 * Read by shape, not `instanceof`: socket errors come from Node's core, which in some hosts
 * (Jest's VM modules) is another realm with another `Error`. A wrapper (QueryFailedError's
 * `driverError`, an `Error`'s `cause`) is read through to what it wraps.
 */
export function databaseErrorKind(exception: unknown, depth = 0): ProblemKind | undefined {
  if (typeof exception !== 'object' || exception === null || depth > MAX_DEPTH) return undefined;
  const { code, name, message, driverError, cause } = exception as Record<string, unknown>;
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code) || code.startsWith('08')) return 'unavailable'; // 08xxx: connection_exception
    const kind = SQLSTATE_KINDS[code];
    if (kind !== undefined) return kind;
  }
  if (typeof name === 'string' && CONNECTION_GONE_ERRORS.has(name)) return 'unavailable';
  if (typeof message === 'string' && CONNECTION_LOST.test(message)) return 'unavailable';
  return databaseErrorKind(driverError, depth + 1) ?? databaseErrorKind(cause, depth + 1);
}
