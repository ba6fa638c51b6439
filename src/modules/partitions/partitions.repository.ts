import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ROLLUP_LOCK } from '../../database/advisory-locks.js';
import { LIFT_STATEMENT_TIMEOUT_FOR_TRANSACTION } from '../../database/statement-timeout.js';
import { COUNTERS, COUNT_BY_TYPE, SUM_COUNTERS } from '../summary/summary-rollup.sql.js';
import { addMonths, monthOfPartition, partitionName } from './months.js';

/** The tables partitioned by month of occurred_at (migration 1795880800000). */
export const EVENT_TABLES = ['interaction_history', 'impression'] as const;
export type EventTable = (typeof EVENT_TABLES)[number];

/**
 * How long maintenance waits for a table lock before giving up until the next run. While it
 * waits, writes queue behind it, so the wait is short; a run that gives up changes nothing.
 */
const LOCK_WAIT = '5s';

/** A timestamptz literal of a month boundary (generated here, never from input). */
function boundary(month: Date): string {
  return `TIMESTAMPTZ '${month.toISOString()}'`;
}

/**
 * The SQL of partition maintenance. Every method is one transaction that takes the event
 * table's lock first, so that no row is written into a range while it moves; steps are
 * idempotent: each re-checks, under that lock, what another instance may already have done.
 */
@Injectable()
export class PartitionsRepository {
  constructor(private readonly db: DataSource) {}

  /** The months that have a partition of their own, oldest first. */
  months(table: EventTable): Promise<Date[]> {
    return this.monthsIn(this.db.manager, table);
  }

  /** The months of the rows in the default partition (rows no month partition took). */
  async defaultMonths(table: EventTable): Promise<Date[]> {
    const rows = await this.db.query<{ month: Date }[]>(
      `SELECT DISTINCT date_trunc('month', occurred_at, 'UTC') AS month FROM ${table}_default ORDER BY 1`,
    );
    return rows.map((row) => row.month);
  }

  /**
   * Makes the partition of `month`, moving the default partition's rows of that month into
   * it (their seq too: the rollups, which count rows by seq, are unchanged). Returns the
   * number of rows moved, or null when the partition existed already.
   *
   * Under ACCESS EXCLUSIVE, reads included: a query that had planned its partitions before
   * the new one was attached, but took its snapshot after, would see the rows gone from the
   * default partition and not read the new one (the interaction history e2e test caught
   * totals short by the rows being moved). Making an empty month takes milliseconds; moving
   * a backfill holds reads for as long as the copy.
   */
  createMonth(table: EventTable, month: Date): Promise<number | null> {
    return this.maintenance(table, { mode: 'ACCESS EXCLUSIVE', lockRollups: false }, async (tx) => {
      const name = partitionName(table, month);
      if (await exists(tx, name)) return null;
      const [from, to] = [boundary(month), boundary(addMonths(month, 1))];
      await tx.query(`CREATE TABLE ${name} (LIKE ${table} INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`);
      const [{ moved }] = await tx.query<{ moved: number }[]>(`
        WITH moved AS (
          DELETE FROM ${table}_default WHERE occurred_at >= ${from} AND occurred_at < ${to} RETURNING *
        ), inserted AS (INSERT INTO ${name} SELECT * FROM moved RETURNING 1)
        SELECT count(*)::int AS moved FROM inserted`);
      // Builds the partitioned table's indexes on it, and checks the default partition holds
      // no row of the month any more.
      await tx.query(`ALTER TABLE ${table} ATTACH PARTITION ${name} FOR VALUES FROM (${from}) TO (${to})`);
      return moved;
    });
  }

  /**
   * Drops the partition of an expired `month`; for interaction_history, with everything
   * derived from its rows, in the same transaction, so that every summary, total and profile
   * still equals an aggregation of the history that is left. Returns the rows dropped, or
   * null when there was no such partition.
   */
  dropMonth(table: EventTable, month: Date): Promise<number | null> {
    const derived = table === 'interaction_history';
    // Reads go on while the derived counters are adjusted; the DROP at the end takes the
    // table ACCESS EXCLUSIVE for the moment of its commit.
    return this.maintenance(table, { mode: 'SHARE ROW EXCLUSIVE', lockRollups: derived }, async (tx) => {
      const name = partitionName(table, month);
      if (!(await exists(tx, name))) return null;
      const [{ rows }] = await tx.query<{ rows: number }[]>(`SELECT count(*)::int AS rows FROM ${name}`);
      if (derived) await this.forgetHistory(tx, name, month);
      await tx.query(`DROP TABLE ${name}`);
      return rows;
    });
  }

