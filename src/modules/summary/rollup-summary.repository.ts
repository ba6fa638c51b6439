import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { LiveSummaryRepository } from './live-summary.repository.js';
import { BUCKET_ORIGIN, COUNT_BY_TYPE } from './summary-rollup.sql.js';
import {
  type ActionCounts,
  type ChannelCounts,
  type CustomerCounts,
  type GroupedCounts,
  SummarySource,
  type SummaryWindow,
  type TreatmentCounts,
} from './summary-source.js';
import {
  counts,
  type Counted,
  type CountedCustomer,
  toActionCounts,
  toChannelCounts,
  toTreatmentCounts,
} from './summary-rows.js';
import { topCustomers, type CustomerTotal, type VisitedCustomer } from './top-customers.js';

/** How far the rollups reach: they hold exactly the history rows with seq <= watermark. */
export interface RollupState {
  /** A bigint, as node-postgres hands it over. */
  watermark: string;
  refreshedAt: Date;
}

/**
 * The first statement of a read from the rollups: their state, undefined until their first
 * refresh. Run it in the REPEATABLE READ transaction whose later statements use it, so that
 * they see the rollups as of this watermark, and pass the watermark to them as a parameter:
 * planned with its value, `seq > $watermark` is known to select the few rows since the
 * refresh (a subquery's value is unknown to the planner, which then guesses a third of the
 * table and may scan all of it).
 *
 * It also turns parallel query off for the rest of the transaction: the statements that
 * follow read a few thousand rows at most, and starting workers cost more (10–20 ms measured
 * here) than they could save.
 */
export async function startRollupRead(tx: EntityManager): Promise<RollupState | undefined> {
  const [state] = await tx.query<RollupState[]>(
    `SELECT s.watermark, s.refreshed_at AS "refreshedAt"
     FROM set_config('max_parallel_workers_per_gather', '0', true),
          summary_refresh_state s
     WHERE s.id = 1 AND s.refreshed_at IS NOT NULL`,
  );
  return state;
}

/*
 * The window is what the live source counts: occurred_at > S, S = now() - days × 24 h, no
 * upper bound. With W the watermark it is the disjoint union of
 *   (a) day buckets starting at or after FIRST_DAY (the first whole day after S), any later
 *       ones included (rows dated up to 24 h ahead land in future buckets);
 *   (b) hour buckets in [FIRST_HOUR, FIRST_DAY): the whole hours of S's day after S;
 *   (c) rows with seq <= W and S < occurred_at < FIRST_HOUR: the partial hour at the
 *       window's start (ix_interaction_history_occurred);
 *   (d) rows with seq > W and occurred_at > S: written since the last refresh
 *       (ix_interaction_history_seq).
 * A bucket is [bucket, bucket + grain), so the bucket holding S is never used: it also holds
 * S itself and the instants before it. When S falls exactly on an hour (or a day), FIRST_HOUR
 * (FIRST_DAY) is S + 1 hour (day), not S: (c) is then a whole hour of raw rows.
 *
 * $1 is the window in days, as in the live source, $2 the watermark, $3 the number of groups
 * wanted. Buckets are date_bin over the refresh's UTC origin (summary-rollup.sql.ts).
 */
const WINDOW_START = `(now() - $1::int * interval '24 hours')`;
const FIRST_HOUR = `(date_bin('1 hour', ${WINDOW_START}, ${BUCKET_ORIGIN}) + interval '1 hour')`;
const FIRST_DAY = `(date_bin('1 day', ${WINDOW_START}, ${BUCKET_ORIGIN}) + interval '1 day')`;
const WATERMARK = `$2::bigint`;

/**
 * (a) to (d) as rows of (offer_id, creative_key, four counters, raw), `raw` telling the rows
 * counted from the history from the rollups'. With `withCreative`, only interactions that
 * have a creative (treatment and channel summaries).
 */
function windowParts(withCreative: boolean): string {
  const rollupFilter = withCreative ? `AND creative_key <> ''` : '';
  const rawFilter = withCreative ? `AND creative_id IS NOT NULL` : '';
  const rollup = (grain: 'day' | 'hour', range: string) => `
    SELECT offer_id, creative_key, impressions, clicks, dismisses, conversions, false AS raw
    FROM summary_rollup_${grain}
    WHERE ${range} ${rollupFilter}`;
  const raw = (range: string) => `
    SELECT offer_id, coalesce(creative_id, '') AS creative_key, ${COUNT_BY_TYPE}, true AS raw
    FROM interaction_history
    WHERE ${range} ${rawFilter}
    GROUP BY offer_id, creative_id`;
  return [
    rollup('day', `bucket >= ${FIRST_DAY}`),
    rollup('hour', `bucket >= ${FIRST_HOUR} AND bucket < ${FIRST_DAY}`),
    raw(`occurred_at > ${WINDOW_START} AND occurred_at < ${FIRST_HOUR} AND seq <= ${WATERMARK}`),
    raw(`seq > ${WATERMARK} AND occurred_at > ${WINDOW_START}`),
  ].join('\n    UNION ALL');
}

