import { QueryFailedError } from 'typeorm';
import { AppLogger } from './app-logger.js';
import { runInRequest } from './request-context.js';
import { safeError } from './safe-error.js';

const SECRET = 'CUST-secret-42@example.org';

/** A logger writing into an array, and its lines parsed. */
function capture(level: 'debug' | 'info' | 'warn' | 'error' = 'debug') {
  const written: string[] = [];
  const logger = AppLogger.create({ logLevel: level }, { write: (line: string) => written.push(line) });
  return { logger, written, lines: () => written.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

/** What pg rejects a statement with, wrapped as TypeORM does. */
function databaseError(): QueryFailedError {
  const driverError = Object.assign(new Error(`invalid input syntax for type integer: "${SECRET}"`), {
    code: '23505',
    constraint: 'schema_record_pkey',
    table: 'schema_record',
    detail: `Key (customer_id)=(${SECRET}) already exists.`,
    hint: SECRET,
    where: `SQL statement "${SECRET}"`,
    routine: '_bt_check_unique',
  });
  return new QueryFailedError('INSERT INTO schema_record VALUES ($1)', [SECRET], driverError);
}

describe('safeError', () => {
  it('keeps type, SQLSTATE, schema names and frames of a database error, never values', () => {
    const safe = safeError(databaseError());
    expect(safe).toMatchObject({
      type: 'QueryFailedError',
      code: '23505',
      constraint: 'schema_record_pkey',
      table: 'schema_record',
      routine: '_bt_check_unique',
      stack: expect.arrayContaining([expect.stringMatching(/^at /)]),
    });
    expect(JSON.stringify(safe)).not.toContain(SECRET);
    expect(JSON.stringify(safe)).not.toContain('INSERT');
  });

  it('drops the message of any error, its causes too, and reduces thrown non-errors to a type', () => {
    const error = new TypeError(`Unexpected token in "${SECRET}"`, { cause: new Error(SECRET) });
    expect(JSON.stringify(safeError(error))).not.toContain(SECRET);
    expect(safeError(error)).toMatchObject({ type: 'TypeError', cause: { type: 'Error' } });
    expect(safeError(SECRET)).toEqual({ type: 'string' });
    expect(safeError({ detail: SECRET })).toEqual({ type: 'object' });
  });

  it('ignores codes that are not identifiers', () => {
    expect(safeError(Object.assign(new Error('x'), { code: `bad ${SECRET}` })).code).toBeUndefined();
  });
});

describe('AppLogger', () => {
  it('writes one JSON object per line with level label, ISO time, context and message', () => {
    const { logger, lines } = capture();
    logger.log('Nest application successfully started', 'NestApplication');
    expect(lines()).toEqual([
      expect.objectContaining({
        level: 'info',
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        context: 'NestApplication',
        msg: 'Nest application successfully started',
      }),
    ]);
  });

  it('honours the level: debug and verbose are dropped at info', () => {
    const { logger, lines } = capture('info');
    logger.debug('hidden', 'X');
    logger.verbose('hidden', 'X');
    logger.warn('shown', 'X');
    expect(lines().map((line) => line.msg)).toEqual(['shown']);
  });

  it('error(message, stack, context) keeps the frames of the stack, not its message line', () => {
    const { logger, lines } = capture();
    const error = new Error(`failed for ${SECRET}`);
    logger.error('Something failed', error.stack, 'Ctx');
    logger.error('No stack', undefined, 'Ctx');
    const [withStack, without] = lines();
    expect(withStack).toMatchObject({ level: 'error', context: 'Ctx', msg: 'Something failed' });
    expect(withStack.stack).toEqual(expect.arrayContaining([expect.stringMatching(/^at /)]));
    expect(without).toMatchObject({ context: 'Ctx', msg: 'No stack' });
    expect(without.stack).toBeUndefined();
    expect(JSON.stringify(lines())).not.toContain(SECRET);
  });

  it('logs an error object, or one under `err`, through safeError', () => {
    const { logger, written } = capture();
    logger.error(databaseError(), undefined, 'Ctx');
    logger.error({ msg: 'Request failed', err: databaseError() }, undefined, 'Ctx');
    expect(written.join('')).not.toContain(SECRET);
    expect(written.join('')).toContain('"code":"23505"');
  });

  it('adds the request id, method and route of the request being served', async () => {
    const { logger, lines } = capture();
    const context = { reqId: 'req-1', method: 'DELETE', route: '/api/v1/customers/:id' };
    await runInRequest(context, async () => {
      await new Promise((resolve) => setImmediate(resolve));
      logger.log({ msg: 'Customer data erased', deleted: { attributes: 2 } }, 'Erasure');
    });
    logger.log('outside', 'Main');
    const [inside, outside] = lines();
    expect(inside).toMatchObject({ ...context, context: 'Erasure', deleted: { attributes: 2 } });
    expect(outside.reqId).toBeUndefined();
  });
});
