/**
 * The bare limit the API is held against: Fastify and node-postgres, nothing else. No Nest,
 * no TypeORM, no auth, no validation beyond taking the id from the URL. It issues the app's
 * own statements (recorded from a probe instance of the app by the bench, handed over in
 * BASELINE_SQL), side by side on a pool as large as the app's, and returns the rows as JSON.
 *
 *   GET /profile/:id             the unified profile's statements
 *   GET /history?customerId=…    the first page of a customer's history and its total
 *
 * Environment: DATABASE_URL, PORT, BASELINE_SQL, DATABASE_POOL_SIZE (default 10, as the app).
 */
import Fastify from 'fastify';
import pg from 'pg';
import type { BaselineSql, Statement } from './recorded-sql.js';

const sql = JSON.parse(process.env.BASELINE_SQL ?? '') as BaselineSql;
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  application_name: 'bench-baseline',
});

/** The statements with the recorded customer's id replaced by this request's. */
function run(statements: Statement[], customerId: string): Promise<unknown[][]> {
  return Promise.all(
    statements.map(async ({ text, values }) => {
      const result = await pool.query(
        text,
        values.map((value) => (value === sql.customerId ? customerId : value)),
      );
      return result.rows as unknown[];
    }),
  );
}

const app = Fastify({ logger: false });

app.get('/health', () => ({ status: 'ok' }));

app.get<{ Params: { id: string } }>('/profile/:id', async (request) => {
  return { customerId: request.params.id, results: await run(sql.profile, request.params.id) };
});

app.get<{ Querystring: { customerId?: string } }>('/history', async (request, reply) => {
  const { customerId } = request.query;
  if (typeof customerId !== 'string') return reply.code(400).send({ error: 'customerId is required' });
  return { customerId, results: await run(sql.history, customerId) };
});

const close = async () => {
  await app.close();
  await pool.end();
  process.exit(0);
};
process.once('SIGTERM', () => void close());
process.once('SIGINT', () => void close());

await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 0) });
