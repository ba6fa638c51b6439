import { DataSource } from 'typeorm';
import { databaseErrorKind } from '../../src/common/errors/database-errors.js';
import { dataSourceOptions } from '../../src/database/data-source.options.js';
import { preparedQuery } from '../../src/database/prepared-query.js';
import { createTestDatabase, dropTestDatabase } from '../support/database.js';

/**
 * preparedQuery: a named statement per text, prepared once per connection, whose plan
 * PostgreSQL stops redoing (the profile's statement goes through it).
 */
describe('preparedQuery', () => {
  let url: string;
  let db: DataSource;

  beforeAll(async () => {
    url = await createTestDatabase();
    db = new DataSource(dataSourceOptions({ url, poolSize: 2, applicationName: 'prepared-query' }));
    await db.initialize();
  });

  afterAll(async () => {
    await db?.destroy();
    if (url) await dropTestDatabase(url);
  });

  const STATEMENT = `SELECT count(*)::int AS n FROM interaction_history WHERE customer_id = $1`;

  it('prepares the statement once on the connection and stops planning it', async () => {
    const runner = db.createQueryRunner();
    try {
      for (let i = 0; i < 8; i++) {
        expect(await preparedQuery<{ n: number }>(runner.manager, STATEMENT, [`C${i}`])).toEqual([{ n: 0 }]);
      }
      const prepared = await runner.query(
        `SELECT name, statement, generic_plans::int AS generic, custom_plans::int AS custom
         FROM pg_prepared_statements WHERE name LIKE 'cdapi_%'`,
      );
      expect(prepared).toEqual([
        {
          name: expect.stringMatching(/^cdapi_[0-9a-f]{24}$/),
          statement: STATEMENT,
          generic: expect.any(Number),
          custom: expect.any(Number),
        },
      ]);
      // Five plans with the values, then the generic one for the rest.
      expect(prepared[0].custom).toBe(5);
      expect(prepared[0].generic).toBe(3);
    } finally {
      await runner.release();
    }
  });

  it('gives each text its own statement, and a manager without a connection a plain query', async () => {
    const runner = db.createQueryRunner();
    try {
      await preparedQuery(runner.manager, STATEMENT, ['A']);
      await preparedQuery(runner.manager, `${STATEMENT} AND offer_id = $2`, ['A', 'o']);
      const [{ n }] = await runner.query(
        `SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name LIKE 'cdapi_%'`,
      );
      expect(n).toBe(2);
    } finally {
      await runner.release();
    }
    expect(await preparedQuery<{ n: number }>(db.manager, STATEMENT, ['B'])).toEqual([{ n: 0 }]);
  });

  it('refuses a runner that is released, rather than run on a connection back in the pool', async () => {
    const runner = db.createQueryRunner();
    await preparedQuery(runner.manager, STATEMENT, ['C']);
    await runner.release();
    const error = await preparedQuery(runner.manager, STATEMENT, ['C']).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'QueryRunnerAlreadyReleasedError' });
  });

  it('answers a connection killed under the runner with an error the API maps to 503', async () => {
    const runner = db.createQueryRunner();
    try {
      const [{ pid }] = await runner.query(`SELECT pg_backend_pid() AS pid`);
      await db.query(`SELECT pg_terminate_backend($1)`, [pid]);
      // The driver hears of the kill (the server says so before closing) and TypeORM releases the runner.
      while (!runner.isReleased) await new Promise((resolve) => setTimeout(resolve, 10));
      const error = await preparedQuery(runner.manager, STATEMENT, ['C']).catch((e: unknown) => e);
      expect(databaseErrorKind(error)).toBe('unavailable');
    } finally {
      await runner.release();
    }
  });
});
