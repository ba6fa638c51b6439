import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { HistoryFilters } from './history-filters.js';
import { HistoryTotals, type TotalRead, type TotalSql } from './history-totals.js';
import { InteractionHistoryRepository, SUMMARY_COUNTER, whereAll } from './interaction-history.repository.js';

/** The rollups' watermark as text, null until their first refresh. */
const STATE_WATERMARK = `(SELECT s.watermark::text FROM summary_refresh_state s WHERE s.id = 1 AND s.refreshed_at IS NOT NULL)`;

/**
 * Reads from the rollups planned with a watermark that turned out stale (a refresh in
 * between) before giving up for a count: one is the rule, two a refresh during a request.
 */
const ROLLUP_ATTEMPTS = 2;

/**
 * History totals without counting the history: the all-time counters of
 * summary_rollup_total (one row per offer and creative, '' for none) that match the
 * filters, plus the matching rows written since the last refresh, counted on
 * ix_interaction_history_seq. The rollups hold exactly the rows with seq <= watermark
 * (erasures subtract theirs), so the sum is exact when the tail is counted from the state's
 * watermark.
 *
 * That is checked rather than arranged, as RollupSummaryRepository.windowCounts does: the
 * total is one query (inside the page's statement, so of one snapshot) that reads the state
 * and counts `seq > $expected`, `$expected` the watermark seen last, passed as a parameter so
 * that the planner knows the tail is small (a subquery's value is unknown to it, and it then
 * guesses a third of the table: see startRollupRead in rollup-summary.repository.ts). The query returns the watermark it saw;
 * when that is not the one planned with (a refresh happened since), the statement runs again
 * with the new one. No transaction, no extra round trip.
 *
 * Parallel query is left as configured: the tail's index scan is planned for the few rows
 * since the refresh, which the planner never gives workers, and the page stops after its
 * `limit` rows. (A set_config of max_parallel_workers_per_gather inside the statement would
 * run only after it was planned; what keeps a statement that calls set_config serial is
 * that the function is parallel-unsafe.)
 *
 * With read replicas, `lastWatermark` may come from another server than the statement's (the
 * replicas replay at their own pace): it is only what the statement is planned with, and the
 * check above makes the total exact on whichever server answers. The statements of one read
 * run on one connection (ReadReplicas), so the second attempt, planned with what the first
 * saw there, matches unless a refresh lands in between, as on the primary.
 *
 * A customer filter goes to InteractionHistoryRepository (customer_interaction_summary, kept
 * exact in every write's transaction, or a count over the customer's own rows): the
 * rollups know nothing per customer. So does everything before the first refresh, and a
 * read that saw a refresh on every attempt: counted, exact whatever the state.
 */
@Injectable()
export class RollupHistoryTotals extends HistoryTotals {
  /** The watermark the last read saw, null when never refreshed; undefined until a read. */
  private lastWatermark: string | null | undefined;

  constructor(private readonly counted: InteractionHistoryRepository) {
    super();
  }

  override async read<Read extends TotalRead>(
    reader: EntityManager,
    filters: HistoryFilters,
    statement: (total: TotalSql) => Promise<Read>,
  ): Promise<Read> {
    if (filters.customerId !== undefined) return this.counted.read(reader, filters, statement);
    // Once per instance: planned without a watermark, the tail would be a third of the table.
    let expected = this.lastWatermark === undefined ? await this.watermark(reader) : this.lastWatermark;
    for (let attempt = 1; expected !== null && attempt <= ROLLUP_ATTEMPTS; attempt++) {
      const answer = await statement(rollupTotal(filters, expected));
      this.lastWatermark = answer.seen;
      if (answer.seen === expected) return answer;
      expected = answer.seen;
    }
    const counted = this.counted.totalSql(filters);
    const answer = await statement((p) => `SELECT c.total, ${STATE_WATERMARK} AS seen FROM (${counted(p)}) c`);
    this.lastWatermark = answer.seen;
    return answer;
  }

  private async watermark(reader: EntityManager): Promise<string | null> {
    const [{ watermark }] = await reader.query<{ watermark: string | null }[]>(
      `SELECT ${STATE_WATERMARK} AS watermark`,
    );
    return watermark;
  }
}

/** The total of filters without a customer, its tail planned with `watermark`; `seen` the state's. */
function rollupTotal(filters: HistoryFilters, watermark: string): TotalSql {
  return (p) => {
    const counters: string[] = [];
    const tail = [`h.seq > ${p(watermark)}::bigint`];
    if (filters.offerId !== undefined) {
      const offer = p(filters.offerId);
      counters.push(`t.offer_id = ${offer}`);
      tail.push(`h.offer_id = ${offer}`);
    }
    if (filters.creativeId !== undefined) {
      const creative = p(filters.creativeId);
      counters.push(`t.creative_key = ${creative}`);
      tail.push(`h.creative_id = ${creative}`);
    }
    let counter = Object.values(SUMMARY_COUNTER)
      .map((column) => `t.${column}`)
      .join(' + ');
    if (filters.type !== undefined) {
      counter = `t.${SUMMARY_COUNTER[filters.type]}`;
      tail.push(`h.interaction_type = ${p(filters.type)}::interaction_type`);
    }
    return `
      SELECT (SELECT coalesce(sum(${counter}), 0) FROM summary_rollup_total t ${whereAll(counters)})
           + (SELECT count(*) FROM interaction_history h WHERE ${tail.join(' AND ')}) AS total,
             ${STATE_WATERMARK} AS seen`;
  };
}
