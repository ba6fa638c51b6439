import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source.options.js';
import { createTestDatabase, dropTestDatabase } from '../support/database.js';

describe('entities and migrations agree', () => {
  let url: string;
  let dataSource: DataSource;

  beforeAll(async () => {
    url = await createTestDatabase();
    dataSource = new DataSource(dataSourceOptions({ url, poolSize: 2 }));
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await dropTestDatabase(url);
  });

  it("TypeORM's schema diff against the migrated database yields no statements", async () => {
    const diff = await dataSource.driver.createSchemaBuilder().log();
    expect(diff.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('migrations revert cleanly and re-apply', async () => {
    for (let i = 0; i < dataSource.migrations.length; i++) await dataSource.undoLastMigration();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'typeorm_migrations'`,
    );
    await client.end();
    expect(rows[0].n).toBe(0);
    const applied = await dataSource.runMigrations();
    expect(applied.length).toBe(dataSource.migrations.length);
    const diff = await dataSource.driver.createSchemaBuilder().log();
    expect(diff.upQueries).toEqual([]);
  });

  it('every customer-keyed table leads its primary key with customer_id', async () => {
    const rows: { table: string; columns: string[] }[] = await dataSource.query(`
      SELECT c.conrelid::regclass::text AS table,
             array_agg(a.attname::text ORDER BY k.ord) AS columns
      FROM pg_constraint c
      CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
      WHERE c.contype = 'p' AND c.connamespace = 'public'::regnamespace
        AND EXISTS (SELECT 1 FROM pg_attribute x WHERE x.attrelid = c.conrelid AND x.attname = 'customer_id')
        -- a partition's key is its partitioned table's
        AND NOT (SELECT relispartition FROM pg_class WHERE oid = c.conrelid)
      GROUP BY c.conrelid`);
    expect(rows.map((r) => r.table).sort()).toEqual([
      'customer_interaction_summary',
      'customer_interaction_total',
      'customer_rollup_day',
      'experiment_assignment',
      'impression',
      'interaction_history',
      'metric_value',
      'schema_record',
    ]);
    for (const row of rows)
      expect({ table: row.table, first: row.columns[0] }).toEqual({ table: row.table, first: 'customer_id' });
    const events = rows.filter((r) => ['interaction_history', 'impression'].includes(r.table));
    expect(events).toHaveLength(2);
    for (const row of events) expect(row.columns).toContain('occurred_at');
  });

  it('partitions the event tables by range of occurred_at, with a default partition', async () => {
    const rows: { table: string; key: string; partitions: string[] }[] = await dataSource.query(`
      SELECT p.partrelid::regclass::text AS table, pg_get_partkeydef(p.partrelid) AS key,
             array_agg(c.relname::text ORDER BY c.relname) AS partitions
      FROM pg_partitioned_table p
      JOIN pg_inherits i ON i.inhparent = p.partrelid
      JOIN pg_class c ON c.oid = i.inhrelid
      GROUP BY p.partrelid`);
    expect(rows.map(({ table, key }) => ({ table, key })).sort((a, b) => a.table.localeCompare(b.table))).toEqual([
      { table: 'impression', key: 'RANGE (occurred_at)' },
      { table: 'interaction_history', key: 'RANGE (occurred_at)' },
    ]);
    for (const row of rows) {
      expect(row.partitions).toContain(`${row.table}_default`);
      // this month and the next, made by the migration
      expect(row.partitions.filter((name) => /_p\d{4}_\d{2}$/.test(name)).length).toBeGreaterThanOrEqual(2);
    }
  });
});