const SUMS = `
    sum(impressions)::bigint AS impression,
    sum(clicks)::bigint AS click,
    sum(dismisses)::bigint AS dismiss,
    sum(conversions)::bigint AS "convert",
    sum(impressions + clicks + dismisses + conversions)::bigint AS total,
    bool_or(raw) AS raw`;

/**
 * Cuts `counts` (id, the counts, raw) to the limit in the live source's order, and flags on
 * every row whether raw rows counted for any group, cut or not. Groups whose counters add up
 * to 0 are not groups with interactions: left out, as live does.
 */
const TOP = `
  top AS (
    SELECT c.*, bool_or(c.raw) OVER () AS "anyRaw"
    FROM counts c
    WHERE c.total > 0
    ORDER BY c.total DESC, c.id COLLATE "C"
    LIMIT $3
  )`;

const COUNT_COLUMNS = `t.id, t.impression, t.click, t.dismiss, t."convert", t.total, t."anyRaw"`;

export const ROLLUP_ACTION_SQL = `
  WITH parts AS (${windowParts(false)}
  ),
  counts AS (SELECT offer_id AS id, ${SUMS} FROM parts GROUP BY offer_id),
  ${TOP}
  SELECT ${COUNT_COLUMNS}, o.name, o.issue, o.group_name AS "group", o.status, o.priority
  FROM top t
  JOIN offer o ON o.id = t.id
  ORDER BY t.total DESC, t.id COLLATE "C"`;

export const ROLLUP_TREATMENT_SQL = `
  WITH parts AS (${windowParts(true)}
  ),
  counts AS (SELECT creative_key AS id, ${SUMS} FROM parts GROUP BY creative_key),
  ${TOP}
  SELECT ${COUNT_COLUMNS}, cr.name, cr.offer_id AS "offerId", ch.id AS "channelId", ch.name AS "channelName"
  FROM top t
  JOIN creative cr ON cr.id = t.id
  JOIN channel ch ON ch.id = cr.channel_id
  ORDER BY t.total DESC, t.id COLLATE "C"`;

/* As live: per creative first, then creatives added up by their current channel. */
export const ROLLUP_CHANNEL_SQL = `
  WITH parts AS (${windowParts(true)}
  ),
  by_creative AS (SELECT creative_key, ${SUMS} FROM parts GROUP BY creative_key),
  counts AS (
    SELECT cr.channel_id AS id,
           sum(b.impression)::bigint AS impression, sum(b.click)::bigint AS click,
           sum(b.dismiss)::bigint AS dismiss, sum(b."convert")::bigint AS "convert",
           sum(b.total)::bigint AS total, bool_or(b.raw) AS raw
    FROM by_creative b
    JOIN creative cr ON cr.id = b.creative_key
    GROUP BY cr.channel_id
  ),
  ${TOP}
  SELECT ${COUNT_COLUMNS}, ch.name
  FROM top t
  JOIN channel ch ON ch.id = t.id
  ORDER BY t.total DESC, t.id COLLATE "C"`;

/**
 * An upper bound of the interactions in the window, about what a live aggregation would
 * read: the day buckets from the one holding S on (so up to a day too many; the hour rollup
 * is not worth reading for an estimate), plus the seq values given out since the refresh
 * (those of failed writes included). $1 days, $2 the watermark.
 */
export const WINDOW_SIZE_SQL = `
  SELECT (SELECT coalesce(sum(impressions + clicks + dismisses + conversions), 0)
          FROM summary_rollup_day WHERE bucket >= date_bin('1 day', ${WINDOW_START}, ${BUCKET_ORIGIN}))
       + greatest(coalesce((SELECT max(seq) FROM interaction_history), 0) - ${WATERMARK}, 0) AS "windowRows"`;

/*
 * One batch of the threshold method: the customers after a position in all-time total order
 * (ix_customer_interaction_total_total, scanned backwards), and the number of interactions
 * in the window of the first $3 of them: an index-only range scan of pk_interaction_history
 * (customer_id, occurred_at, id) each, no heap access (visibility map permitting). $1 days,
 * $2 how many customers, $3 how many of them to count, then the position ($4 total, $5
 * customer id) when there is one.
 */
