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
  '40001': 'unavailable', // serialization_failure: safe to retry
  '40P01': 'unavailable', // deadlock_detected: safe to retry
  '53300': 'unavailable', // too_many_connections
  '57014': 'unavailable', // query_canceled (statement timeout)
  '57P01': 'unavailable', // admin_shutdown (server stopping, or pg_terminate_backend)
  '57P02': 'unavailable', // crash_shutdown
  '57P03': 'unavailable', // cannot_connect_now (server starting or shutting down)
};

/** Socket errors met when the server is down or unreachable. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/**
 * What the pg driver and its pool throw, without a code, when a connection is lost or none can
 * be had: `timeout exceeded when trying to connect` (pool exhausted, DATABASE_POOL_TIMEOUT_MS),
 * `Connection terminated unexpectedly` / `Connection terminated due to connection timeout`,
 * `Client has encountered a connection error and is not queryable`, and a pool in shutdown.
 */
const CONNECTION_LOST =
  /timeout exceeded when trying to connect|Connection terminated|is not queryable|Cannot use a pool after calling end/i;

/**
 * The problem kind of a database error (TypeORM's QueryFailedError or the driver's own), or
 * undefined when `exception` is not one. Connection failures of every sort (server down,
 * restarting, connection killed, pool exhausted) are `unavailable`: a 503 the client may retry.
 * Read by shape, not `instanceof`: socket errors come from Node's core, which in some hosts
 * (Jest's VM modules) is another realm with another `Error`.
 */
export function databaseErrorKind(exception: unknown): ProblemKind | undefined {
  if (typeof exception !== 'object' || exception === null) return undefined;
  const driverError: unknown = (exception as { driverError?: unknown }).driverError ?? exception;
  const code =
    typeof driverError === 'object' && driverError !== null ? (driverError as { code?: unknown }).code : undefined;
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code) || code.startsWith('08')) return 'unavailable'; // 08xxx: connection_exception
    return SQLSTATE_KINDS[code];
  }
  // TypeORM's runner was released under the transaction when its connection died (a server
  // shutdown mid-write): the COMMIT was never sent, nothing was written.
  if ((exception as { name?: unknown }).name === 'QueryRunnerAlreadyReleasedError') return 'unavailable';
  const message = (exception as { message?: unknown }).message;
  return typeof message === 'string' && CONNECTION_LOST.test(message) ? 'unavailable' : undefined;
}
