import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { lockCustomers } from '../../database/customer-lock.js';
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
       metric_values AS (DELETE FROM metric_value WHERE customer_id = $1 RETURNING 1)
  SELECT (SELECT count(*) FROM history)::int AS "interactionHistory",
         (SELECT count(*) FROM summary)::int AS "interactionSummary",
         (SELECT count(*) FROM assignments)::int AS "experimentAssignments",
         (SELECT count(*) FROM impressions)::int AS "impressions",
         (SELECT count(*) FROM records)::int AS "attributes",
         (SELECT count(*) FROM metric_values)::int AS "metricValues"`;

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
    return this.db.transaction((manager) => work(new ErasureTransaction(manager)));
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
