import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { startRollupRead } from '../../summary/rollup-summary.repository.js';
import type { HistoryFilters } from './history-filters.js';
import { HistoryTotals } from './history-totals.js';
import { InteractionHistoryRepository, SUMMARY_COUNTER, Where } from './interaction-history.repository.js';

/**
 * History totals without counting the history: the all-time counters of
 * summary_rollup_total (one row per offer and creative, '' for none) that match the
 * filters, plus the matching rows written since the last refresh, counted on
 * ix_interaction_history_seq. The rollups hold exactly the rows with seq <= watermark
 * (erasures subtract theirs), so the sum is exact. The watermark is read first, in the same
 * REPEATABLE READ transaction, so the counters and the tail are of its snapshot (and the
 * planner sees the watermark's value: see startRollupRead).
 *
 * A customer filter goes to InteractionHistoryRepository (customer_interaction_summary, kept
 * exact in every write's transaction, or a count over the customer's own rows): the
 * rollups know nothing per customer. So does everything before the first refresh.
 */
@Injectable()
export class RollupHistoryTotals extends HistoryTotals {
  constructor(
    private readonly db: DataSource,
    private readonly counted: InteractionHistoryRepository,
  ) {
    super();
  }

  override async total(filters: HistoryFilters): Promise<number> {
    if (filters.customerId !== undefined) return this.counted.total(filters);
    const total = await this.db.transaction('REPEATABLE READ', async (tx) => {
      const state = await startRollupRead(tx);
      if (state === undefined) return undefined;
      const { sql, parameters } = rollupTotal(filters, state.watermark);
      const [row] = await tx.query<{ total: string }[]>(sql, parameters);
      return Number(row.total);
    });
    return total ?? this.counted.total(filters);
  }
}

/** The statement for filters without a customer, and its parameters. */
function rollupTotal(filters: HistoryFilters, watermark: string): { sql: string; parameters: unknown[] } {
  const placeholders = new Where();
  const counters: string[] = [];
  const tail = [`h.seq > ${placeholders.parameter(watermark)}::bigint`];
  if (filters.offerId !== undefined) {
    const offer = placeholders.parameter(filters.offerId);
    counters.push(`t.offer_id = ${offer}`);
    tail.push(`h.offer_id = ${offer}`);
  }
  if (filters.creativeId !== undefined) {
    const creative = placeholders.parameter(filters.creativeId);
    counters.push(`t.creative_key = ${creative}`);
    tail.push(`h.creative_id = ${creative}`);
  }
  let counter = Object.values(SUMMARY_COUNTER)
    .map((column) => `t.${column}`)
    .join(' + ');
  if (filters.type !== undefined) {
    counter = `t.${SUMMARY_COUNTER[filters.type]}`;
    tail.push(`h.interaction_type = ${placeholders.parameter(filters.type)}::interaction_type`);
  }
  const sql = `
    SELECT (SELECT coalesce(sum(${counter}), 0) FROM summary_rollup_total t
            ${counters.length === 0 ? '' : `WHERE ${counters.join(' AND ')}`})
         + (SELECT count(*) FROM interaction_history h WHERE ${tail.join(' AND ')}) AS total`;
  return { sql, parameters: placeholders.parameters };
}
