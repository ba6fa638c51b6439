import type { HistoryFilters } from './history-filters.js';

/**
 * The exact number of history rows matching some filters. Kept behind its own seam because
 * its sources change with the data's size: a count on the filter's index and the customer
 * summaries (InteractionHistoryRepository), or the rollups' all-time counters plus the rows
 * written since their last refresh (RollupHistoryTotals).
 */
export abstract class HistoryTotals {
  abstract total(filters: HistoryFilters): Promise<number>;
}
