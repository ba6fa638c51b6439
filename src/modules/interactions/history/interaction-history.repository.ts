import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { preparedQuery } from '../../../database/prepared-query.js';
import type { InteractionType } from '../interaction.entity.js';
import type { HistoryFilters } from './history-filters.js';
import { HistoryTotals, type Placeholder, type TotalRead, type TotalSql } from './history-totals.js';

/**
 * Where a page ends: the last row's occurred_at as UTC text with all six fractional digits
 * (PostgreSQL keeps microseconds, a JavaScript Date only milliseconds: a position rounded to
 * milliseconds would skip or repeat rows within the same millisecond), its id, and its
 * customer: ids are unique per customer only, so two customers' rows can share a timestamp
 * and an id, and only the customer tells them apart.
 */
export interface HistoryPosition {
  t: string;
  id: string;
  c: string;
}

/** One history row joined to the catalog; names are null where a catalog row is missing. */
export interface HistoryRow {
  id: string;
  customerId: string;
  offerId: string;
  creativeId: string | null;
  interactionType: InteractionType;
  /** ISO 8601 UTC with milliseconds, as the API shows it. */
  timestamp: string;
  /** occurred_at with microseconds: the keyset position (HistoryPosition.t). */
  position: string;
  offerName: string | null;
  creativeName: string | null;
  channelId: string | null;
  channelName: string | null;
}

const UTC_MILLIS = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
const UTC_MICROS = `'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'`;

/** The counter for each interaction type, in customer_interaction_summary and the rollups alike. */
export const SUMMARY_COUNTER: Record<InteractionType, string> = {
  impression: 'impressions',
  click: 'clicks',
  dismiss: 'dismisses',
  convert: 'conversions',
};

/** A statement's parameters, numbered from $1 in the order they are added. */
export class Parameters {
  readonly values: unknown[] = [];
  readonly add: Placeholder = (value) => {
    this.values.push(value);
    return `$${this.values.length}`;
  };
}

/** `WHERE` and the conditions joined with AND; nothing without conditions. */
export function whereAll(conditions: string[]): string {
  return conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
}

/** The conditions on interaction_history `h` of the filters given, and only those. */
function filterConditions(filters: HistoryFilters, p: Placeholder): string[] {
  const conditions: string[] = [];
  if (filters.customerId !== undefined) conditions.push(`h.customer_id = ${p(filters.customerId)}`);
  if (filters.offerId !== undefined) conditions.push(`h.offer_id = ${p(filters.offerId)}`);
  if (filters.creativeId !== undefined) conditions.push(`h.creative_id = ${p(filters.creativeId)}`);
  if (filters.type !== undefined) conditions.push(`h.interaction_type = ${p(filters.type)}::interaction_type`);
  return conditions;
}

/** A page of history rows and the total of the filters, as one statement read them. */
export interface HistoryPageRead extends TotalRead {
  rows: HistoryRow[];
}

/** A row of the page statement: a page row and the total's columns (bigint or numeric, as text). */
type PageStatementRow = HistoryRow & { total: string; seen: string | null };

/**
 * The page row of a statement row, field by field: a rest/spread copy of a node-postgres row
 * is a slow path in V8 (measured on the summaries: 12% of a request's CPU for 100 rows).
 */
function historyRow(row: PageStatementRow): HistoryRow {
  const { id, customerId, offerId, creativeId, interactionType, timestamp, position } = row;
  const { offerName, creativeName, channelId, channelName } = row;
  return {
    id,
    customerId,
    offerId,
    creativeId,
    interactionType,
    timestamp,
    position,
    offerName,
    creativeName,
    channelId,
    channelName,
  };
}

/**
 * Interaction history reads: the only place their SQL lives.
 *
 * Pages are keyset-paginated newest first, `ORDER BY occurred_at DESC, id DESC,
 * customer_id DESC` with `(occurred_at, id, customer_id) < (position)`, never OFFSET, so
 * page 500 costs what page 1 costs. customer_id is the last tie-break because ids are unique
 * per customer only; with a customer filter it is constant and costs nothing, otherwise an
 * incremental sort orders the rare equal (occurred_at, id) pairs.
 *
 * Each filter set walks one index backwards and stops after `limit` rows: a customer filter
 * the primary key (customer_id, occurred_at, id); otherwise a creative filter
 * ix_interaction_history_creative, an offer filter ix_interaction_history_offer, and none
 * (or the type alone) ix_interaction_history_occurred. Only the filters given appear in the
 * SQL, so every statement is one the planner can match to its index.
 *
 * ids are compared with the column's own collation (the database default) in ORDER BY and
 * in the keyset predicate alike: the order is then the indexes' order, and the comparison
 * agrees with it whatever that collation is. A `COLLATE "C"` on either side would have to
 * be on both and on the indexes, or the indexes could no longer serve the order.
 *
 * Pages run on the connection they are given: a replica's when there are any (ReadReplicas).
 */
