import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { InteractionType } from '../../interactions/interaction.entity.js';
import type { RecordValue } from '../schema-record.entity.js';
import type { StoredSegment } from '../segments/segment-rule.js';

/** One of the customer's schema records; listed oldest table first. */
export interface AttributeRecordRow {
  data: Record<string, RecordValue>;
}

export interface RecentInteraction {
  offerId: string;
  creativeId: string | null;
  interactionType: InteractionType;
  occurredAt: Date;
}

export interface InteractionsSection {
  totalCount: number;
  recent: RecentInteraction[];
}

/**
 * The interactions statement's result: the all-time total on every row, and one row per
 * recent interaction (or a single row of nulls when there is none).
 */
interface InteractionRow {
  totalCount: string;
  offerId: string | null;
  creativeId: string | null;
  interactionType: InteractionType | null;
  occurredAt: Date | null;
}

export interface AssignmentRow {
  experimentId: string;
  variant: string;
  assignedAt: Date;
}

/**
 * The only place the unified profile's SQL lives: one statement per section, each served by
 * the customer_id prefix of a primary key, so the service can run them side by side.
 */
@Injectable()
export class UnifiedProfileRepository {
  constructor(private readonly db: DataSource) {}

  /** The customer's records, oldest table first (then by name): the order in which fields win. */
  attributeRecords(customerId: string): Promise<AttributeRecordRow[]> {
    return this.db.query(
      `SELECT r.data
       FROM schema_record r
       JOIN schema_table t ON t.name = r.table_name
       WHERE r.customer_id = $1
       ORDER BY t.created_at, t.name`,
      [customerId],
    );
  }

  /**
   * The total is a counter read (the per-offer counters of customer_interaction_summary,
   * kept exact by ingest), not a count of history rows; the newest rows come from a
   * backward scan of pk_interaction_history (customer_id, occurred_at, id). One statement,
   * so both halves see the same snapshot.
   */
  async interactions(customerId: string, limit: number): Promise<InteractionsSection> {
    const rows = await this.db.query<InteractionRow[]>(
      `SELECT t.total AS "totalCount", h.offer_id AS "offerId", h.creative_id AS "creativeId",
              h.interaction_type AS "interactionType", h.occurred_at AS "occurredAt"
       FROM (
         SELECT coalesce(sum(s.impressions::bigint + s.clicks + s.dismisses + s.conversions), 0)::bigint AS total
         FROM customer_interaction_summary s
         WHERE s.customer_id = $1
       ) AS t
       LEFT JOIN LATERAL (
         SELECT h.id, h.offer_id, h.creative_id, h.interaction_type, h.occurred_at
         FROM interaction_history h
         WHERE h.customer_id = $1
         ORDER BY h.occurred_at DESC, h.id DESC
         LIMIT $2
       ) AS h ON true
       ORDER BY h.occurred_at DESC, h.id DESC`,
      [customerId, limit],
    );
    const recent: RecentInteraction[] = [];
    for (const { offerId, creativeId, interactionType, occurredAt } of rows) {
      if (offerId !== null && interactionType !== null && occurredAt !== null) {
        recent.push({ offerId, creativeId, interactionType, occurredAt });
      }
    }
    // int8 arrives as a string; a customer's total stays far below 2^53.
    return { totalCount: Number(rows[0].totalCount), recent };
  }

  /** Metric name → value, in name order. */
  async metricValues(customerId: string): Promise<Record<string, number>> {
    const rows = await this.db.query<{ name: string; value: number }[]>(
      `SELECT metric_name AS name, value FROM metric_value WHERE customer_id = $1 ORDER BY metric_name`,
      [customerId],
    );
    return Object.fromEntries(rows.map((row) => [row.name, row.value]));
  }

  /** Sorted by experiment id in code-point order, whatever the database's collation. */
  assignments(customerId: string): Promise<AssignmentRow[]> {
    return this.db.query(
      `SELECT experiment_id AS "experimentId", variant, assigned_at AS "assignedAt"
       FROM experiment_assignment
       WHERE customer_id = $1
       ORDER BY experiment_id COLLATE "C"`,
      [customerId],
    );
  }

  /**
   * Every segment's rule, as stored. Read here rather than through SegmentsService so that it
   * runs alongside the attributes and metrics it is evaluated against, not after them.
   */
  segmentRules(): Promise<StoredSegment[]> {
    return this.db.query(`SELECT id, rule FROM segment`);
  }

  /** Whether anything at all is stored for the customer, impression records included. */
  async hasAnyData(customerId: string): Promise<boolean> {
    const [row] = await this.db.query<{ found: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM schema_record WHERE customer_id = $1)
           OR EXISTS (SELECT 1 FROM metric_value WHERE customer_id = $1)
           OR EXISTS (SELECT 1 FROM experiment_assignment WHERE customer_id = $1)
           OR EXISTS (SELECT 1 FROM customer_interaction_summary WHERE customer_id = $1)
           OR EXISTS (SELECT 1 FROM interaction_history WHERE customer_id = $1)
           OR EXISTS (SELECT 1 FROM impression WHERE customer_id = $1) AS found`,
      [customerId],
    );
    return row.found;
  }
}
