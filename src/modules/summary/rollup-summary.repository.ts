import { Inject, Injectable, Optional } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { INTERACTION_TYPES } from '../interactions/interaction.entity.js';
import { LiveSummaryRepository } from './live-summary.repository.js';
import { LruCache } from '../../common/lru-cache.js';
import { BUCKET_ORIGIN, COUNT_BY_TYPE, COUNTERS } from './summary-rollup.sql.js';
import {
  type ActionCounts,
  type ChannelCounts,
  type CustomerCounts,
  type GroupedCounts,
  type InteractionCounts,
  SummarySource,
  type SummaryWindow,
  type TreatmentCounts,
} from './summary-source.js';
import { type CountedCustomer, toCustomerCounts } from './summary-rows.js';
import { topCustomers, type CustomerTotal, type VisitedCustomer } from './top-customers.js';
import {
  addCells,
  type CellCounts,
  type Counters,
  rollUp,
  topGroups,
  totalOf,
  type WindowCounts,
} from './window-counts.js';

/**
 * Counts kept: whole buckets per window start hour and rollup version, and those plus the
 * window's whole raw minutes per start minute, version and watermark. A few windows (1, 7,
 * 30, 90 days) read side by side fit; an entry is ~1k groups.
 */
const BUCKET_CACHE_ENTRIES = 32;