@Injectable()
export class InteractionHistoryRepository extends HistoryTotals {
  /**
   * Up to `limit` rows matching `filters` after `after` (from the newest when undefined),
   * newest first, and the total `total` gives the SQL of, in one statement: one round trip,
   * and one snapshot for both.
   *
   * The total is a one-row query that the page is left-joined to, so an empty page still
   * brings it (as one row of nulls). The page keeps its own plan: its LIMIT is in its own
   * subquery, which the join leaves alone (the same index scan, stopped after `limit` rows),
   * and the total is computed once.
   */
  async page(
    reader: EntityManager,
    filters: HistoryFilters,
    after: HistoryPosition | undefined,
    limit: number,
    total: TotalSql,
  ): Promise<HistoryPageRead> {
    const parameters = new Parameters();
    const p = parameters.add;
    const conditions = filterConditions(filters, p);
    if (after !== undefined) {
      conditions.push(
        `(h.occurred_at, h.id, h.customer_id) < (${p(after.t)}::timestamptz, ${p(after.id)}, ${p(after.c)})`,
      );
    }
    const limitParameter = p(limit);
    const totalQuery = total(p);
    // The page is cut in the innermost subquery; only its rows are joined to the catalog.
    // Prepared (src/database/prepared-query.ts): one plan per filter shape and connection.
    const rows = await preparedQuery<PageStatementRow>(
      reader,
      `SELECT page.id, page."customerId", page."offerId", page."creativeId", page."interactionType",
              page."timestamp", page."position",
              page."offerName", page."creativeName", page."channelId", page."channelName",
              total.total, total.seen
       FROM (${totalQuery}) total
       LEFT JOIN (
         SELECT h.id, h.customer_id AS "customerId", h.offer_id AS "offerId", h.creative_id AS "creativeId",
                h.interaction_type AS "interactionType", h.occurred_at,
                to_char(h.occurred_at AT TIME ZONE 'UTC', ${UTC_MILLIS}) AS "timestamp",
                to_char(h.occurred_at AT TIME ZONE 'UTC', ${UTC_MICROS}) AS "position",
                o.name AS "offerName", c.name AS "creativeName", c.channel_id AS "channelId", ch.name AS "channelName"
         FROM (
           SELECT h.id, h.customer_id, h.offer_id, h.creative_id, h.interaction_type, h.occurred_at
           FROM interaction_history h
           ${whereAll(conditions)}
           ORDER BY h.occurred_at DESC, h.id DESC, h.customer_id DESC
           LIMIT ${limitParameter}
         ) h
         LEFT JOIN offer o ON o.id = h.offer_id
         LEFT JOIN creative c ON c.id = h.creative_id
         LEFT JOIN channel ch ON ch.id = c.channel_id
       ) page ON true
       ORDER BY page.occurred_at DESC, page.id DESC, page."customerId" DESC`,
      parameters.values,
    );
    const [{ id, total: counted, seen }] = rows;
    // An empty page is one row too: the total's, its page columns null.
    const page = id === null ? [] : rows.map(historyRow);
    return { rows: page, total: Number(counted), seen };
  }

  /** Every total from this class is exact as read: the statement runs once. */
  override read<Read extends TotalRead>(
    _reader: EntityManager,
    filters: HistoryFilters,
    statement: (total: TotalSql) => Promise<Read>,
  ): Promise<Read> {
    return statement(this.totalSql(filters));
  }

  /**
   * The cheapest exact count: a customer's counters in customer_interaction_summary (kept
   * exact in every ingest's transaction; one row per offer of the customer) when the
   * filters are a customer and optionally an offer and a type; otherwise count(*) on the
   * filter's index. `seen` is null: there is nothing to check.
   */
  totalSql(filters: HistoryFilters): TotalSql {
    const { customerId, offerId, creativeId, type } = filters;
    if (customerId !== undefined && creativeId === undefined) {
      const counters =
        type === undefined
          ? Object.values(SUMMARY_COUNTER)
              .map((column) => `s.${column}`)
              .join(' + ')
          : `s.${SUMMARY_COUNTER[type]}`;
      return (p) => {
        const conditions = [`s.customer_id = ${p(customerId)}`];
        if (offerId !== undefined) conditions.push(`s.offer_id = ${p(offerId)}`);
        return `SELECT coalesce(sum(${counters}), 0)::bigint AS total, NULL::text AS seen
                FROM customer_interaction_summary s ${whereAll(conditions)}`;
      };
    }
    return (p) =>
      `SELECT count(*) AS total, NULL::text AS seen FROM interaction_history h ${whereAll(filterConditions(filters, p))}`;
  }
}
