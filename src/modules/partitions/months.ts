/*
 * Calendar months in UTC: the unit interaction_history and impression are partitioned by
 * (migration 1795880800000). A month is the Date of its first instant.
 */

/** The month `instant` falls in. */
export function monthOf(instant: Date): Date {
  return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), 1));
}

/** `count` months after (or before, when negative) `month`. */
export function addMonths(month: Date, count: number): Date {
  return new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + count, 1));
}

/** The partition of `table` that holds `month`: interaction_history_p2026_11. */
export function partitionName(table: string, month: Date): string {
  return `${table}_p${month.getUTCFullYear()}_${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The month a partition named by partitionName holds; undefined for any other name. */
export function monthOfPartition(table: string, name: string): Date | undefined {
  const match = new RegExp(`^${table}_p(\\d{4})_(\\d{2})$`).exec(name);
  if (!match) return undefined;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  return new Date(Date.UTC(Number(match[1]), month - 1, 1));
}

/**
 * The first month kept under a retention of `retentionMonths`: the current month and the
 * `retentionMonths` whole months before it stay; every month before this one has expired.
 */
export function firstRetainedMonth(now: Date, retentionMonths: number): Date {
  return addMonths(monthOf(now), -retentionMonths);
}
