import type { EntityManager } from 'typeorm';
import type { HistoryFilters } from './history-filters.js';

/** Adds a parameter to the statement being built; returns its placeholder (`$n`). */
export type Placeholder = (value: unknown) => string;

/**
 * The SQL of a query that returns one row, whatever the data: `total`, the exact number of
 * history rows matching some filters (bigint or numeric), and `seen` (text or null), what the
 * source needs to see to know that its total was exact. Its parameters are added through the
 * placeholder, so that they are numbered after those of the statement it is part of.
 */
export type TotalSql = (p: Placeholder) => string;

/** What a statement that included a TotalSql read of it. */
export interface TotalRead {
  total: number;
  seen: string | null;
}

/**
 * The exact number of history rows matching some filters. Kept behind its own seam because
 * its sources change with the data's size: a count on the filter's index and the customer
 * summaries (InteractionHistoryRepository), or the rollups' all-time counters plus the rows
 * written since their last refresh (RollupHistoryTotals).
 *
 * A total is not read on its own but in the statement of the page it belongs to (one round
 * trip, one snapshot): the source hands out its SQL, and decides from what that statement
 * saw whether the total was exact or the statement has to run again.
 */
export abstract class HistoryTotals {
  /**
   * Runs `statement` with the SQL of the total of `filters` and returns its answer, once
   * the total in it is exact: when it may not be (the source learnt something that changes
   * its SQL), the statement runs again with the new SQL. What the source reads itself, it
   * reads through `reader`, the connection the statement runs on (ReadReplicas).
   */
  abstract read<Read extends TotalRead>(
    reader: EntityManager,
    filters: HistoryFilters,
    statement: (total: TotalSql) => Promise<Read>,
  ): Promise<Read>;
}
