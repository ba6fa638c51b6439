import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
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
  type Counted,
  type CountedCustomer,
  toActionCounts,
  toChannelCounts,
  toCustomerCounts,
  toTreatmentCounts,
} from './summary-rows.js';

/*
 * Every statement aggregates the window on the ids alone, sorts and cuts to the limit,
 * and only then joins the catalog for names: the join touches at most `limit` rows.
 * $1 is the window in days, $2 the number of rows wanted.
 *
 * The window predicate is a plain range on occurred_at, so ix_interaction_history_occurred
 * serves short windows; for windows covering a large share of the table PostgreSQL
 * rightly prefers a parallel sequential scan.
 *
 * Ties are broken by id in byte order (COLLATE "C"), whatever the database's collation:
 * the same order on every deployment.
 */
const IN_WINDOW = `occurred_at > now() - $1::int * interval '24 hours'`;

const COUNTS = `
    count(*) FILTER (WHERE interaction_type = 'impression') AS impression,
    count(*) FILTER (WHERE interaction_type = 'click') AS click,
    count(*) FILTER (WHERE interaction_type = 'dismiss') AS dismiss,
    count(*) FILTER (WHERE interaction_type = 'convert') AS "convert",
    count(*) AS total`;

export const ACTION_SQL = `
  WITH counts AS (
    SELECT offer_id AS id, ${COUNTS}
    FROM interaction_history
    WHERE ${IN_WINDOW}
    GROUP BY offer_id
    ORDER BY total DESC, offer_id COLLATE "C"
    LIMIT $2
  )
  SELECT c.*, o.name, o.issue, o.group_name AS "group", o.status, o.priority
  FROM counts c
  JOIN offer o ON o.id = c.id
  ORDER BY c.total DESC, c.id COLLATE "C"`;

export const TREATMENT_SQL = `
  WITH counts AS (
    SELECT creative_id AS id, ${COUNTS}
    FROM interaction_history
    WHERE ${IN_WINDOW} AND creative_id IS NOT NULL
    GROUP BY creative_id
    ORDER BY total DESC, creative_id COLLATE "C"
    LIMIT $2
  )
  SELECT c.*, cr.name, cr.offer_id AS "offerId", ch.id AS "channelId", ch.name AS "channelName"
  FROM counts c
  JOIN creative cr ON cr.id = c.id
  JOIN channel ch ON ch.id = cr.channel_id
  ORDER BY c.total DESC, c.id COLLATE "C"`;

/* Creatives are few: count per creative first, then add creatives up per channel. */
export const CHANNEL_SQL = `
  WITH by_creative AS (
    SELECT creative_id, ${COUNTS}
    FROM interaction_history
    WHERE ${IN_WINDOW} AND creative_id IS NOT NULL
    GROUP BY creative_id
  ),
  counts AS (
    SELECT cr.channel_id AS id,
           sum(b.impression)::bigint AS impression, sum(b.click)::bigint AS click,
           sum(b.dismiss)::bigint AS dismiss, sum(b."convert")::bigint AS "convert",
           sum(b.total)::bigint AS total
    FROM by_creative b
    JOIN creative cr ON cr.id = b.creative_id
    GROUP BY cr.channel_id
    ORDER BY total DESC, cr.channel_id COLLATE "C"
    LIMIT $2
  )
  SELECT c.*, ch.name
  FROM counts c
  JOIN channel ch ON ch.id = c.id
  ORDER BY c.total DESC, c.id COLLATE "C"`;

/*
 * Grouping on the byte-order key is the same grouping (ids compare equal only when their
 * bytes do) but sorts with memcmp instead of the locale, and PostgreSQL then sorts in
 * parallel workers. Measured at 1M rows, 30 days: ~395 ms, against ~475 ms for a plain
 * GROUP BY customer_id and ~520 ms for counting per customer × offer first and then per
 * customer (count(*) as uniqueActions). count(DISTINCT) needs the sort either way.
 */
export const CUSTOMER_SQL = `
  SELECT customer_id COLLATE "C" AS "customerId", ${COUNTS},
         count(DISTINCT offer_id) AS "uniqueActions"
  FROM interaction_history
  WHERE ${IN_WINDOW}
  GROUP BY customer_id COLLATE "C"
  ORDER BY total DESC, 1
  LIMIT $2`;

/** Interaction summaries aggregated from the raw history on every request: one statement each. */
@Injectable()
export class LiveSummaryRepository extends SummarySource {
  async countByAction(reader: EntityManager, window: SummaryWindow): Promise<GroupedCounts<ActionCounts>> {
    const rows = await query<Counted<ActionCounts>>(reader, ACTION_SQL, window);
    return live(rows.map(toActionCounts));
  }

  async countByTreatment(reader: EntityManager, window: SummaryWindow): Promise<GroupedCounts<TreatmentCounts>> {
    const rows = await query<Counted<TreatmentCounts>>(reader, TREATMENT_SQL, window);
    return live(rows.map(toTreatmentCounts));
  }

  async countByChannel(reader: EntityManager, window: SummaryWindow): Promise<GroupedCounts<ChannelCounts>> {
    const rows = await query<Counted<ChannelCounts>>(reader, CHANNEL_SQL, window);
    return live(rows.map(toChannelCounts));
  }

  async countByCustomer(reader: EntityManager, window: SummaryWindow): Promise<GroupedCounts<CustomerCounts>> {
    const rows = await query<CountedCustomer>(reader, CUSTOMER_SQL, window);
    return live(rows.map(toCustomerCounts));
  }
}

function query<Row>(reader: EntityManager, sql: string, window: SummaryWindow): Promise<Row[]> {
  return reader.query<Row[]>(sql, [window.days, window.limit]);
}

function live<Row>(rows: Row[]): GroupedCounts<Row> {
  return { rows, source: 'live', refreshedAt: null };
}
