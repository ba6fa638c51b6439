import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A version of the rollups' contents, so that readers can keep what they computed from
 * them until it changes.
 *
 * summary_refresh_state.rollup_version takes a new value from the sequence in every
 * transaction that changes a rollup: a refresh (with its watermark) and an erasure (which
 * subtracts its customer's rows). It is written in that transaction, so a reader's snapshot
 * sees the version and the contents it names together. Values come from a sequence, not a
 * counter, so a version is never handed out twice, even after the state row is reset.
 */
export class SummaryRollupVersion1795880400000 implements MigrationInterface {
  name = 'SummaryRollupVersion1795880400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE SEQUENCE summary_rollup_version_seq AS bigint`);
    await db.query(`ALTER TABLE summary_refresh_state ADD COLUMN rollup_version bigint NOT NULL DEFAULT 0`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE summary_refresh_state DROP COLUMN rollup_version`);
    await db.query(`DROP SEQUENCE summary_rollup_version_seq`);
  }
}
