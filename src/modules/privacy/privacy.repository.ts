import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ROLLUP_LOCK } from '../../database/advisory-locks.js';
import { lockCustomers } from '../../database/customer-lock.js';
import { settledTransaction } from '../../database/settled-transaction.js';
import { COUNTERS, ROLLUP_TABLES, deltasFor, hourlyCountsSql } from '../summary/summary-rollup.sql.js';
import type { ErasureCounts } from './erasure-counts.js';

/** A receipt as read back, with the exact (microsecond) position of `requestedAt` for cursors. */
export interface ReceiptRow {
  id: string;
  customerHash: string;
  counts: Partial<Record<keyof ErasureCounts, number>>;
  suppressed: boolean;
  requestedBy: string;
  requestedAt: Date;
  /** requested_at in UTC with microseconds: a Date would round it to milliseconds. */
  position: string;
}

export interface ReceiptFilter {
  customerHash?: string;
  /** Rows strictly after this (requested_at, id) in newest-first order. */
  after?: { at: string; id: string };
}

/**
 * Every row of one customer, removed in one statement: each table is one DELETE of a
 * data-modifying CTE, all against the same snapshot. Every customer-keyed table leads its
 * primary key with customer_id, so each DELETE is an index range scan.
 */
const DELETE_CUSTOMER = `
  WITH history AS (DELETE FROM interaction_history WHERE customer_id = $1 RETURNING 1),
       summary AS (DELETE FROM customer_interaction_summary WHERE customer_id = $1 RETURNING 1),
       assignments AS (DELETE FROM experiment_assignment WHERE customer_id = $1 RETURNING 1),
       impressions AS (DELETE FROM impression WHERE customer_id = $1 RETURNING 1),
       records AS (DELETE FROM schema_record WHERE customer_id = $1 RETURNING 1),
       metric_values AS (DELETE FROM metric_value WHERE customer_id = $1 RETURNING 1),
       total AS (DELETE FROM customer_interaction_total WHERE customer_id = $1),
       days AS (DELETE FROM customer_rollup_day WHERE customer_id = $1)
  SELECT (SELECT count(*) FROM history)::int AS "interactionHistory",
         (SELECT count(*) FROM summary)::int AS "interactionSummary",
         (SELECT count(*) FROM assignments)::int AS "experimentAssignments",
         (SELECT count(*) FROM impressions)::int AS "impressions",
         (SELECT count(*) FROM records)::int AS "attributes",
         (SELECT count(*) FROM metric_values)::int AS "metricValues"`;

/**
 * The customer's interactions that the rollups hold (seq <= watermark), per hour, offer and
 * creative: tens of rows, read once and handed to the statements below as arrays. Reading them
 * there instead would leave the planner guessing their number from the table's statistics,
 * and a bad guess (thousands) makes it hash-join the whole hour rollup: measured, 77 ms
 * instead of 1 ms.
 */
const CUSTOMER_HOURLY = `
  WITH state AS (SELECT watermark FROM summary_refresh_state WHERE id = 1)
  SELECT hour::text AS hour, offer_id AS "offerId", creative_key AS "creativeKey",
         impressions::int, clicks::int, dismisses::int, conversions::int
  FROM (${hourlyCountsSql('customer_id = $1 AND seq <= (SELECT watermark FROM state)')}) h`;

interface HourlyCounts {
  hour: string;
  offerId: string;
  creativeKey: string;
  impressions: number;
  clicks: number;
  dismisses: number;
  conversions: number;
}

/** CUSTOMER_HOURLY's rows, passed back as $1…$7. */
const HOURLY_PARAMS = `
  unnest($1::timestamptz[], $2::text[], $3::text[], $4::bigint[], $5::bigint[], $6::bigint[], $7::bigint[])
    AS hourly(hour, offer_id, creative_key, impressions, clicks, dismisses, conversions)`;

/**
 * Locks the rollup rows those interactions are in, table by table, in key order: erasures
 * run side by side (they share ROLLUP) and may touch the same rollup rows, so they lock them in
 * one order, or could deadlock. FOR UPDATE after ORDER BY locks rows in the sorted order.
 */
const LOCK_ROLLUP_ROWS = `
  WITH ${ROLLUP_TABLES.map(
    ({ table, keys }, i) => `locked_${i} AS (
      SELECT 1 FROM ${table} r
      WHERE (${keys.map((k) => `r.${k}`).join(', ')}) IN (SELECT ${keys.join(', ')} FROM (${deltasFor(table, HOURLY_PARAMS)}) d)
      ORDER BY ${keys.map((k) => `r.${k}`).join(', ')}
      FOR UPDATE OF r)`,
  ).join(',\n  ')}
  SELECT ${ROLLUP_TABLES.map((_, i) => `(SELECT count(*) FROM locked_${i})`).join(' + ')} AS locked`;

/**
 * Subtracts those interactions from one rollup; a row left with all counters at zero is
 * deleted, as if it had never been written.
 */
function subtractFromRollupSql({ table, keys }: (typeof ROLLUP_TABLES)[number]): string {
  return `
    MERGE INTO ${table} AS r
    USING (${deltasFor(table, HOURLY_PARAMS)}) AS d
    ON ${keys.map((k) => `r.${k} = d.${k}`).join(' AND ')}
    WHEN MATCHED AND ${COUNTERS.map((c) => `r.${c} = d.${c}`).join(' AND ')} THEN DELETE
    WHEN MATCHED THEN UPDATE SET ${COUNTERS.map((c) => `${c} = r.${c} - d.${c}`).join(', ')}`;
}
const SUBTRACT_FROM_ROLLUPS = ROLLUP_TABLES.map(subtractFromRollupSql);

