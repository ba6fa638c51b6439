import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import { QueryRunnerAlreadyReleasedError, type EntityManager } from 'typeorm';

/**
 * Runs `text` as a named prepared statement on the one connection `reader` is bound to (a
 * query runner's manager, as ReadReplicas.read gives), and returns its rows.
 *
 * PostgreSQL plans a named statement's first five executions with their values, then keeps one
 * generic plan when that costs no more: a hot statement stops being planned on every request.
 * Since the event tables are partitioned by month, planning is most of the profile statement's
 * time on the server (0.4–0.6 ms of planning for ~0.2 ms of execution at 10M interactions, six
 * partitions; docs/scaling.md "Partitions"), and it grows with every month kept.
 *
 * The name is a hash of the text, so a statement built from parts is one prepared statement per
 * shape; node-postgres prepares a name once per connection and reuses it after. Errors are the
 * driver's own (the problem filter maps them as it maps TypeORM's, a lost connection to a 503).
 * A manager not bound to a connection gets a plain query instead.
 */
export async function preparedQuery<T>(reader: EntityManager, text: string, values: unknown[]): Promise<T[]> {
  const runner = reader.queryRunner;
  if (runner === undefined) return reader.query<T[]>(text, values);
  // A runner releases itself when its connection dies, yet connect() still hands out that
  // client (back in the pool, or closed): refuse it as TypeORM's own query() would.
  if (runner.isReleased) throw new QueryRunnerAlreadyReleasedError();
  const client = (await runner.connect()) as PoolClient;
  const name = `cdapi_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
  const result = await client.query({ name, text, values });
  return result.rows as T[];
}
