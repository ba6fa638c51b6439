/** A customer and a number of interactions: all-time (an upper bound of any window's), or in the window. */
export interface CustomerTotal {
  customerId: string;
  total: number;
}

/** A customer looked at: their all-time total, and, if visited, their window's (0: none in it). */
export interface VisitedCustomer extends CustomerTotal {
  inWindow: number | undefined;
}

/**
 * What the threshold method needs from the database. Both calls must see one snapshot and
 * one clock (run them in one REPEATABLE READ transaction).
 */
export interface CustomerVisits {
  /**
   * The next customers by all-time total descending (ties in any fixed order), strictly after
   * `after` in that order (from the first when undefined): `count` of them, or fewer at the
   * end. The first `countWindow` of them are visited: their window counted exactly; the rest
   * are only looked at (`inWindow` may stay undefined).
   */
  next(after: CustomerTotal | undefined, count: number, countWindow: number): Promise<VisitedCustomer[]>;

  /** How many customers have an all-time total of at least `total`. */
  countAtLeast(total: number): Promise<number>;
}

export interface TopCustomersOptions {
  /** How many rows the answer needs (the page's limit + 1). */
  want: number;
  /** Customers visited by the first batch; later batches double, up to maxBatch. */
  firstBatch: number;
  maxBatch: number;
  /**
   * Give up (return undefined) once this many customers have been visited without an
   * answer, or as soon as more visits than this are certain to be needed: the caller then
   * aggregates the window on the fly instead.
   */
  maxVisited: number;
}

/**
 * Byte order of the UTF-8 encodings, as PostgreSQL's COLLATE "C" compares: the summary's
 * tie-break, whatever the database's collation.
 */
export function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** The summary's order: window total descending, then customer id in byte order. */
export function summaryOrder(a: CustomerTotal, b: CustomerTotal): number {
  return b.total - a.total || byteOrder(a.customerId, b.customerId);
}

/**
 * The `want` customers with the most interactions in a window, exactly, without
 * aggregating the whole window (PERFORMANCE.md, "Top-N customers over a window").
 *
 * A customer's count in any window never exceeds their all-time total. Customers are
 * visited in order of all-time total, in batches, each batch's window counted exactly; the
 * best `want` so far are kept in the summary's order. Once the `want`-th best window count
 * is strictly greater than the all-time total of the next customer not visited, no
 * unvisited customer can enter the answer: their window counts are at most that total, so
 * below the cut-off. (Equal would not do: an unvisited customer whose window count equals
 * the cut-off and whose id sorts first would belong in the answer.) Before `want`
 * customers have been found, the visit stops only when the next customer has no
 * interactions at all.
 *
 * Totals that are too high (an erasure not yet subtracted) only make the visit longer;
 * totals that lag behind the history would make it wrong: they must be exact.
 *
 * Returns the customers and their window totals in the summary's order, or undefined when
 * the visit would take more than `maxVisited` customers (a window in which activity is
 * spread thinly over many customers, e.g. the last day: aggregating the window itself is
 * then cheaper). After the first batch, the visit knows a lower bound of the final cut-off
 * (the current one; it only rises), so at most the customers with an all-time total of at
 * least that much will be visited: when they are already too many, it gives up at once
 * rather than after visiting maxVisited of them.
 */
export async function topCustomers(
  visits: CustomerVisits,
  options: TopCustomersOptions,
): Promise<CustomerTotal[] | undefined> {
  let best: CustomerTotal[] = [];
  let after: CustomerTotal | undefined;
  let batch = Math.max(1, options.firstBatch);
  let visited = 0;
  for (;;) {
    // One more than the batch: the first customer after it bounds everyone not visited.
    const rows = await visits.next(after, batch + 1, batch);
    const batchRows = rows.slice(0, batch);
    if (batchRows.length === 0) return best;
    visited += batchRows.length;
    const counted = batchRows.flatMap((row) =>
      row.inWindow === undefined || row.inWindow <= 0 ? [] : [{ customerId: row.customerId, total: row.inWindow }],
    );
    best = [...best, ...counted].sort(summaryOrder).slice(0, options.want);
    const following = rows[batch];
    if (following === undefined) return best;
    const cutOff = best.length < options.want ? 0 : best[options.want - 1].total;
    if (following.total <= 0 || following.total < cutOff) return best;
    if (visited >= options.maxVisited) return undefined;
    if (after === undefined && (await visits.countAtLeast(Math.max(cutOff, 1))) > options.maxVisited) return undefined;
    after = batchRows[batchRows.length - 1];
    batch = Math.min(batch * 2, options.maxBatch);
  }
}
