import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The customer summary's distinct offers in a window (uniqueActions) count the customer's
 * customer_interaction_summary rows with last_interaction_at > the window's start. A
 * customer's rows are created one by one as it meets each offer, so they sit on as many heap
 * pages as rows: measured at 10M interactions, the top 100 customers' 20k rows cost 20k page
 * visits and ~40 ms per summary (of ~75 ms in all). With (customer_id, last_interaction_at)
 * indexed they are an index-only range count: 11 ms.
 *
 * The cost is on ingest: every write moves last_interaction_at, so its counter update adds an
 * entry to this index too (and can no longer be a heap-only update; 60% of them were not one
 * already, measured on the same database).
 *
 * Building it reads the table (13 s at 10M interactions) and blocks writes meanwhile: run it
 * in a quiet window.
 */
export class CustomerSummaryLastInteraction1795880700000 implements MigrationInterface {
  name = 'CustomerSummaryLastInteraction1795880700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX ix_customer_interaction_summary_last
      ON customer_interaction_summary (customer_id, last_interaction_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ix_customer_interaction_summary_last`);
  }
}
