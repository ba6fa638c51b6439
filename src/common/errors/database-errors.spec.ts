import net from 'node:net';
import { once } from 'node:events';
import { DatabaseError } from 'pg';
import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { databaseErrorKind } from './database-errors.js';

/** A pg server error as the driver builds it, with its SQLSTATE. */
function serverError(code: string, message = 'server said no'): DatabaseError {
  const error = new DatabaseError(message, 0, 'error');
  error.code = code;
  return error;
}

/** What TypeORM throws when a query fails: the driver's error is `driverError`. */
const failed = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

describe('databaseErrorKind', () => {
  it('a transaction whose connection died before its COMMIT (runner released) is unavailable', () => {
    expect(databaseErrorKind(new QueryRunnerAlreadyReleasedError())).toBe('unavailable');
  });

  it.each([
    ['57P01', 'admin_shutdown: server stopping, or pg_terminate_backend'],
    ['57P02', 'crash_shutdown'],
    ['57P03', 'cannot_connect_now: starting up or shutting down'],
    ['08006', 'connection_failure'],
    ['08003', 'connection_does_not_exist'],
    ['53300', 'too_many_connections'],
    ['40001', 'serialization_failure'],
    ['40P01', 'deadlock_detected'],
    ['57014', 'query_canceled'],
  ])('SQLSTATE %s (%s) is unavailable, raw or wrapped by TypeORM', (code) => {
    expect(databaseErrorKind(serverError(code))).toBe('unavailable');
    expect(databaseErrorKind(failed(serverError(code)))).toBe('unavailable');
  });

  it.each([
    ['23505', 'conflict'],
    ['23503', 'unprocessable'],
    ['22P02', 'invalid_input'],
  ])('SQLSTATE %s caused by the client is %s', (code, kind) => {
    expect(databaseErrorKind(failed(serverError(code)))).toBe(kind);
  });

  it('a refused connection (server down) is unavailable', async () => {
    const closed = net.createServer().listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const { port } = closed.address() as net.AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const socket = net.connect(port, '127.0.0.1');
    const [error] = (await once(socket, 'error').catch((e: unknown) => [e])) as [NodeJS.ErrnoException];
    expect(error.code).toBe('ECONNREFUSED');
    expect(databaseErrorKind(error)).toBe('unavailable');
  });

  it.each([
    'timeout exceeded when trying to connect',
    'Connection terminated unexpectedly',
    'Connection terminated due to connection timeout',
    'Client has encountered a connection error and is not queryable',
    'Cannot use a pool after calling end on the pool',
  ])('the driver’s "%s" is unavailable, raw or wrapped', (message) => {
    expect(databaseErrorKind(new Error(message))).toBe('unavailable');
    expect(databaseErrorKind(failed(new Error(message)))).toBe('unavailable');
  });

  it('is read by shape, so errors of another realm (Node core under Jest) are recognised', () => {
    expect(databaseErrorKind({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' })).toBe('unavailable');
  });

  it.each([
    ['an unknown SQLSTATE', serverError('XX000')],
    ['a plain bug', new TypeError('x is undefined')],
    ['a string', 'boom'],
    ['null', null],
  ])('%s is not a database error the client may retry', (_, error) => {
    expect(databaseErrorKind(error)).toBeUndefined();
  });
});
