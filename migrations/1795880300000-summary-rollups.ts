import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Materialized interaction summaries, maintained incrementally from a watermark.
 *
 * - interaction_history.seq numbers rows in write order. A refresh aggregates the rows with
 *   seq in (old watermark, new watermark] and merges them into the rollups, never rebuilding
 *   them. The identity's sequence keeps the default CACHE 1: with a per-session cache, seq
 *   would no longer follow commit order across sessions and the write fence (see
 *   src/database/advisory-locks.ts) could not make the watermark safe.
 * - Rollups per (bucket, offer, creative) at a day grain, and at an hour grain for the ragged
 *   edges of a window; buckets are date_bin over a fixed UTC origin, so they do not depend on
 *   the session's time zone. creative_key is coalesce(creative_id, ''): interactions without
 *   a creative count for their offer too. summary_rollup_total is the all-time counter per
 *   (offer, creative), for history totals.
 * - customer_interaction_total is not a rollup: ingest, erasure and the seeder keep it exact
 *   in their own transactions. Its (total, customer_id) index, scanned backwards, visits
 *   customers by all-time total for the exact top-N method of the customer summary.
 * - summary_refresh_state is one row: the watermark and what the last refresh did.
 *
 * Rollups hold exactly the history rows with seq <= watermark (erasures subtract theirs).
 */
/**
 * Every refresh updates rollup rows in place (counters only, none indexed): room left on each
 * page lets PostgreSQL make those HOT updates, which skip the index. Measured on 1.1–1.6M rows,
 * merging 100k new rows spread over 90 days (~80k hour cells) took 1.2–1.9 s at the default
 * fillfactor 100 and 0.8–1.0 s at 70; the tables are small, the space is cheap.
 */
const ROLLUP_FILLFACTOR = 70;

export class SummaryRollups1795880300000 implements MigrationInterface {
  name = 'SummaryRollups1795880300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE interaction_history ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY`);
    // rows written since the watermark, and max(seq)
    await db.query(`CREATE INDEX ix_interaction_history_seq ON interaction_history (seq)`);

    for (const grain of ['day', 'hour']) {
      await db.query(`
        CREATE TABLE summary_rollup_${grain} (
          bucket        timestamptz  NOT NULL,
          offer_id      varchar(128) NOT NULL,
          creative_key  varchar(128) NOT NULL,
          impressions   bigint       NOT NULL DEFAULT 0,
          clicks        bigint       NOT NULL DEFAULT 0,
          dismisses     bigint       NOT NULL DEFAULT 0,
          conversions   bigint       NOT NULL DEFAULT 0,
          CONSTRAINT pk_summary_rollup_${grain} PRIMARY KEY (bucket, offer_id, creative_key)
        ) WITH (fillfactor = ${ROLLUP_FILLFACTOR})`);
    }
    await db.query(`
      CREATE TABLE summary_rollup_total (
        offer_id      varchar(128) NOT NULL,
        creative_key  varchar(128) NOT NULL,
        impressions   bigint       NOT NULL DEFAULT 0,
        clicks        bigint       NOT NULL DEFAULT 0,
        dismisses     bigint       NOT NULL DEFAULT 0,
        conversions   bigint       NOT NULL DEFAULT 0,
        CONSTRAINT pk_summary_rollup_total PRIMARY KEY (offer_id, creative_key)
      ) WITH (fillfactor = ${ROLLUP_FILLFACTOR})`);

    await db.query(`
      CREATE TABLE customer_interaction_total (
        customer_id  varchar(128) NOT NULL,
        total        bigint       NOT NULL,
        CONSTRAINT pk_customer_interaction_total PRIMARY KEY (customer_id)
      )`);
    // scanned backwards: customers by all-time total, descending
    await db.query(
      `CREATE INDEX ix_customer_interaction_total_total ON customer_interaction_total (total, customer_id)`,
    );

    await db.query(`
      CREATE TABLE summary_refresh_state (
        id              smallint    NOT NULL,
        watermark       bigint      NOT NULL DEFAULT 0,
        refreshed_at    timestamptz,
        rows_processed  bigint      NOT NULL DEFAULT 0,
        duration_ms     integer     NOT NULL DEFAULT 0,
        CONSTRAINT pk_summary_refresh_state PRIMARY KEY (id),
        CONSTRAINT ck_summary_refresh_state_single CHECK (id = 1)
      )`);
    await db.query(`INSERT INTO summary_refresh_state (id) VALUES (1)`);

    // Backfill from the per-customer summary, which ingest has kept exact so far.
    await db.query(`
      INSERT INTO customer_interaction_total (customer_id, total)
      SELECT customer_id, sum(impressions + clicks + dismisses + conversions)
      FROM customer_interaction_summary
      GROUP BY customer_id`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'summary_refresh_state',
      'customer_interaction_total',
      'summary_rollup_total',
      'summary_rollup_hour',
      'summary_rollup_day',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP INDEX ix_interaction_history_seq`);
    await db.query(`ALTER TABLE interaction_history DROP COLUMN seq`);
  }
}