function customerBatchSql(after: boolean): string {
  return `
  WITH visit AS (
    SELECT customer_id, total
    FROM customer_interaction_total
    ${after ? 'WHERE (total, customer_id) < ($4::bigint, $5::varchar)' : ''}
    ORDER BY total DESC, customer_id DESC
    LIMIT $2
  ),
  counted AS (
    SELECT customer_id, count(*) AS in_window
    FROM interaction_history
    WHERE customer_id = ANY (ARRAY(SELECT customer_id FROM visit ORDER BY total DESC, customer_id DESC LIMIT $3))
      AND occurred_at > now() - $1::int * interval '24 hours'
    GROUP BY customer_id
  )
  SELECT v.customer_id AS "customerId", v.total, coalesce(c.in_window, 0) AS "inWindow"
  FROM visit v
  LEFT JOIN counted c ON c.customer_id = v.customer_id
  ORDER BY v.total DESC, v.customer_id DESC`;
}
const FIRST_CUSTOMER_BATCH_SQL = customerBatchSql(false);
const NEXT_CUSTOMER_BATCH_SQL = customerBatchSql(true);

/** How many customers have at least $1 interactions all-time: an index-only range count. */
const CUSTOMERS_AT_LEAST_SQL = `SELECT count(*) AS customers FROM customer_interaction_total WHERE total >= $1::bigint`;

/**
 * The window's counts of the customers found ($2, ids), in the row shape of the live
 * source; only these customers' rows are read from the heap. $1 days.
 */
const CUSTOMER_COUNTS_SQL = `
  SELECT customer_id AS "customerId",
         count(*) FILTER (WHERE interaction_type = 'impression') AS impression,
         count(*) FILTER (WHERE interaction_type = 'click') AS click,
         count(*) FILTER (WHERE interaction_type = 'dismiss') AS dismiss,
         count(*) FILTER (WHERE interaction_type = 'convert') AS "convert",
         count(*) AS total,
         count(DISTINCT offer_id) AS "uniqueActions"
  FROM interaction_history
  WHERE customer_id = ANY ($2::text[])
    AND occurred_at > now() - $1::int * interval '24 hours'
  GROUP BY customer_id`;

/** How the customer summary's threshold method is tuned (tests make the batches small). */
export interface CustomerSummaryTuning {
  /** Customers counted by the first batch (at least the rows wanted); later batches double, up to maxBatch. */
  firstBatch: number;
  maxBatch: number;
  /** Windows estimated at no more rows than this are aggregated on the fly right away. */
  liveBelowRows: number;
  /**
   * Visiting a customer costs about as much as aggregating this many rows on the fly: the
   * visit gives up for live aggregation after windowRows / rowsPerVisit customers.
   */
  rowsPerVisit: number;
}

export const CUSTOMER_SUMMARY_TUNING = Symbol('CUSTOMER_SUMMARY_TUNING');

/*
 * Measured at 1M rows (100k customers, the demo seeder's skew): visiting a customer (one
 * index-only range scan in a batch) costs ~13 µs, a live aggregation ~1.5–2.5 µs per row of
 * the window. So the visit gives up when it has cost about what the live aggregation will:
 * the worst case is about twice the live cost; windows holding most of the heavy customers'
 * activity (a week and more here) stop after a few hundred customers.
 */
const DEFAULT_TUNING: CustomerSummaryTuning = {
  firstBatch: 250,
  maxBatch: 2000,
  liveBelowRows: 30_000,
  rowsPerVisit: 8,
};

/**
 * Interaction summaries from the materialized rollups, exact: every answer equals what the
 * live source gives at the same instant (summary-exactness.e2e-spec.ts checks it on random
 * histories). Action, treatment and channel read the rollups for the whole buckets of the
 * window and the history for the rest: the state, then one statement, in one REPEATABLE
 * READ transaction; `source` is `materialized` when no history row counted, `mixed`
 * otherwise.
 *
 * Customers are found by the threshold method (top-customers.ts) over the exact
 * per-customer totals, each visited customer's window counted from the history: the numbers
 * are aggregated for the request and no rollup is involved, so the answer is `live` (and
 * `refreshedAt` null). A window too thinly spread for the method (e.g. the last day) is
 * aggregated on the fly instead, which is then the cheaper way.
 *
 * Until the first refresh, every summary is the live source's.
 */
@Injectable()
export class RollupSummaryRepository extends SummarySource {
  private readonly tuning: CustomerSummaryTuning;

  constructor(
    private readonly db: DataSource,
    private readonly live: LiveSummaryRepository,
    @Optional() @Inject(CUSTOMER_SUMMARY_TUNING) tuning?: Partial<CustomerSummaryTuning>,
  ) {
    super();
    this.tuning = { ...DEFAULT_TUNING, ...tuning };
  }

