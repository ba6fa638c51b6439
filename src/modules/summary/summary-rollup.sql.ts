/*
 * SQL fragments that define the rollups (migration 1795880300000), shared by whatever
 * writes them (the refresh adds rows, an erasure subtracts its customer's), so that both
 * bucket and group interactions one way only. The reader may use them too.
 */

/** Fixed UTC origin for date_bin: buckets do not depend on the session's time zone. */
export const BUCKET_ORIGIN = `TIMESTAMPTZ '2000-01-01 00:00:00+00'`;

/** The hour bucket of an interaction, from its occurred_at column (optionally qualified). */
export function hourBucketSql(occurredAt = 'occurred_at'): string {
  return `date_bin('1 hour', ${occurredAt}, ${BUCKET_ORIGIN})`;
}

/** The day bucket: of an occurred_at, or of an hour bucket (same origin, so the same day). */
export function dayBucketSql(timestamp = 'occurred_at'): string {
  return `date_bin('1 day', ${timestamp}, ${BUCKET_ORIGIN})`;
}

/** The rollups' creative dimension: interactions without a creative count under ''. */
export const CREATIVE_KEY = `coalesce(creative_id, '')`;

/** The four counters of a group of interaction_history rows, named like the rollup columns. */
export const COUNT_BY_TYPE = `
  count(*) FILTER (WHERE interaction_type = 'impression') AS impressions,
  count(*) FILTER (WHERE interaction_type = 'click') AS clicks,
  count(*) FILTER (WHERE interaction_type = 'dismiss') AS dismisses,
  count(*) FILTER (WHERE interaction_type = 'convert') AS conversions`;

/** The same, summed over rows that already carry the four counters (sum of bigint is numeric: cast back). */
export const SUM_COUNTERS = `
  sum(impressions)::bigint AS impressions, sum(clicks)::bigint AS clicks,
  sum(dismisses)::bigint AS dismisses, sum(conversions)::bigint AS conversions`;

export const COUNTERS = ['impressions', 'clicks', 'dismisses', 'conversions'] as const;

/**
 * The three rollups and their keys. A bucketed table is keyed by (bucket, offer_id,
 * creative_key), the total by (offer_id, creative_key).
 */
export const ROLLUP_TABLES = [
  { table: 'summary_rollup_hour', keys: ['bucket', 'offer_id', 'creative_key'] },
  { table: 'summary_rollup_day', keys: ['bucket', 'offer_id', 'creative_key'] },
  { table: 'summary_rollup_total', keys: ['offer_id', 'creative_key'] },
] as const;

/**
 * A relation of per-hour deltas, `hourly` (hour, offer_id, creative_key and the four
 * counters), as the rows to merge into each rollup: hour rows as they are, day rows and
 * totals summed from them. The hour grain is the finest, so one aggregation of the raw
 * rows feeds all three.
 */
export function deltasFor(table: (typeof ROLLUP_TABLES)[number]['table'], hourly: string): string {
  switch (table) {
    case 'summary_rollup_hour':
      return `SELECT hour AS bucket, offer_id, creative_key, impressions, clicks, dismisses, conversions FROM ${hourly}`;
    case 'summary_rollup_day':
      return `SELECT ${dayBucketSql('hour')} AS bucket, offer_id, creative_key, ${SUM_COUNTERS}
              FROM ${hourly} GROUP BY 1, offer_id, creative_key`;
    case 'summary_rollup_total':
      return `SELECT offer_id, creative_key, ${SUM_COUNTERS} FROM ${hourly} GROUP BY offer_id, creative_key`;
  }
}

/**
 * Per-hour counts of the interaction_history rows matching `where` (parameters are the
 * caller's), the input of deltasFor.
 */
export function hourlyCountsSql(where: string): string {
  return `
    SELECT ${hourBucketSql()} AS hour, offer_id, ${CREATIVE_KEY} AS creative_key, ${COUNT_BY_TYPE}
    FROM interaction_history
    WHERE ${where}
    GROUP BY 1, offer_id, 3`;
}

/**
 * Per-customer day counts of the interaction_history rows matching `where`: what
 * customer_rollup_day holds, and what a refresh merges into it.
 */
export function customerDailyCountsSql(where: string): string {
  return `
    SELECT customer_id, ${dayBucketSql()} AS bucket, ${COUNT_BY_TYPE}
    FROM interaction_history
    WHERE ${where}
    GROUP BY 1, 2`;
}
