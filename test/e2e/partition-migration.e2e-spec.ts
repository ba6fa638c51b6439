/**
 * Migration 1795880800000 on a database that already holds events: every row (seq included)
 * survives the move into monthly partitions and back out of them, the identity goes on from
 * where it stopped, and the tables keep their keys and index names. (The bench database of
 * 1M interactions went through the same migration: docs/scaling.md "Partitions".)
 */
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source.options.js';
import { MIGRATIONS } from '../../src/database/migrations.js';
import { createTestDatabase, dropTestDatabase } from '../support/database.js';

const PARTITIONING_AT = MIGRATIONS.findIndex((migration) => migration.name === 'MonthlyEventPartitions1795880800000');
const PARTITIONING = MIGRATIONS[PARTITIONING_AT];
/** The migrations up to it. */
const UP_TO_PARTITIONING = MIGRATIONS.slice(0, PARTITIONING_AT + 1);

/** Every column of every row, in one fingerprint, and the things that must not change. */
const HISTORY_FINGERPRINT = `
  SELECT count(*)::int AS rows, max(seq)::text AS "maxSeq",
         md5(string_agg(concat_ws('|', customer_id, id, offer_id, creative_id, interaction_type,
                                  occurred_at, recorded_at, seq), ',' ORDER BY seq)) AS digest
  FROM interaction_history`;
const IMPRESSION_FINGERPRINT = `
  SELECT count(*)::int AS rows,
         md5(string_agg(concat_ws('|', customer_id, id, offer_id, creative_id, placement, occurred_at, recorded_at),
                        ',' ORDER BY customer_id, id)) AS digest
  FROM impression`;
const INDEXES = `
  SELECT c.relname AS table, i.relname AS index, pg_get_indexdef(i.oid) ~ 'UNIQUE' AS "unique"
  FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid
  WHERE c.relname IN ('interaction_history', 'impression') ORDER BY 1, 2`;

describe('partitioning migration on a database with events', () => {
  let url: string;
  let db: DataSource;

  const fingerprints = async () => ({
    history: (await db.query(HISTORY_FINGERPRINT))[0],
    impressions: (await db.query(IMPRESSION_FINGERPRINT))[0],
  });
  const kind = async (table: string) =>
    (await db.query<{ kind: string }[]>(`SELECT relkind AS kind FROM pg_class WHERE oid = $1::regclass`, [table]))[0]
      .kind;

  beforeAll(async () => {
    url = await createTestDatabase({ migrated: false });
    // Migrated up to the one before partitioning.
    db = new DataSource({
      ...dataSourceOptions({ url, poolSize: 2, applicationName: 'partition-migration' }),
      migrations: MIGRATIONS.slice(0, PARTITIONING_AT),
    });
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    // 20,000 interactions over seven months (a leap-year February and a year's end among
    // them) and 2,000 impressions; one identity value burnt by a rolled-back insert.
    await db.query(
      `INSERT INTO offer (id, name, issue, group_name, status, priority) VALUES ('o1', 'O', 'I', 'G', 'active', 1)`,
    );
    await db.query(`
      INSERT INTO interaction_history (customer_id, id, offer_id, creative_id, interaction_type, occurred_at)
      SELECT 'C' || (g % 500), 'ih_' || g, 'o1', NULL,
             (ARRAY['impression', 'click', 'dismiss', 'convert']::interaction_type[])[1 + g % 4],
             TIMESTAMPTZ '2023-11-15 00:00:00+00' + (g * interval '15 minutes')
      FROM generate_series(1, 20000) g`);
    await db.query(`
      INSERT INTO impression (customer_id, id, offer_id, placement, occurred_at)
      SELECT 'C' || (g % 500), 'imp_' || g, 'o1', 'hero', TIMESTAMPTZ '2023-12-31 23:00:00+00' + g * interval '1 hour'
      FROM generate_series(1, 2000) g`);
    await db
      .transaction(async (tx) => {
        await tx.query(
          `INSERT INTO interaction_history (customer_id, id, offer_id, interaction_type, occurred_at)
           VALUES ('C1', 'burnt', 'o1', 'click', now())`,
        );
        throw new Error('rolled back on purpose');
      })
      .catch(() => undefined);
  });

  afterAll(async () => {
    await db?.destroy();
    if (url) await dropTestDatabase(url);
  });

  it('moves every row into its month, keeps keys and index names, and the identity goes on', async () => {
    const before = await fingerprints();
    const indexes = await db.query(INDEXES);
    const [{ last }] = await db.query<{ last: string }[]>(
      `SELECT last_value::text AS last FROM interaction_history_seq_seq`,
    );
    expect(before.history.rows).toBe(20_000);
    expect(BigInt(last)).toBe(20_001n); // the burnt value

    const partitioned = new DataSource({ ...db.options, migrations: UP_TO_PARTITIONING });
    await partitioned.initialize();
    try {
      const applied = await partitioned.runMigrations({ transaction: 'each' });
      expect(applied.map((migration) => migration.name)).toEqual([PARTITIONING.name]);
    } finally {
      await partitioned.destroy();
    }

    expect(await kind('interaction_history')).toBe('p');
    expect(await kind('impression')).toBe('p');
    expect(await fingerprints()).toEqual(before);
    // Same names on the partitioned tables (their partitions carry their own).
    expect(await db.query(INDEXES)).toEqual(indexes);
    // Every row in its month's partition, none in the default ones.
    const misplaced = await db.query(`
      SELECT tableoid::regclass::text AS partition, count(*)::int AS n FROM interaction_history
      WHERE tableoid::regclass::text <> 'interaction_history_p' || to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY_MM')
      GROUP BY 1`);
    expect(misplaced).toEqual([]);
    const months = await db.query<{ n: number }[]>(`
      SELECT count(*)::int AS n FROM pg_inherits WHERE inhparent = 'interaction_history'::regclass
        AND inhrelid::regclass::text ~ '^interaction_history_p2024_0[12]$'`);
    expect(months[0].n).toBe(2);
    // The next row's seq comes after every value handed out before, the burnt one included.
    const [{ seq }] = await db.query<{ seq: string }[]>(
      `INSERT INTO interaction_history (customer_id, id, offer_id, interaction_type, occurred_at)
       VALUES ('C1', 'after', 'o1', 'click', now()) RETURNING seq::text`,
    );
    expect(BigInt(seq)).toBe(20_002n);
    await db.query(`DELETE FROM interaction_history WHERE id = 'after'`);
  });

  it('reverts to plain tables with every row', async () => {
    const partitionedPrints = await fingerprints();
    const reverting = new DataSource({ ...db.options, migrations: UP_TO_PARTITIONING });
    await reverting.initialize();
    try {
      await reverting.undoLastMigration({ transaction: 'each' });
    } finally {
      await reverting.destroy();
    }
    expect(await kind('interaction_history')).toBe('r');
    expect(await kind('impression')).toBe('r');
    expect(await fingerprints()).toEqual(partitionedPrints);
    const [{ seq }] = await db.query<{ seq: string }[]>(
      `INSERT INTO interaction_history (customer_id, id, offer_id, interaction_type, occurred_at)
       VALUES ('C1', 'reverted', 'o1', 'click', now()) RETURNING seq::text`,
    );
    expect(BigInt(seq)).toBe(20_003n);
  });
});
