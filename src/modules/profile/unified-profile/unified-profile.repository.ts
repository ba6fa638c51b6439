import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { preparedQuery } from '../../../database/prepared-query.js';
import type { InteractionType } from '../../interactions/interaction.entity.js';
import type { RecordValue } from '../schema-record.entity.js';
import type { StoredSegment } from '../segments/segment-rule.js';

/** One of the customer's schema records: its `data`, as stored. */
export type AttributeRecord = Record<string, RecordValue>;

export interface RecentInteraction {
  offerId: string;
  creativeId: string | null;
  interactionType: InteractionType;
  /** UTC ISO 8601 with milliseconds, formatted by the database (see isoMillis). */
  occurredAt: string;
}

export interface InteractionsSection {
  totalCount: number;
  recent: RecentInteraction[];
}

export interface AssignmentRow {
  experimentId: string;
  variant: string;
  /** UTC ISO 8601 with milliseconds, formatted by the database (see isoMillis). */
  assignedAt: string;
}

/** What to read: each one adds a column to the statement; what is not asked for is not computed. */
export interface ProfileReads {
  attributeRecords: boolean;
  interactions: boolean;
  metricValues: boolean;
  assignments: boolean;
  segmentRules: boolean;
}

/** What was read: `found`, and exactly the parts asked for in `ProfileReads`. */
export interface ProfileData {
  /** Whether anything at all is stored for the customer, impression records included. */
  found: boolean;
  /** The customer's records, oldest table first (then by name): the order in which fields win. */
  attributeRecords?: AttributeRecord[];
  interactions?: InteractionsSection;
  /** Metric name → value, in name order. */
  metricValues?: Record<string, number>;
  /** Sorted by experiment id in code-point order, whatever the database's collation. */
  assignments?: AssignmentRow[];
  /** Every segment's rule, as stored. */
  segmentRules?: StoredSegment[];
}

/**
 * The statement's one row. json columns arrive parsed (node-postgres runs JSON.parse on them),
 * so jsonb values (attribute data, segment rules) come out as they would from their own
 * column, and float8 metric values keep every digit (the same shortest exact text either way;
 * only NaN and ±Infinity, which the API never stores, would arrive as JSON strings).
 */
interface ProfileRow {
  found: boolean;
  attributeRecords?: AttributeRecord[];
  /** int8 arrives as a string; a customer's total stays far below 2^53. */
  totalCount?: string;
  recentInteractions?: RecentInteraction[];
  metricValues?: Record<string, number>;
  assignments?: AssignmentRow[];
  segmentRules?: StoredSegment[];
}

/**
 * A timestamptz as the API writes timestamps (`Date.prototype.toISOString`): UTC, milliseconds,
 * `Z`. Both truncate microseconds (stored by now() defaults) rather than round them, and agree
 * for every year from 1 to 9999 (ingest accepts timestamps from 2000 on).
 */
const isoMillis = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The only place the unified profile's SQL lives. A profile is ONE statement, one round trip:
 * each wanted part is a scalar subquery returning a JSON column (json_agg/json_object_agg),
 * served by the customer_id prefix of a primary key as when each was a statement of its own,
 * and parts not wanted are left out of the statement. The statement used to be five, run side
 * by side; under load (8 clients on 2 cores) their pool checkouts and per-query overhead cost
 * far more than their SQL (~0.05 ms each). One statement also reads one snapshot.
 *
 * It runs on the connection it is given: a replica's when there are any (ReadReplicas).
 */