  /**
   * Takes the rows of partition `name` (the month `month`) out of what is derived from them:
   * - the rollups, which hold exactly the rows with seq <= watermark: their buckets of the
   *   month go whole (hour and day buckets never straddle a month), and the all-time totals
   *   lose what the month's day buckets held;
   * - the per-customer counters that ingest keeps exact (all rows): counts subtracted, a
   *   customer/offer row left at zero deleted. The last interaction of the others stays, as
   *   the month dropped is the oldest: only a pair whose last interaction was in it and that
   *   still has rows (older ones, in the default partition) has it read again.
   * Runs under the rollups' lock, exclusive (no refresh or erasure in between), and the
   * table lock of `maintenance` (no writes).
   */
  private async forgetHistory(tx: EntityManager, name: string, month: Date): Promise<void> {
    const [from, to] = [boundary(month), boundary(addMonths(month, 1))];
    await tx.query(`
      MERGE INTO summary_rollup_total AS r
      USING (SELECT offer_id, creative_key, ${SUM_COUNTERS}
             FROM summary_rollup_day WHERE bucket >= ${from} AND bucket < ${to}
             GROUP BY offer_id, creative_key) AS d
      ON r.offer_id = d.offer_id AND r.creative_key = d.creative_key
      WHEN MATCHED AND ${COUNTERS.map((c) => `r.${c} = d.${c}`).join(' AND ')} THEN DELETE
      WHEN MATCHED THEN UPDATE SET ${COUNTERS.map((c) => `${c} = r.${c} - d.${c}`).join(', ')}`);
    for (const rollup of ['summary_rollup_hour', 'summary_rollup_day', 'customer_rollup_day']) {
      await tx.query(`DELETE FROM ${rollup} WHERE bucket >= ${from} AND bucket < ${to}`);
    }
    await tx.query(
      `UPDATE summary_refresh_state SET rollup_version = nextval('summary_rollup_version_seq') WHERE id = 1`,
    );

    // The month's counts per customer and offer, each with whether its counter goes to zero
    // and whether its last interaction is in the month (read in one join).
    await tx.query(`
      CREATE TEMPORARY TABLE expiring ON COMMIT DROP AS
      SELECT e.*, ${COUNTERS.map((c) => `s.${c} = e.${c}`).join(' AND ')} AS emptied,
             s.last_interaction_at < ${to} AS last_gone
      FROM (SELECT customer_id, offer_id, ${COUNT_BY_TYPE} FROM ${name} GROUP BY customer_id, offer_id) e
      JOIN customer_interaction_summary s ON s.customer_id = e.customer_id AND s.offer_id = e.offer_id`);
    // A temporary table has no statistics until analyzed: guessed at a tenth of its size,
    // the joins below were planned as nested loops.
    await tx.query(`ANALYZE expiring`);
    await tx.query(`
      MERGE INTO customer_interaction_summary AS s
      USING expiring AS e ON s.customer_id = e.customer_id AND s.offer_id = e.offer_id
      WHEN MATCHED AND e.emptied THEN DELETE
      WHEN MATCHED THEN UPDATE SET ${COUNTERS.map((c) => `${c} = s.${c} - e.${c}`).join(', ')}`);
    await tx.query(`
      UPDATE customer_interaction_summary AS s SET last_interaction_at = (
        SELECT max(h.occurred_at) FROM interaction_history h
        WHERE h.customer_id = s.customer_id AND h.offer_id = s.offer_id
          AND NOT (h.occurred_at >= ${from} AND h.occurred_at < ${to}))
      FROM expiring e
      WHERE e.customer_id = s.customer_id AND e.offer_id = s.offer_id AND e.last_gone AND NOT e.emptied`);
    await tx.query(`
      MERGE INTO customer_interaction_total AS t
      USING (SELECT customer_id, sum(${COUNTERS.join(' + ')})::bigint AS total
             FROM expiring GROUP BY customer_id) AS e
      ON t.customer_id = e.customer_id
      WHEN MATCHED AND t.total = e.total THEN DELETE
      WHEN MATCHED THEN UPDATE SET total = t.total - e.total`);
  }

  /** The months that have a partition of their own, oldest first, read in the transaction. */
  private async monthsIn(tx: EntityManager, table: EventTable): Promise<Date[]> {
    const rows = await tx.query<{ name: string }[]>(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
       WHERE i.inhparent = $1::regclass`,
      [table],
    );
    return rows
      .map((row) => monthOfPartition(table, row.name))
      .filter((month): month is Date => month !== undefined)
      .sort((a, b) => a.getTime() - b.getTime());
  }

  /**
   * One transaction under the table's lock in `mode` (SHARE ROW EXCLUSIVE waits for the
   * writes in flight and holds new ones back; reads go on) and, with `lockRollups`, the
   * rollups' lock (exclusive) taken before it: the order of advisory-locks.ts (the rollups
   * before anything a writer holds), since an erasure holds the rollups' lock, shared, when
   * it deletes rows.
   */
  private maintenance<T>(
    table: EventTable,
    options: { mode: 'SHARE ROW EXCLUSIVE' | 'ACCESS EXCLUSIVE'; lockRollups: boolean },
    work: (tx: EntityManager) => Promise<T>,
  ): Promise<T> {
    return this.db.transaction(async (tx) => {
      await tx.query(LIFT_STATEMENT_TIMEOUT_FOR_TRANSACTION);
      await tx.query(`SET LOCAL lock_timeout = '${LOCK_WAIT}'`);
      if (options.lockRollups) await tx.query(`SELECT pg_advisory_xact_lock($1, $2)`, [...ROLLUP_LOCK]);
      await tx.query(`LOCK TABLE ${table} IN ${options.mode} MODE`);
      return work(tx);
    });
  }
}

async function exists(tx: EntityManager, name: string): Promise<boolean> {
  const [{ found }] = await tx.query<{ found: boolean }[]>(`SELECT to_regclass($1) IS NOT NULL AS found`, [name]);
  return found;
}
