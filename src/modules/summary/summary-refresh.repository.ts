import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ROLLUP_LOCK, WRITE_FENCE_LOCK } from '../../database/advisory-locks.js';
import { LIFT_STATEMENT_TIMEOUT_FOR_TRANSACTION } from '../../database/statement-timeout.js';
import { COUNTERS, ROLLUP_TABLES, customerDailyCountsSql, deltasFor, hourlyCountsSql } from './summary-rollup.sql.js';

/** What a refresh wrote into summary_refresh_state, and when it held the rollups' lock. */
export interface RecordedRefresh {
  /** bigint, as text. */
  watermark: string;
  rowsProcessed: number;
  durationMs: number;
  refreshedAt: Date;
  startedAt: Date;
  finishedAt: Date;
}

/**
 * Merges the rows with seq in ($1, $2] into the rollups in one statement: one aggregation of
 * the raw rows at the hour grain (a range scan of ix_interaction_history_seq), summed up to
 * days and all-time totals, and one per customer and day, each merged with INSERT … ON
 * CONFLICT DO UPDATE in key order (the upserts then walk each rollup's primary key and heap
 * in order: measured at 10M rows, 100k new rows' hour and day merges took 1.18 and 0.59 s
 * unordered, 0.92 and 0.53 s ordered). A late row (an old occurred_at written now) lands in its own old
 * bucket. Returns the number of rows merged.
 */
const MERGE_NEW_ROWS = `
  WITH hourly AS (${hourlyCountsSql('seq > $1::bigint AND seq <= $2::bigint')}),
  ${ROLLUP_TABLES.map(
    ({ table, keys }, i) => `merged_${i} AS (
      INSERT INTO ${table} AS t (${keys.join(', ')}, ${COUNTERS.join(', ')})
      ${deltasFor(table, 'hourly')}
      ORDER BY ${keys.join(', ')}
      ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${COUNTERS.map((c) => `${c} = t.${c} + EXCLUDED.${c}`).join(', ')})`,
  ).join(',\n  ')}
,
  merged_customers AS (
    INSERT INTO customer_rollup_day AS t (customer_id, bucket, ${COUNTERS.join(', ')})
    ${customerDailyCountsSql('seq > $1::bigint AND seq <= $2::bigint')}
    -- new rows of a customer side by side: a customer's window is then a few pages, not one per day
    ORDER BY customer_id, bucket
    ON CONFLICT (customer_id, bucket) DO UPDATE SET ${COUNTERS.map((c) => `${c} = t.${c} + EXCLUDED.${c}`).join(', ')})
  SELECT coalesce(sum(impressions + clicks + dismisses + conversions), 0)::bigint::text AS rows FROM hourly`;

/** How long a refresh waits for the writes in flight before giving up (see fenceWatermark). */
const FENCE_WAIT = '2s';
/** SQLSTATE of a lock wait that ran into lock_timeout. */
const LOCK_NOT_AVAILABLE = '55P03';

function sqlState(error: unknown): unknown {
  const driverError = (error as { driverError?: unknown }).driverError ?? error;
  return (driverError as { code?: unknown }).code;
}

/** The SQL of one refresh; every statement runs on the one connection of its transaction. */
export class RefreshTransaction {
  /** True from the moment the write fence may be held until it is surely released. */
  fenceMayBeHeld = false;

  constructor(private readonly manager: EntityManager) {}

  /**
   * The rollups' lock, exclusive, for the rest of the transaction: one refresh at a time
   * across every instance, and none while an erasure (which holds it shared) is adjusting
   * the rollups. `wait: false` gives up at once; false when someone else holds it.
   */
  async lockRollups(wait: boolean): Promise<boolean> {
    if (wait) {
      await this.manager.query(`SELECT pg_advisory_xact_lock($1, $2)`, [...ROLLUP_LOCK]);
      return true;
    }
    const [{ locked }] = await this.manager.query<{ locked: boolean }[]>(
      `SELECT pg_try_advisory_xact_lock($1, $2) AS locked`,
      [...ROLLUP_LOCK],
    );
    return locked;
  }

  /**
   * The watermark the rollups have reached, and the moment the refresh's locked section
   * starts: `exact` carries the microseconds a Date would drop.
   */
  async readWatermark(): Promise<{ watermark: string; startedAt: Date; startedExact: string }> {
    const [row] = await this.manager.query<{ watermark: string; startedAt: Date; startedExact: string }[]>(
      `SELECT s.watermark::text AS watermark, c.at AS "startedAt", c.at::text AS "startedExact"
       FROM summary_refresh_state s, (SELECT clock_timestamp() AS at) c
       WHERE s.id = 1`,
    );
    return row;
  }