  async countByAction(window: SummaryWindow): Promise<GroupedCounts<ActionCounts>> {
    const answer = await this.fromRollups<Counted<ActionCounts>>(ROLLUP_ACTION_SQL, window);
    if (answer === undefined) return this.live.countByAction(window);
    return {
      ...answer,
      rows: answer.rows.map(toActionCounts),
    };
  }

  async countByTreatment(window: SummaryWindow): Promise<GroupedCounts<TreatmentCounts>> {
    const answer = await this.fromRollups<Counted<TreatmentCounts>>(ROLLUP_TREATMENT_SQL, window);
    if (answer === undefined) return this.live.countByTreatment(window);
    return {
      ...answer,
      rows: answer.rows.map(toTreatmentCounts),
    };
  }

  async countByChannel(window: SummaryWindow): Promise<GroupedCounts<ChannelCounts>> {
    const answer = await this.fromRollups<Counted<ChannelCounts>>(ROLLUP_CHANNEL_SQL, window);
    if (answer === undefined) return this.live.countByChannel(window);
    return { ...answer, rows: answer.rows.map(toChannelCounts) };
  }

  async countByCustomer(window: SummaryWindow): Promise<GroupedCounts<CustomerCounts>> {
    // One snapshot and one now() for the estimate, every batch and the counts.
    const rows = await this.db.transaction('REPEATABLE READ', async (tx) => {
      const state = await startRollupRead(tx);
      if (state === undefined) return undefined;
      const [{ windowRows }] = await tx.query<{ windowRows: string }[]>(WINDOW_SIZE_SQL, [
        window.days,
        state.watermark,
      ]);
      if (Number(windowRows) <= this.tuning.liveBelowRows) return undefined;
      const top = await topCustomers(
        {
          next: (after, count, countWindow) => this.customerBatch(tx, window.days, after, count, countWindow),
          countAtLeast: async (total) => {
            const [{ customers }] = await tx.query<{ customers: string }[]>(CUSTOMERS_AT_LEAST_SQL, [total]);
            return Number(customers);
          },
        },
        {
          want: window.limit,
          firstBatch: Math.min(this.tuning.maxBatch, Math.max(this.tuning.firstBatch, window.limit)),
          maxBatch: this.tuning.maxBatch,
          maxVisited: Math.ceil(Number(windowRows) / this.tuning.rowsPerVisit),
        },
      );
      return top === undefined ? undefined : this.customerCounts(tx, window.days, top);
    });
    if (rows === undefined) return this.live.countByCustomer(window);
    return { rows, source: 'live', refreshedAt: null };
  }

  private async customerBatch(
    tx: EntityManager,
    days: number,
    after: CustomerTotal | undefined,
    count: number,
    countWindow: number,
  ): Promise<VisitedCustomer[]> {
    const rows = await tx.query<{ customerId: string; total: string; inWindow: string }[]>(
      after === undefined ? FIRST_CUSTOMER_BATCH_SQL : NEXT_CUSTOMER_BATCH_SQL,
      after === undefined ? [days, count, countWindow] : [days, count, countWindow, after.total, after.customerId],
    );
    return rows.map((row, i) => ({
      customerId: row.customerId,
      total: Number(row.total),
      inWindow: i < countWindow ? Number(row.inWindow) : undefined,
    }));
  }

  /** The counts of the customers found, in their order (the same snapshot: the same totals). */
  private async customerCounts(tx: EntityManager, days: number, top: CustomerTotal[]): Promise<CustomerCounts[]> {
    if (top.length === 0) return [];
    const rows = await tx.query<CountedCustomer[]>(CUSTOMER_COUNTS_SQL, [days, top.map((c) => c.customerId)]);
    const byId = new Map(rows.map((row) => [row.customerId, row]));
    return top.map(({ customerId }) => {
      const row = byId.get(customerId);
      if (row === undefined) throw new Error(`customer summary: ${customerId} has no interactions in the window`);
      return { customerId, ...counts(row), uniqueActions: Number(row.uniqueActions) };
    });
  }

  /** A rollup statement's rows, and how they were obtained; undefined before the first refresh. */
  private fromRollups<Row>(sql: string, window: SummaryWindow): Promise<GroupedCounts<Row> | undefined> {
    return this.db.transaction('REPEATABLE READ', async (tx) => {
      const state = await startRollupRead(tx);
      if (state === undefined) return undefined;
      const rows = await tx.query<(Row & { anyRaw: boolean })[]>(sql, [window.days, state.watermark, window.limit]);
      return {
        rows,
        // Every row carries the flag for all groups, those cut by the limit included.
        source: rows[0]?.anyRaw === true ? 'mixed' : 'materialized',
        refreshedAt: state.refreshedAt,
      };
    });
  }
}
