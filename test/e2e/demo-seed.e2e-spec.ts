import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source.options.js';
import { DemoSeeder } from '../../src/database/seed/demo-seeder.js';
import { ID_PATTERN } from '../../src/common/validation/fields.js';
import { createTestDatabase, dropTestDatabase } from '../support/database.js';

const SUMMARY_FROM_HISTORY = `
  SELECT customer_id, offer_id,
         count(*) FILTER (WHERE interaction_type = 'impression')::int AS impressions,
         count(*) FILTER (WHERE interaction_type = 'click')::int AS clicks,
         count(*) FILTER (WHERE interaction_type = 'dismiss')::int AS dismisses,
         count(*) FILTER (WHERE interaction_type = 'convert')::int AS conversions
  FROM interaction_history GROUP BY 1, 2 ORDER BY 1, 2`;
const SUMMARY_TABLE = `
  SELECT customer_id, offer_id, impressions, clicks, dismisses, conversions
  FROM customer_interaction_summary ORDER BY 1, 2`;
const SCHEMA_OBJECTS = `
  SELECT indexdef AS def FROM pg_indexes WHERE tablename = 'interaction_history'
  UNION ALL
  SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'interaction_history'::regclass
  ORDER BY 1`;

describe('demo data', () => {
  let url: string;
  let db: DataSource;

  beforeAll(async () => {
    url = await createTestDatabase();
    db = new DataSource(dataSourceOptions({ url, poolSize: 2 }));
    await db.initialize();
  });
  afterAll(async () => {
    await db.destroy();
    await dropTestDatabase(url);
  });

  it('seeds a believable, consistent data set', async () => {
    const progress: number[] = [];
    const result = await new DemoSeeder(db).seed({
      customers: 200,
      interactions: 20_000,
      chunkSize: 5_000,
      bulk: 'never',
      onProgress: (done) => progress.push(done),
    });
    expect(progress).toEqual([5_000, 10_000, 15_000, 20_000]);
    expect(result).toMatchObject({ customers: 200, interactions: 20_000, channels: 5 });

    const [counts] = await db.query(`
      SELECT (SELECT count(*) FROM interaction_history)::int AS interactions,
             (SELECT count(DISTINCT customer_id) FROM schema_record WHERE table_name = 'customers')::int AS customers,
             (SELECT count(*) FROM schema_record WHERE table_name = 'preferences')::int AS preferences,
             (SELECT count(*) FROM metric_value)::int AS metric_values,
             (SELECT count(*) FROM experiment_assignment)::int AS assignments,
             (SELECT count(*) FROM segment)::int AS segments,
             (SELECT count(*) FROM channel)::int AS channels,
             (SELECT count(*) FROM offer)::int AS offers,
             (SELECT count(*) FROM creative)::int AS creatives`);
    expect(counts).toMatchObject({ interactions: 20_000, customers: 200, preferences: 200, metric_values: 600 });
    expect(counts.assignments).toBe(200);
    expect(counts.segments).toBeGreaterThanOrEqual(3);
    expect(counts.channels).toBeGreaterThanOrEqual(3);
    expect(counts.channels).toBeLessThanOrEqual(5);
    expect(counts.offers).toBeGreaterThanOrEqual(20);

    // Funnel: impressions ≫ clicks > converts; dismisses in between.
    const funnel = Object.fromEntries(
      (
        await db.query<{ type: string; n: number }[]>(
          `SELECT interaction_type AS type, count(*)::int AS n FROM interaction_history GROUP BY 1`,
        )
      ).map((r) => [r.type, r.n]),
    );
    expect(funnel.impression).toBeGreaterThan(3 * funnel.click);
    expect(funnel.click).toBeGreaterThan(funnel.convert);
    expect(funnel.dismiss).toBeGreaterThan(funnel.convert);

    // Spread over 90 days, skewed across customers, ids the API accepts, CUST001 present.
    const [shape] = await db.query(`
      SELECT min(occurred_at) > now() - interval '90 days 1 minute' AS within_90_days,
             max(occurred_at) <= now() AS not_future,
             max(occurred_at) - min(occurred_at) > interval '80 days' AS spread,
             (SELECT max(n) FROM (SELECT count(*) AS n FROM interaction_history GROUP BY customer_id) c) AS heaviest,
             (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY n) FROM
                (SELECT count(*) AS n FROM interaction_history GROUP BY customer_id) c) AS median
      FROM interaction_history`);
    expect(shape).toMatchObject({ within_90_days: true, not_future: true, spread: true });
    expect(Number(shape.heaviest)).toBeGreaterThan(5 * Number(shape.median));
    const ids = await db.query<{ customer_id: string; id: string }[]>(
      `SELECT customer_id, id FROM interaction_history TABLESAMPLE SYSTEM (5)`,
    );
    for (const row of ids) {
      expect(row.customer_id).toMatch(ID_PATTERN);
      expect(row.id).toMatch(ID_PATTERN);
    }
    const [cust001] = await db.query(
      `SELECT data FROM schema_record WHERE customer_id = 'CUST001' AND table_name = 'customers'`,
    );
    expect(cust001.data).toMatchObject({ email: expect.stringContaining('@example.com'), tier: expect.any(String) });

    expect(await db.query(SUMMARY_TABLE)).toEqual(await db.query(SUMMARY_FROM_HISTORY));
  });

  it('bulk mode rebuilds exactly the indexes and keys it dropped, and the summary stays exact', async () => {
    const before = await db.query(SCHEMA_OBJECTS);
    await new DemoSeeder(db).seed({ customers: 200, interactions: 10_000, chunkSize: 4_000, bulk: 'always' });
    expect(await db.query(SCHEMA_OBJECTS)).toEqual(before);
    expect(await db.query(SUMMARY_TABLE)).toEqual(await db.query(SUMMARY_FROM_HISTORY));
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM interaction_history`);
    expect(n).toBe(30_000);
    const diff = await db.driver.createSchemaBuilder().log();
    expect(diff.upQueries).toEqual([]);
  });

  it('`npm run seed` loads the database named by DATABASE_URL', async () => {
    const target = await createTestDatabase();
    try {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['dist/src/cli/seed.js', '--customers', '30', '--interactions', '1000'],
        { env: { ...process.env, DATABASE_URL: target } },
      );
      expect(stdout).toMatch(/Seeded 30 customers, .* and 1000 interactions/);
      const other = new DataSource(dataSourceOptions({ url: target, poolSize: 1 }));
      await other.initialize();
      const [{ n }] = await other.query(`SELECT count(*)::int AS n FROM interaction_history`);
      await other.destroy();
      expect(n).toBe(1000);
    } finally {
      await dropTestDatabase(target);
    }
  });

  it('`npm run seed` rejects bad arguments with one line', async () => {
    await expect(
      promisify(execFile)(process.execPath, ['dist/src/cli/seed.js', '--customers', 'many'], {
        env: { ...process.env, DATABASE_URL: url },
      }),
    ).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/--customers must be a whole number/) });
  });
});
