import net from 'node:net';
import { once } from 'node:events';
import { DatabaseError } from 'pg';
import pg from 'pg';
import {
  CannotExecuteNotConnectedError,
  ConnectionIsNotSetError,
  QueryFailedError,
  QueryRunnerAlreadyReleasedError,
  QueryRunnerProviderAlreadyReleasedError,
  TransactionNotStartedError,
  TypeORMError,
} from 'typeorm';
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
  // TypeORM releases a query runner when its connection reports an error; every later use of
  // the runner (a query, COMMIT, ROLLBACK) or of its manager throws one of these.
  it.each([
    ['a query or the COMMIT on a runner whose connection died', new QueryRunnerAlreadyReleasedError()],
    ['a query or transaction through that runner’s manager', new QueryRunnerProviderAlreadyReleasedError()],
    ['a query while the data source is closed (shutting down)', new CannotExecuteNotConnectedError()],
    ['a query when the driver has no pool', new ConnectionIsNotSetError('postgres')],
  ])('%s is unavailable', (_, error) => {
    expect(databaseErrorKind(error)).toBe('unavailable');
  });

  it.each([
    ['57P01', 'admin_shutdown: server stopping, or pg_terminate_backend'],
    ['57P02', 'crash_shutdown'],
    ['57P03', 'cannot_connect_now: starting up or shutting down'],
    ['57P05', 'idle_session_timeout: the server closed the session'],
    ['25P03', 'idle_in_transaction_session_timeout: the server closed the session'],
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
    'Client was closed and is not queryable',
    'Query read timeout',
    'timeout expired',
    'Received unexpected commandComplete message from backend.',
    'Driver not Connected',
  ])('the driver’s "%s" is unavailable, raw or wrapped', (message) => {
    expect(databaseErrorKind(new Error(message))).toBe('unavailable');
    expect(databaseErrorKind(failed(new Error(message)))).toBe('unavailable');
  });

  it.each([
    'ECONNRESET',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'EHOSTUNREACH',
    'ENETDOWN',
    'ERR_STREAM_DESTROYED',
    'ERR_STREAM_WRITE_AFTER_END',
    'ERR_SOCKET_CLOSED',
  ])('the socket error %s (the connection broke under a read or write) is unavailable, raw or wrapped', (code) => {
    const error = Object.assign(new Error(`socket said ${code}`), { code });
    expect(databaseErrorKind(error)).toBe('unavailable');
    expect(databaseErrorKind(failed(error))).toBe('unavailable');
  });

  it('is read by shape, so errors of another realm (Node core under Jest) are recognised', () => {
    expect(databaseErrorKind({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' })).toBe('unavailable');
    expect(databaseErrorKind({ name: 'QueryRunnerProviderAlreadyReleasedError', message: '…' })).toBe('unavailable');
  });

  it('reads through `cause`, as pg-pool wraps a connection timeout', () => {
    const timeout = new Error('some wrapper', {
      cause: Object.assign(new Error('read ETIMEDOUT'), { code: 'ETIMEDOUT' }),
    });
    expect(databaseErrorKind(timeout)).toBe('unavailable');
    expect(databaseErrorKind(new Error('wrapped twice', { cause: failed(serverError('57P01')) }))).toBe('unavailable');
  });

  it('follows a cycle of causes only so far', () => {
    const a = new Error('a') as Error & { cause?: unknown };
    a.cause = new Error('b', { cause: a });
    expect(databaseErrorKind(a)).toBeUndefined();
  });

  describe('what the real driver throws when the server closes the connection', () => {
    let server: net.Server;
    let port: number;

    // A "server" that accepts the connection and closes it at once: what a killed backend looks like.
    beforeAll(async () => {
      server = net.createServer((socket) => socket.destroy()).listen(0, '127.0.0.1');
      await once(server, 'listening');
      ({ port } = server.address() as net.AddressInfo);
    });
    afterAll(async () => {
      await new Promise((resolve) => server.close(resolve));
    });

    it('a client whose connection is closed while it connects: unavailable', async () => {
      const client = new pg.Client({ host: '127.0.0.1', port, user: 'u', database: 'd' });
      client.on('error', () => undefined);
      const connecting = await client.connect().then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(connecting).toBeInstanceOf(Error);
      expect(databaseErrorKind(connecting)).toBe('unavailable');
    });

    it('a pool that cannot connect: unavailable', async () => {
      const pool = new pg.Pool({ host: '127.0.0.1', port, user: 'u', database: 'd', connectionTimeoutMillis: 2_000 });
      const error = await pool.query('SELECT 1').then(
        () => undefined,
        (e: unknown) => e,
      );
      await pool.end();
      expect(databaseErrorKind(error)).toBe('unavailable');
    });
  });

  it.each([
    ['an unknown SQLSTATE', serverError('XX000')],
    ['a query the code got wrong (undefined_table)', failed(serverError('42P01'))],
    ['a commit without a transaction (a bug, not a lost connection)', new TransactionNotStartedError()],
    ['some other TypeORM error', new TypeORMError('Transaction method requires callback')],
    [
      'a pool client released twice (a bug)',
      new Error('Release called on client which has already been released to the pool.'),
    ],
    ['a plain bug', new TypeError('x is undefined')],
    ['a string', 'boom'],
    ['null', null],
  ])('%s is not a database error the client may retry', (_, error) => {
    expect(databaseErrorKind(error)).toBeUndefined();
  });
});