  /**
   * The highest seq that is safe to aggregate up to: takes the write fence exclusively
   * (waiting for the interaction writes in flight, which hold it shared), reads max(seq) in
   * a statement of its own, so with a snapshot taken after the wait (READ COMMITTED), and
   * releases the fence at once. Every row with seq <= the result is committed, and any row
   * written later gets a larger seq. Session-scoped, so that it can be released before the
   * commit; if anything fails in between, the caller releases it after the rollback.
   *
   * Writes that arrive while this waits queue behind it. An ingest lasts milliseconds, but a
   * long writer (a bulk load) would hold them all up, so the wait is bounded by FENCE_WAIT:
   * null when it ran out (the transaction is then aborted; the caller gives up).
   */
  async fenceWatermark(): Promise<{ watermark: string; fencedAt: Date } | null> {
    this.fenceMayBeHeld = true;
    await this.manager.query(`SET LOCAL lock_timeout = '${FENCE_WAIT}'`);
    try {
      await this.manager.query(`SELECT pg_advisory_lock($1, $2)`, [...WRITE_FENCE_LOCK]);
    } catch (error) {
      if (sqlState(error) === LOCK_NOT_AVAILABLE) return null;
      throw error;
    }
    await this.manager.query(`SET LOCAL lock_timeout = DEFAULT`);
    const [row] = await this.manager.query<{ watermark: string; fencedAt: Date }[]>(
      `SELECT coalesce(max(seq), 0)::text AS watermark, clock_timestamp() AS "fencedAt" FROM interaction_history`,
    );
    await this.manager.query(`SELECT pg_advisory_unlock($1, $2)`, [...WRITE_FENCE_LOCK]);
    this.fenceMayBeHeld = false;
    return row;
  }

  /** Adds the rows with seq in (after, upTo] to the rollups; how many there were. */
  async mergeRows(after: string, upTo: string): Promise<number> {
    // Room for the hour-grain aggregation and its CTE in memory: 100k new rows spread over 90
    // days make ~80k groups, which spill to disk at the default 4MB.
    await this.manager.query(`SET LOCAL work_mem = '64MB'`);
    const [{ rows }] = await this.manager.query<{ rows: string }[]>(MERGE_NEW_ROWS, [after, upTo]);
    return Number(rows);
  }

  /** Writes the new watermark and what this refresh did; the last statement before the commit. */
  async record(refresh: {
    watermark: string;
    rowsProcessed: number;
    refreshedAt: Date;
    startedAt: Date;
    startedExact: string;
  }): Promise<RecordedRefresh> {
    const [row] = await this.manager.query<{ durationMs: number; finishedAt: Date }[]>(
      // A bare UPDATE … RETURNING would come back from TypeORM as [rows, count]: wrapped, it is rows.
      `WITH updated AS (
         UPDATE summary_refresh_state
         SET watermark = $1::bigint, refreshed_at = $2, rows_processed = $3,
             -- a refresh that merged nothing changed no rollup: readers keep what they computed
             rollup_version = CASE WHEN $3::bigint > 0 OR refreshed_at IS NULL THEN nextval('summary_rollup_version_seq') ELSE rollup_version END,
             duration_ms = round(extract(epoch FROM clock_timestamp() - $4::timestamptz) * 1000)::int
         WHERE id = 1
         RETURNING duration_ms AS "durationMs", clock_timestamp() AS "finishedAt"
       )
       SELECT * FROM updated`,
      [refresh.watermark, refresh.refreshedAt, refresh.rowsProcessed, refresh.startedExact],
    );
    return {
      watermark: refresh.watermark,
      rowsProcessed: refresh.rowsProcessed,
      durationMs: row.durationMs,
      refreshedAt: refresh.refreshedAt,
      startedAt: refresh.startedAt,
      finishedAt: row.finishedAt,
    };
  }
}

/** The only place the refresh's SQL lives. */
@Injectable()
export class SummaryRefreshRepository {
  private readonly logger = new Logger('SummaryRefresh');

  constructor(private readonly db: DataSource) {}

  /**
   * Runs `work` in one READ COMMITTED transaction (the fence relies on each statement taking
   * a fresh snapshot) on a connection of its own: all of it commits or none. After the
   * commit or rollback, the write fence is released if `work` may still hold it: a session
   * lock survives a rollback, and one left held would stop every interaction write.
   */
  async transaction<T>(work: (tx: RefreshTransaction) => Promise<T>): Promise<T> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    const tx = new RefreshTransaction(runner.manager);
    try {
      await runner.startTransaction('READ COMMITTED');
      try {
        // A refresh may wait for another one and merge millions of rows: longer than the app's
        // statement timeout (DATABASE_STATEMENT_TIMEOUT_MS), which is lifted for this transaction.
        await runner.query(LIFT_STATEMENT_TIMEOUT_FOR_TRANSACTION);
        const result = await work(tx);
        await runner.commitTransaction();
        return result;
      } catch (error) {
        await runner.rollbackTransaction();
        throw error;
      }
    } finally {
      if (tx.fenceMayBeHeld) await this.releaseFence(runner.manager);
      await runner.release();
    }
  }

  /** A failure here means the connection is gone, and with it the session's locks. */
  private async releaseFence(manager: EntityManager): Promise<void> {
    try {
      await manager.query(`SELECT pg_advisory_unlock($1, $2)`, [...WRITE_FENCE_LOCK]);
    } catch (error) {
      this.logger.error({ msg: 'Could not release the write fence', err: error });
    }
  }
}
