import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Day counts per customer, for the customer summary.
 *
 * The summary's top-N method (PERFORMANCE.md) visits customers by all-time total and counts
 * each one's window. Counted from the history, a heavy customer's 30 days are tens of
 * thousands of rows (216k rows in all for the heaviest at 10M): measured there, the top 100
 * took 5.6 s. From this table it is at most one row a day, plus the raw rows of the window's
 * first partial day.
 *
 * Like the other rollups it holds exactly the history rows with seq <= watermark, merged by
 * the refresh. An erasure deletes the customer's rows outright (all of them go), so no
 * subtraction is needed. Backfilled here from the rows the rollups already hold.
 */
const ROLLUP_FILLFACTOR = 70;

export class CustomerRollupDay1795880600000 implements MigrationInterface {
  name = 'CustomerRollupDay1795880600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE customer_rollup_day (
        customer_id  varchar(128) NOT NULL,
        bucket       timestamptz  NOT NULL,
        impressions  bigint       NOT NULL DEFAULT 0,
        clicks       bigint       NOT NULL DEFAULT 0,
        dismisses    bigint       NOT NULL DEFAULT 0,
        conversions  bigint       NOT NULL DEFAULT 0,
        CONSTRAINT pk_customer_rollup_day PRIMARY KEY (customer_id, bucket)
      ) WITH (fillfactor = ${ROLLUP_FILLFACTOR})`);
    await db.query(`
      INSERT INTO customer_rollup_day (customer_id, bucket, impressions, clicks, dismisses, conversions)
      SELECT customer_id, date_bin('1 day', occurred_at, TIMESTAMPTZ '2000-01-01 00:00:00+00'),
             count(*) FILTER (WHERE interaction_type = 'impression'),
             count(*) FILTER (WHERE interaction_type = 'click'),
             count(*) FILTER (WHERE interaction_type = 'dismiss'),
             count(*) FILTER (WHERE interaction_type = 'convert')
      FROM interaction_history
      WHERE seq <= (SELECT watermark FROM summary_refresh_state WHERE id = 1)
      GROUP BY 1, 2
      ORDER BY 1, 2`);
    // Statistics now, not when autovacuum gets to it: without them the reads plan a sequential scan.
    await db.query(`ANALYZE customer_rollup_day`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE customer_rollup_day`);
  }
}