/** How far the rollups reach: they hold exactly the history rows with seq <= watermark. */
interface RollupState {
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
async function startRollupRead(tx: EntityManager): Promise<RollupState | undefined> {
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
 *   (c) rows with seq <= W and FIRST_MINUTE <= occurred_at < FIRST_HOUR: the whole minutes
 *       of the partial hour at the window's start (ix_interaction_history_occurred);
 *   (e) rows with seq <= W and S < occurred_at < FIRST_MINUTE: the partial minute at the
 *       window's start (the same index);
 *   (d) rows with seq > W and occurred_at > S: written since the last refresh
 *       (ix_interaction_history_seq).
 * A bucket is [bucket, bucket + grain), so the bucket holding S is never used: it also holds
 * S itself and the instants before it. When S falls exactly on an hour (or a day), FIRST_HOUR
 * (FIRST_DAY) is S + 1 hour (day), not S: (c) is then a whole hour of raw rows; likewise
 * FIRST_MINUTE and (e).
 *
 * (a), (b) and (c) are what the reader keeps between requests (see windowCounts): (a) and (b)
 * change only with FIRST_HOUR and the rollups' contents, (c) with FIRST_MINUTE, the
 * watermark and the deletions (an erasure deletes rows, and starts a new rollup version in
 * the same transaction); rows with seq <= W are all committed, and no later write gets one.
 *
 * $1 is the window in days, as in the live source, $2 the watermark, $3 the number of groups
 * wanted. Buckets are date_bin over the refresh's UTC origin (summary-rollup.sql.ts).
 */
const WINDOW_START = `(now() - $1::int * interval '24 hours')`;
const FIRST_MINUTE = `(date_bin('1 minute', ${WINDOW_START}, ${BUCKET_ORIGIN}) + interval '1 minute')`;
const FIRST_HOUR = `(date_bin('1 hour', ${WINDOW_START}, ${BUCKET_ORIGIN}) + interval '1 hour')`;
const FIRST_DAY = `(date_bin('1 day', ${WINDOW_START}, ${BUCKET_ORIGIN}) + interval '1 day')`;
const WATERMARK = `$2::bigint`;

/** The four counters summed, as numbers (a bigint sum is numeric, and would arrive as text). */
const SUM_AS_NUMBERS = COUNTERS.map((c) => `sum(${c})::float8 AS ${c}`).join(', ');

/** The four counters of a group of history rows, as numbers. */
const COUNT_AS_NUMBERS = COUNTERS.map(
  (counter, i) => `count(*) FILTER (WHERE interaction_type = '${INTERACTION_TYPES[i]}')::float8 AS ${counter}`,
).join(', ');

/**
 * (a) and (b), the window's whole buckets, per offer and creative key: what the rollups say
 * about the window. They depend on FIRST_HOUR and on the rollups' contents only, so the reader
 * keeps them until either changes. $1 days.
 */
const WINDOW_BUCKETS_SQL = `
  SELECT offer_id AS "offerId", creative_key AS "creativeKey", ${SUM_AS_NUMBERS}
  FROM (
    SELECT offer_id, creative_key, ${COUNTERS.join(', ')} FROM summary_rollup_day
    WHERE bucket >= ${FIRST_DAY}
    UNION ALL
    SELECT offer_id, creative_key, ${COUNTERS.join(', ')} FROM summary_rollup_hour
    WHERE bucket >= ${FIRST_HOUR} AND bucket < ${FIRST_DAY}
  ) b
  GROUP BY offer_id, creative_key`;

/**
 * (c), the window's whole raw minutes before FIRST_HOUR, per offer and creative key. $1 days,
 * $2 the watermark.
 */
const WINDOW_MINUTES_SQL = `
  SELECT offer_id AS "offerId", coalesce(creative_id, '') AS "creativeKey", ${COUNT_AS_NUMBERS}
  FROM interaction_history
  WHERE occurred_at >= ${FIRST_MINUTE} AND occurred_at < ${FIRST_HOUR} AND seq <= ${WATERMARK}
  GROUP BY offer_id, creative_id`;

/**
 * In one statement: the rollups' state, the window's FIRST_HOUR and FIRST_MINUTE (epoch
 * seconds) and (e) and (d), the raw rows of the window not kept between requests, per offer
 * and creative key, as JSON. Nothing when the rollups were never refreshed. $1 days, $2 the
 * watermark the caller expects: planned with its value, `seq > $2` is known to select the
 * few rows since the refresh (see startRollupRead); the answer is only good if the state's
 * watermark is that value.
 *
 * It runs without parallel workers (it reads a few hundred rows at most): not because of the
 * setting it makes, which applies only after the statement is planned (to the later statements
 * of a transaction), but because set_config is parallel-unsafe, so a statement calling it is
 * planned serial.
 */
const WINDOW_EDGES_SQL = `
  SELECT s.watermark::text AS watermark, s.rollup_version::text AS version, s.refreshed_at AS "refreshedAt",
         extract(epoch FROM ${FIRST_HOUR})::text AS "firstHour",
         extract(epoch FROM ${FIRST_MINUTE})::text AS "firstMinute",
         (SELECT coalesce(json_agg(e), '[]') FROM (
            SELECT offer_id AS "offerId", coalesce(creative_id, '') AS "creativeKey", ${COUNT_BY_TYPE}
            FROM (
              SELECT offer_id, creative_id, interaction_type FROM interaction_history
              WHERE occurred_at > ${WINDOW_START} AND occurred_at < ${FIRST_MINUTE} AND seq <= ${WATERMARK}
              UNION ALL
              SELECT offer_id, creative_id, interaction_type FROM interaction_history
              WHERE seq > ${WATERMARK} AND occurred_at > ${WINDOW_START}
            ) raw
            GROUP BY offer_id, creative_id
         ) e) AS edges
  FROM set_config('max_parallel_workers_per_gather', '0', true), summary_refresh_state s
  WHERE s.id = 1 AND s.refreshed_at IS NOT NULL`;

/** The catalog rows of the groups shown (inner joins, as live: a group without one is left out). */
const OFFERS_SQL = `
  SELECT id, name, issue, group_name AS "group", status, priority FROM offer WHERE id = ANY ($1::text[])`;
const CREATIVES_SQL = `
  SELECT cr.id, cr.name, cr.offer_id AS "offerId", ch.id AS "channelId", ch.name AS "channelName"
  FROM creative cr
  JOIN channel ch ON ch.id = cr.channel_id
  WHERE cr.id = ANY ($1::text[])`;

/**
 * The current channel of each of these creatives, and the channels' names, as [id, value]
 * pairs in JSON: one row whatever the number of creatives (the channel summary groups every
 * creative of the window, ~600 at 10M rows; as driver rows they cost more than the rest of
 * the request).
 */
const CREATIVE_CHANNELS_SQL = `
  SELECT coalesce(json_agg(json_build_array(cr.id, ch.id)), '[]') AS "channelOf",
         coalesce(json_agg(DISTINCT jsonb_build_array(ch.id, ch.name)), '[]') AS "channelNames"
  FROM creative cr
  JOIN channel ch ON ch.id = cr.channel_id
  WHERE cr.id = ANY ($1::text[])`;

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
 * A customer's window counts, by parts that do not overlap (W the watermark):
 *   - days: customer_rollup_day buckets from FIRST_DAY on (rows with seq <= W);
 *   - edge: raw rows with S < occurred_at < FIRST_DAY, whatever their seq: the partial first
 *     day, a range of pk_interaction_history (customer_id, occurred_at, id);
 *   - tail: raw rows with seq > W and occurred_at >= FIRST_DAY, written since the refresh
 *     (ix_interaction_history_seq, once for all the customers).
 * Days and edge are read per customer (LATERAL), so each is a range scan of its primary key
 * whatever the planner estimates: given the top customers' ids as one array, it expected
 * tens of thousands of their rows (they are the most frequent values) and read the whole
 * customer_rollup_day instead (measured: a sequential scan of 860k rows at 1M interactions).
 * $1 days, $2 the watermark; `customers` is the SQL of a relation of the customers' ids
 * with one column, customer_id. One row per customer, the parts' counts as numbers.
 */
function customerWindowCounts(customers: string, what: 'total' | 'byType'): string {
  const [rolledUp, raw] = WINDOW_COUNTERS[what];
  const columns = what === 'total' ? ['total'] : [...COUNTERS];
  const summed = columns
    .map((column) => `d.${column} + e.${column} + coalesce(t.${column}, 0) AS ${column}`)
    .join(', ');
  return `
    SELECT c.customer_id, ${summed}
    FROM (${customers}) c
    CROSS JOIN LATERAL (
      SELECT ${rolledUp} FROM customer_rollup_day
      WHERE customer_id = c.customer_id AND bucket >= ${FIRST_DAY}
    ) d
    CROSS JOIN LATERAL (
      SELECT ${raw} FROM interaction_history
      WHERE customer_id = c.customer_id AND occurred_at > ${WINDOW_START} AND occurred_at < ${FIRST_DAY}
    ) e
    LEFT JOIN (
      SELECT customer_id, ${raw} FROM interaction_history
      WHERE seq > ${WATERMARK} AND occurred_at >= ${FIRST_DAY} AND customer_id IN (SELECT customer_id FROM (${customers}) c)
      GROUP BY customer_id
    ) t ON t.customer_id = c.customer_id`;
}

/** The columns of customerWindowCounts' parts, from rollup rows and from raw rows, as numbers (0 when none). */
const WINDOW_COUNTERS = {
  total: [
    `coalesce(sum(impressions + clicks + dismisses + conversions), 0)::float8 AS total`,
    `count(*)::float8 AS total`,
  ],
  byType: [COUNTERS.map((c) => `coalesce(sum(${c}), 0)::float8 AS ${c}`).join(', '), COUNT_AS_NUMBERS],
} as const;

/*
 * One batch of the threshold method: the customers after a position in all-time total order
 * (ix_customer_interaction_total_total, scanned backwards), and the number of interactions
 * in the window of the first $4 of them (customerWindowCounts). $1 days, $2 the watermark, $3
 * how many customers, $4 how many of them to count, then the position ($5 total, $6 customer
 * id) when there is one.
 */
function customerBatchSql(after: boolean): string {
  return `
  WITH visit AS (
    SELECT customer_id, total
    FROM customer_interaction_total
    ${after ? 'WHERE (total, customer_id) < ($5::bigint, $6::varchar)' : ''}
    ORDER BY total DESC, customer_id DESC
    LIMIT $3
  ),
  counted AS (${customerWindowCounts(
    'SELECT customer_id FROM visit ORDER BY total DESC, customer_id DESC LIMIT $4',
    'total',
  )})
  SELECT v.customer_id AS "customerId", v.total, coalesce(c.total, 0) AS "inWindow"
  FROM visit v
  LEFT JOIN counted c ON c.customer_id = v.customer_id
  ORDER BY v.total DESC, v.customer_id DESC`;
}
const FIRST_CUSTOMER_BATCH_SQL = customerBatchSql(false);
const NEXT_CUSTOMER_BATCH_SQL = customerBatchSql(true);

/** How many customers have at least $1 interactions all-time: an index-only range count. */
const CUSTOMERS_AT_LEAST_SQL = `SELECT count(*) AS customers FROM customer_interaction_total WHERE total >= $1::bigint`;

/**
 * The window's counts of the customers found ($3, ids), in the row shape of the live
 * source. Distinct offers in the window: the window has no end, so an offer is in it when the
 * customer's last interaction with it is (customer_interaction_summary, kept exact by every
 * write). $1 days, $2 the watermark.
 */
const CUSTOMER_COUNTS_SQL = `
  SELECT p.customer_id AS "customerId",
         p.impressions AS impression, p.clicks AS click, p.dismisses AS dismiss, p.conversions AS "convert",
         p.impressions + p.clicks + p.dismisses + p.conversions AS total,
         (SELECT count(*) FROM customer_interaction_summary s
          WHERE s.customer_id = p.customer_id AND s.last_interaction_at > ${WINDOW_START}) AS "uniqueActions"
  FROM (${customerWindowCounts('SELECT unnest($3::text[]) AS customer_id', 'byType')}) p`;

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
 * histories). Action, treatment and channel add the window's whole buckets (kept per first
 * hour and rollup version, see windowCounts) to the raw rows of its edges, read in one
 * statement; `source` is `materialized` when no history row counted, `mixed` otherwise.
 *
 * Customers are found by the threshold method (top-customers.ts) over the exact
 * per-customer totals, each visited customer's window counted from customer_rollup_day plus
 * the raw rows of its first partial day and since the refresh (`mixed`). A window too thinly
 * spread for the method (e.g. the last day) is aggregated on the fly instead (`live`), which
 * is then the cheaper way.
 *
 * Until the first refresh, every summary is the live source's.
 *
 * Read replicas (ReadReplicas): every statement of one summary runs on `reader`, one
 * connection, so on one server, whose state only moves forward; the catalog rows are then
 * those of a state at least as new as the counts'. The memos are shared by all the servers:
 * their keys (rollup version, watermark, and the window's first hour or minute) determine
 * their contents on any of them, since the version changes in every transaction that changes
 * a rollup or deletes rolled-up rows, the rows with seq <= watermark all committed before the
 * state row said so, and a replica replays the primary's transactions in their commit order.
 * So a memo made on one server is exact for another server's edges with the same key, and
 * `lastWatermark`, possibly another server's, is only what the next statement is planned with
 * and checked against (a mismatch takes the slow path on the reader's own server).
 */
@Injectable()
export class RollupSummaryRepository extends SummarySource {
  private readonly tuning: CustomerSummaryTuning;
  /** The window's whole buckets, by FIRST_HOUR and rollup version (bucketKey). */
  private readonly buckets = new LruCache<string, WindowCounts>(BUCKET_CACHE_ENTRIES);
  /** Those plus the window's whole raw minutes, by FIRST_MINUTE, rollup version and watermark (keptKey). */
  private readonly kept = new LruCache<string, WindowCounts>(BUCKET_CACHE_ENTRIES);
  /** The watermark the last read saw, to plan the next one with. */
  private lastWatermark: string | undefined;

  constructor(
    private readonly live: LiveSummaryRepository,
    @Optional() @Inject(CUSTOMER_SUMMARY_TUNING) tuning?: Partial<CustomerSummaryTuning>,
  ) {
    super();
    this.tuning = { ...DEFAULT_TUNING, ...tuning };
  }

  async countByAction(reader: EntityManager, window: SummaryWindow): Promise<GroupedCounts<ActionCounts>> {
    const counted = await this.windowCounts(reader, window.days);
    if (counted === undefined) return this.live.countByAction(reader, window);
    const { top, anyRaw } = topGroups(counted.counts.byOffer.values(), window.limit);
    const offers = await catalogRows<Omit<ActionCounts, keyof InteractionCounts>>(reader, OFFERS_SQL, top);
    const rows: ActionCounts[] = [];
    for (const group of top) {
      const offer = offers.get(group.id);
      if (offer === undefined) continue;
      const { id, name, issue, group: offerGroup, status, priority } = offer;
      rows.push({ id, name, issue, group: offerGroup, status, priority, ...interactionCounts(group) });
    }
    return { rows, source: anyRaw ? 'mixed' : 'materialized', refreshedAt: counted.refreshedAt };
  }

  async countByTreatment(reader: EntityManager, window: SummaryWindow): Promise<GroupedCounts<TreatmentCounts>> {
    const counted = await this.windowCounts(reader, window.days);
    if (counted === undefined) return this.live.countByTreatment(reader, window);
    const { top, anyRaw } = topGroups(counted.counts.byCreative.values(), window.limit);
    const creatives = await catalogRows<Omit<TreatmentCounts, keyof InteractionCounts>>(reader, CREATIVES_SQL, top);
    const rows: TreatmentCounts[] = [];
    for (const group of top) {
      const creative = creatives.get(group.id);
      if (creative === undefined) continue;
      const { id, name, offerId, channelId, channelName } = creative;
      rows.push({ id, name, offerId, channelId, channelName, ...interactionCounts(group) });
    }
    return { rows, source: anyRaw ? 'mixed' : 'materialized', refreshedAt: counted.refreshedAt };
  }

  /** As live: per creative first, then creatives added up by their current channel. */
  async countByChannel(reader: EntityManager, window: SummaryWindow): Promise<GroupedCounts<ChannelCounts>> {
    const counted = await this.windowCounts(reader, window.days);
    if (counted === undefined) return this.live.countByChannel(reader, window);
    const byCreative = [...counted.counts.byCreative.values()];
    const [{ channelOf, channelNames }] = await reader.query<{ channelOf: Pair[]; channelNames: Pair[] }[]>(
      CREATIVE_CHANNELS_SQL,
      [byCreative.map((group) => group.id)],
    );
    const channels = new Map(channelOf);
    const names = new Map(channelNames);
    const byChannel = rollUp(byCreative, (id) => channels.get(id));
    const { top, anyRaw } = topGroups(byChannel.values(), window.limit);
    const rows = top.map((group) => ({ id: group.id, name: names.get(group.id)!, ...interactionCounts(group) }));
    return { rows, source: anyRaw ? 'mixed' : 'materialized', refreshedAt: counted.refreshedAt };
  }

  async countByCustomer(reader: EntityManager, window: SummaryWindow): Promise<GroupedCounts<CustomerCounts>> {
    // One snapshot and one now() for the estimate, every batch and the counts.
    const answer = await reader.transaction('REPEATABLE READ', async (tx) => {
      const state = await startRollupRead(tx);
      if (state === undefined) return undefined;
      const { days } = window;
      const [{ windowRows }] = await tx.query<{ windowRows: string }[]>(WINDOW_SIZE_SQL, [days, state.watermark]);
      if (Number(windowRows) <= this.tuning.liveBelowRows) return undefined;
      const top = await topCustomers(
        {
          next: (after, count, countWindow) => this.customerBatch(tx, days, state.watermark, after, count, countWindow),
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
      if (top === undefined) return undefined;
      return { rows: await this.customerCounts(tx, days, state.watermark, top), refreshedAt: state.refreshedAt };
    });
    if (answer === undefined) return this.live.countByCustomer(reader, window);
    // The day rollup for whole days, raw rows for the first partial day and since the refresh.
    return { rows: answer.rows, source: 'mixed', refreshedAt: answer.refreshedAt };
  }

  private async customerBatch(
    tx: EntityManager,
    days: number,
    watermark: string,
    after: CustomerTotal | undefined,
    count: number,
    countWindow: number,
  ): Promise<VisitedCustomer[]> {
    const rows = await tx.query<{ customerId: string; total: string; inWindow: string }[]>(
      after === undefined ? FIRST_CUSTOMER_BATCH_SQL : NEXT_CUSTOMER_BATCH_SQL,
      after === undefined
        ? [days, watermark, count, countWindow]
        : [days, watermark, count, countWindow, after.total, after.customerId],
    );
    return rows.map((row, i) => ({
      customerId: row.customerId,
      total: Number(row.total),
      inWindow: i < countWindow ? Number(row.inWindow) : undefined,
    }));
  }

  /** The counts of the customers found, in their order (the same snapshot: the same totals). */
  private async customerCounts(
    tx: EntityManager,
    days: number,
    watermark: string,
    top: CustomerTotal[],
  ): Promise<CustomerCounts[]> {
    if (top.length === 0) return [];
    const rows = await tx.query<CountedCustomer[]>(CUSTOMER_COUNTS_SQL, [
      days,
      watermark,
      top.map((c) => c.customerId),
    ]);
    const byId = new Map(rows.map((row) => [row.customerId, row]));
    return top.map(({ customerId }) => {
      const row = byId.get(customerId);
      if (row === undefined) throw new Error(`customer summary: ${customerId} has no interactions in the window`);
      return toCustomerCounts(row);
    });
  }

  /**
   * The window's counts by offer and by creative, exact, and when the rollups were refreshed;
   * undefined before the first refresh.
   *
   * Usually one statement: the state, the window's FIRST_HOUR and FIRST_MINUTE and the raw
   * rows of its partial first minute and since the refresh (WINDOW_EDGES_SQL, planned with
   * the watermark seen last), added to the whole buckets and whole raw minutes (WINDOW_BUCKETS_SQL,
   * WINDOW_MINUTES_SQL) computed earlier for the same FIRST_HOUR, FIRST_MINUTE, watermark and
   * rollup version. The version changes in every transaction that changes a rollup or
   * deletes history rows (migration 1795880400000), so those are what the two statements
   * would read in this statement's snapshot, and the sum is exact. Otherwise (another
   * watermark, minute or version), the state, the edges and what is missing are read in
   * one REPEATABLE READ transaction, and kept for the next reads: the buckets once an hour,
   * the minutes (a few thousand index entries at 10M rows) once a minute per window.
   */
  private async windowCounts(
    reader: EntityManager,
    days: number,
  ): Promise<{ counts: WindowCounts; refreshedAt: Date } | undefined> {
    if (this.lastWatermark !== undefined) {
      const [edges] = await reader.query<WindowEdges[]>(WINDOW_EDGES_SQL, [days, this.lastWatermark]);
      if (edges === undefined) return undefined;
      const kept = this.kept.get(keptKey(edges));
      if (edges.watermark === this.lastWatermark && kept !== undefined) {
        return { counts: addCells(kept, edges.edges, true), refreshedAt: edges.refreshedAt };
      }
    }
    return reader.transaction('REPEATABLE READ', async (tx) => {
      const state = await startRollupRead(tx);
      if (state === undefined) return undefined;
      const [edges] = await tx.query<WindowEdges[]>(WINDOW_EDGES_SQL, [days, state.watermark]);
      let kept = this.kept.get(keptKey(edges));
      if (kept === undefined) {
        let buckets = this.buckets.get(bucketKey(edges));
        if (buckets === undefined) {
          buckets = addCells(undefined, await tx.query<CellCounts[]>(WINDOW_BUCKETS_SQL, [days]), false);
          this.buckets.set(bucketKey(edges), buckets);
        }
        const minutes = await tx.query<CellCounts[]>(WINDOW_MINUTES_SQL, [days, edges.watermark]);
        kept = addCells(buckets, minutes, true);
        this.kept.set(keptKey(edges), kept);
      }
      this.lastWatermark = edges.watermark;
      return { counts: addCells(kept, edges.edges, true), refreshedAt: edges.refreshedAt };
    });
  }
}

/**
 * The catalog rows of these groups, by id. On the connection the counts were read on: a
 * server that had replayed less could lack the offer or creative of a group just counted, and
 * the group would be left out.
 */
async function catalogRows<Row extends { id: string }>(
  reader: EntityManager,
  sql: string,
  groups: { id: string }[],
): Promise<Map<string, Row>> {
  if (groups.length === 0) return new Map();
  const rows = await reader.query<Row[]>(sql, [groups.map((g) => g.id)]);
  return new Map(rows.map((row) => [row.id, row]));
}

/** An id and what belongs to it. */
type Pair = [string, string];

/** WINDOW_EDGES_SQL's row. */
interface WindowEdges {
  watermark: string;
  version: string;
  refreshedAt: Date;
  firstHour: string;
  firstMinute: string;
  edges: CellCounts[];
}

/** What the window's whole buckets depend on. */
function bucketKey(edges: WindowEdges): string {
  return `${edges.firstHour}@${edges.version}`;
}

/** What the window's whole buckets and whole raw minutes depend on. */
function keptKey(edges: WindowEdges): string {
  return `${edges.firstMinute}@${edges.version}@${edges.watermark}`;
}

function interactionCounts(group: Counters): InteractionCounts {
  return {
    impression: group.impressions,
    click: group.clicks,
    dismiss: group.dismisses,
    convert: group.conversions,
    total: totalOf(group),
  };
}