const RECEIPT_COLUMNS = `id, customer_hash AS "customerHash", counts, suppressed, requested_by AS "requestedBy",
  requested_at AS "requestedAt",
  to_char(requested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS position`;

/** The SQL of one erasure; every statement runs in the one transaction of `PrivacyRepository.transaction`. */
export class ErasureTransaction {
  constructor(private readonly manager: EntityManager) {}

  /** The advisory lock ingest and every other per-customer writer take: they wait for us, we for them. */
  lockCustomer(customerId: string): Promise<void> {
    return lockCustomers(this.manager, [customerId]);
  }

  /**
   * The rollups' lock, shared: no refresh runs between here and the commit, so the watermark
   * read below stays the rollups' watermark; other erasures are not held up. Taken before
   * the customer's lock (the order in advisory-locks.ts).
   */
  async lockRollups(): Promise<void> {
    await this.manager.query(`SELECT pg_advisory_xact_lock_shared($1, $2)`, [...ROLLUP_LOCK]);
  }

  /**
   * Takes the customer's interactions out of the rollups: the rows with seq <= watermark,
   * which a refresh has added; later rows were never added. Runs under lockRollups and the
   * customer's lock, before the rows are deleted. False when the rollups held none of them.
   */
  async subtractFromRollups(customerId: string): Promise<boolean> {
    const hourly = await this.manager.query<HourlyCounts[]>(CUSTOMER_HOURLY, [customerId]);
    if (hourly.length === 0) return false;
    const parameters = [
      hourly.map((h) => h.hour),
      hourly.map((h) => h.offerId),
      hourly.map((h) => h.creativeKey),
      ...COUNTERS.map((counter) => hourly.map((h) => h[counter])),
    ];
    await this.manager.query(LOCK_ROLLUP_ROWS, parameters);
    for (const sql of SUBTRACT_FROM_ROLLUPS) await this.manager.query(sql, parameters);
    return true;
  }

  /**
   * Tells readers that the rollups changed (summary_refresh_state.rollup_version, migration
   * 1795880400000), in this transaction: what they computed from the old contents is dropped.
   */
  async newRollupVersion(): Promise<void> {
    await this.manager.query(
      `UPDATE summary_refresh_state SET rollup_version = nextval('summary_rollup_version_seq') WHERE id = 1`,
    );
  }

  async deleteCustomerData(customerId: string): Promise<ErasureCounts> {
    const [counts] = await this.manager.query<ErasureCounts[]>(DELETE_CUSTOMER, [customerId]);
    return counts;
  }

  /** Suppresses the hash; an existing suppression keeps who made it and when. */
  async suppress(customerHash: string, createdBy: string): Promise<void> {
    await this.manager.query(
      `INSERT INTO suppression (customer_hash, created_by) VALUES ($1, $2) ON CONFLICT (customer_hash) DO NOTHING`,
      [customerHash, createdBy],
    );
  }

  async insertReceipt(receipt: {
    customerHash: string;
    counts: ErasureCounts;
    suppressed: boolean;
    requestedBy: string;
  }): Promise<string> {
    const [{ id }] = await this.manager.query<{ id: string }[]>(
      `INSERT INTO erasure_receipt (customer_hash, counts, suppressed, requested_by)
       VALUES ($1, $2::jsonb, $3, $4) RETURNING id`,
      [receipt.customerHash, JSON.stringify(receipt.counts), receipt.suppressed, receipt.requestedBy],
    );
    return id;
  }
}

/** The only place the privacy module's SQL lives. */
@Injectable()
export class PrivacyRepository {
  constructor(private readonly db: DataSource) {}

  transaction<T>(work: (tx: ErasureTransaction) => Promise<T>): Promise<T> {
    // Settled: a repeated erasure would report zero counts and leave a second receipt.
    return settledTransaction(this.db, (manager) => work(new ErasureTransaction(manager)));
  }

  /** Receipts newest first (requested_at desc, id desc): a backward scan of ix_erasure_receipt_requested. */
  listReceipts(filter: ReceiptFilter, limit: number): Promise<ReceiptRow[]> {
    const conditions: string[] = [];
    const parameters: unknown[] = [];
    if (filter.customerHash !== undefined) {
      parameters.push(filter.customerHash);
      conditions.push(`customer_hash = $${parameters.length}`);
    }
    if (filter.after !== undefined) {
      parameters.push(filter.after.at, filter.after.id);
      conditions.push(`(requested_at, id) < ($${parameters.length - 1}::timestamptz, $${parameters.length}::uuid)`);
    }
    parameters.push(limit);
    return this.db.query(
      `SELECT ${RECEIPT_COLUMNS} FROM erasure_receipt
       ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY requested_at DESC, id DESC LIMIT $${parameters.length}`,
      parameters,
    );
  }

  /** Lifts a suppression; false when there was none. */
  async deleteSuppression(customerHash: string): Promise<boolean> {
    const [{ deleted }] = await this.db.query<{ deleted: number }[]>(
      `WITH deleted AS (DELETE FROM suppression WHERE customer_hash = $1 RETURNING 1)
       SELECT count(*)::int AS deleted FROM deleted`,
      [customerHash],
    );
    return deleted > 0;
  }
}