@Injectable()
export class UnifiedProfileRepository {
  /**
   * The parts of the customer's profile in `reads`, and whether the customer has any data at
   * all (so a 404 costs the same one round trip). `found` is an OR of EXISTS probes, each an
   * InitPlan run only when the ones before it found nothing: one index probe for most
   * customers, six for an unknown one.
   *
   * The interactions total is a counter read (the per-offer counters of
   * customer_interaction_summary, kept exact by ingest), not a count of history rows; the
   * newest rows come from a backward scan of pk_interaction_history (customer_id,
   * occurred_at, id), newest first, ties by id.
   */
  async read(
    reader: EntityManager,
    customerId: string,
    reads: ProfileReads,
    recentLimit: number,
  ): Promise<ProfileData> {
    const params: unknown[] = [customerId];
    const columns = [
      `EXISTS (SELECT 1 FROM schema_record WHERE customer_id = $1)
       OR EXISTS (SELECT 1 FROM metric_value WHERE customer_id = $1)
       OR EXISTS (SELECT 1 FROM experiment_assignment WHERE customer_id = $1)
       OR EXISTS (SELECT 1 FROM customer_interaction_summary WHERE customer_id = $1)
       OR EXISTS (SELECT 1 FROM interaction_history WHERE customer_id = $1)
       OR EXISTS (SELECT 1 FROM impression WHERE customer_id = $1) AS found`,
    ];
    if (reads.attributeRecords) {
      columns.push(
        `(SELECT coalesce(json_agg(r.data ORDER BY t.created_at, t.name), '[]')
          FROM schema_record r
          JOIN schema_table t ON t.name = r.table_name
          WHERE r.customer_id = $1) AS "attributeRecords"`,
      );
    }
    if (reads.interactions) {
      params.push(recentLimit);
      columns.push(
        `(SELECT coalesce(sum(s.impressions::bigint + s.clicks + s.dismisses + s.conversions), 0)::bigint
          FROM customer_interaction_summary s
          WHERE s.customer_id = $1) AS "totalCount"`,
        `(SELECT coalesce(json_agg(json_build_object(
                   'offerId', h.offer_id,
                   'creativeId', h.creative_id,
                   'interactionType', h.interaction_type,
                   'occurredAt', ${isoMillis('h.occurred_at')}
                 ) ORDER BY h.occurred_at DESC, h.id DESC), '[]')
          FROM (
            SELECT h.id, h.offer_id, h.creative_id, h.interaction_type, h.occurred_at
            FROM interaction_history h
            WHERE h.customer_id = $1
            ORDER BY h.occurred_at DESC, h.id DESC
            LIMIT $${params.length}
          ) AS h) AS "recentInteractions"`,
      );
    }
    if (reads.metricValues) {
      columns.push(
        `(SELECT coalesce(json_object_agg(m.metric_name, m.value ORDER BY m.metric_name), '{}')
          FROM metric_value m
          WHERE m.customer_id = $1) AS "metricValues"`,
      );
    }
    if (reads.assignments) {
      columns.push(
        `(SELECT coalesce(json_agg(json_build_object(
                   'experimentId', a.experiment_id,
                   'variant', a.variant,
                   'assignedAt', ${isoMillis('a.assigned_at')}
                 ) ORDER BY a.experiment_id COLLATE "C"), '[]')
          FROM experiment_assignment a
          WHERE a.customer_id = $1) AS assignments`,
      );
    }
    if (reads.segmentRules) {
      columns.push(
        `(SELECT coalesce(json_agg(json_build_object('id', s.id, 'rule', s.rule)), '[]')
          FROM segment s) AS "segmentRules"`,
      );
    }

    // Prepared: planning the partitioned tables would otherwise be most of its time on the server.
    const [row] = await preparedQuery<ProfileRow>(reader, `SELECT ${columns.join(',\n       ')}`, params);
    const data: ProfileData = { found: row.found };
    if (row.attributeRecords) data.attributeRecords = row.attributeRecords;
    if (row.totalCount !== undefined && row.recentInteractions) {
      data.interactions = { totalCount: Number(row.totalCount), recent: row.recentInteractions };
    }
    if (row.metricValues) data.metricValues = row.metricValues;
    if (row.assignments) data.assignments = row.assignments;
    if (row.segmentRules) data.segmentRules = row.segmentRules;
    return data;
  }
}
