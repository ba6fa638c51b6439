import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { InteractionType } from '../interaction.entity.js';
import type { HistoryFilters } from './history-filters.js';
import { HistoryTotals } from './history-totals.js';

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

/** A WHERE clause and its parameters, numbered from $1. */
export class Where {
  readonly conditions: string[] = [];
  readonly parameters: unknown[] = [];

  add(condition: (placeholder: (value: unknown) => string) => string): this {
    this.conditions.push(condition((value) => this.parameter(value)));
    return this;
  }

  /** Adds a parameter without a condition; returns its placeholder. */
  parameter(value: unknown): string {
    this.parameters.push(value);
    return `$${this.parameters.length}`;
  }

  toString(): string {
    return this.conditions.length === 0 ? '' : `WHERE ${this.conditions.join(' AND ')}`;
  }
}

function filtered(filters: HistoryFilters): Where {
  const where = new Where();
  if (filters.customerId !== undefined) where.add((p) => `h.customer_id = ${p(filters.customerId)}`);
  if (filters.offerId !== undefined) where.add((p) => `h.offer_id = ${p(filters.offerId)}`);
  if (filters.creativeId !== undefined) where.add((p) => `h.creative_id = ${p(filters.creativeId)}`);
  if (filters.type !== undefined) where.add((p) => `h.interaction_type = ${p(filters.type)}::interaction_type`);
  return where;
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
 */
@Injectable()
export class InteractionHistoryRepository extends HistoryTotals {
  constructor(private readonly db: DataSource) {
    super();
  }

  /** Up to `limit` rows matching `filters` after `after` (from the newest when undefined), newest first. */
  page(filters: HistoryFilters, after: HistoryPosition | undefined, limit: number): Promise<HistoryRow[]> {
    const where = filtered(filters);
    if (after !== undefined) {
      where.add(
        (p) => `(h.occurred_at, h.id, h.customer_id) < (${p(after.t)}::timestamptz, ${p(after.id)}, ${p(after.c)})`,
      );
    }
    const limitParameter = `$${where.parameters.length + 1}`;
    // The page is cut in the subquery; only its rows are joined to the catalog.
    return this.db.query(
      `SELECT h.id, h.customer_id AS "customerId", h.offer_id AS "offerId", h.creative_id AS "creativeId",
              h.interaction_type AS "interactionType",
              to_char(h.occurred_at AT TIME ZONE 'UTC', ${UTC_MILLIS}) AS "timestamp",
              to_char(h.occurred_at AT TIME ZONE 'UTC', ${UTC_MICROS}) AS "position",
              o.name AS "offerName", c.name AS "creativeName", c.channel_id AS "channelId", ch.name AS "channelName"
       FROM (
         SELECT h.id, h.customer_id, h.offer_id, h.creative_id, h.interaction_type, h.occurred_at
         FROM interaction_history h
         ${where.toString()}
         ORDER BY h.occurred_at DESC, h.id DESC, h.customer_id DESC
         LIMIT ${limitParameter}
       ) h
       LEFT JOIN offer o ON o.id = h.offer_id
       LEFT JOIN creative c ON c.id = h.creative_id
       LEFT JOIN channel ch ON ch.id = c.channel_id
       ORDER BY h.occurred_at DESC, h.id DESC, h.customer_id DESC`,
      [...where.parameters, limit],
    );
  }

  /**
   * The cheapest exact count: a customer's counters in customer_interaction_summary (kept
   * exact in every ingest's transaction; one row per offer of the customer) when the
   * filters are a customer and optionally an offer and a type; otherwise count(*) on the
   * filter's index.
   */
  override async total(filters: HistoryFilters): Promise<number> {
    const [{ total }] =
      filters.customerId !== undefined && filters.creativeId === undefined
        ? await this.summedFromCustomerSummary(filters.customerId, filters.offerId, filters.type)
        : await this.counted(filters);
    return Number(total);
  }

  private summedFromCustomerSummary(
    customerId: string,
    offerId: string | undefined,
    type: InteractionType | undefined,
  ): Promise<{ total: string }[]> {
    const counters =
      type === undefined
        ? Object.values(SUMMARY_COUNTER)
            .map((column) => `s.${column}`)
            .join(' + ')
        : `s.${SUMMARY_COUNTER[type]}`;
    const where = new Where().add((p) => `s.customer_id = ${p(customerId)}`);
    if (offerId !== undefined) where.add((p) => `s.offer_id = ${p(offerId)}`);
    return this.db.query(
      `SELECT coalesce(sum(${counters}), 0)::bigint AS total FROM customer_interaction_summary s ${where.toString()}`,
      where.parameters,
    );
  }

  private counted(filters: HistoryFilters): Promise<{ total: string }[]> {
    const where = filtered(filters);
    return this.db.query(`SELECT count(*) AS total FROM interaction_history h ${where.toString()}`, where.parameters);
  }
}
